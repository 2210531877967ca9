import CourierModel

/// How one execution went, as the HTML report sorts, labels and filters it.
struct HTMLExecutionOutcome {
    /// Failed assertions, script errors and the request error, each counted once (the same
    /// things the run's failure list holds).
    let failureCount: Int
    /// Skipped assertions.
    let skippedCount: Int
    let passedCount: Int

    init(_ execution: Execution) {
        let failedAssertions = execution.assertions.filter { !$0.skipped && $0.error != nil }.count
        failureCount =
            failedAssertions + execution.scriptErrors.count + (execution.requestError == nil ? 0 : 1)
        skippedCount = execution.assertions.filter(\.skipped).count
        passedCount = execution.assertions.filter { !$0.skipped && $0.error == nil }.count
    }

    var failed: Bool { failureCount > 0 }

    /// `failed`, `skipped` (nothing failed, something skipped) or `passed`.
    var label: String {
        if failed { return "failed" }
        return skippedCount > 0 ? "skipped" : "passed"
    }
}

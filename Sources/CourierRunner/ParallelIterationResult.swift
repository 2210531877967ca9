import CourierModel
import CourierVariables

/// What one iteration of a parallel run produced, gathered by its worker: the events to deliver
/// and the iteration's share of the summary.
struct ParallelIterationResult: Sendable {
    /// The 0-based iteration.
    var iteration: Int
    /// Every event of the iteration, in the order the worker's runner emitted them.
    var events: [RunEvent]
    var executions: [Execution]
    var failures: [RunFailure]
    var stats: RunStats
    /// Why the run stopped in this iteration (`--bail`, `--timeout`), if it did.
    var runError: String?
    /// Secret values the worker knew when the iteration ended.
    var secrets: Set<String>
    /// The variable scopes as the iteration left them.
    var scopes: VariableScopes
}

extension RunStats {
    /// Adds another part of a run's counters to these.
    mutating func add(_ other: RunStats) {
        iterations.add(other.iterations)
        items.add(other.items)
        scripts.add(other.scripts)
        prerequests.add(other.prerequests)
        requests.add(other.requests)
        tests.add(other.tests)
        assertions.add(other.assertions)
        testScripts.add(other.testScripts)
        prerequestScripts.add(other.prerequestScripts)
    }
}

extension StatCounter {
    /// Adds another counter's totals to this one.
    mutating func add(_ other: StatCounter) {
        total += other.total
        pending += other.pending
        failed += other.failed
    }
}

import CourierModel

extension Runner {
    /// `--check-examples`: compares the response with the item's saved examples and records each
    /// comparison as a test assertion, the way `pm.test` results are recorded.
    func checkExamples(of item: RequestItem, response: ReceivedResponse?, into execution: inout Execution) {
        guard options.checkExamples, let response else { return }
        let checks = ExampleMatcher.checks(response, examples: item.savedExamples)
        var index = execution.assertions.filter { $0.event == "test" }.count
        for check in checks {
            let error = check.failure.map { ErrorInfo(name: "AssertionError", message: $0) }
            let assertion = Assertion(name: check.name, error: error, index: index, event: "test")
            index += 1
            record(assertion, from: "examples", into: &execution)
        }
    }
}

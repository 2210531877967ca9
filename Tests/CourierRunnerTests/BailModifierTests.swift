import CourierModel
import CourierRunner
import XCTest

/// `--bail folder` (`abortOnError`): script and request errors stop the run, failed assertions
/// alone do not.
final class BailModifierTests: RunnerTestCase {
    private func items(_ middle: String) throws -> Collection {
        try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "assertion fails", "request": "{{base}}/get",
               "event": [{"listen": "test", "script": {"exec": ["pm.test('no', () => pm.expect(1).to.equal(2));"]}}]},
              \(middle),
              {"name": "last", "request": "{{base}}/get"}
            ]}
            """)
    }

    func testARequestErrorStopsTheRunButAFailedAssertionDoesNot() throws {
        let summary = try run(try items(#"{"name": "refused", "request": "http://127.0.0.1:1/nothing"}"#)) {
            $0.abortOnError = true
        }
        XCTAssertEqual(summary.executions.map(\.item.name), ["assertion fails", "refused"])
        XCTAssertTrue(summary.runError?.hasPrefix("the run was aborted by an error in \"refused\" (--bail folder): Error: ") ?? false,
            summary.runError ?? "no run error")
    }

    func testAScriptErrorStopsTheRun() throws {
        let middle = """
            {"name": "throws", "request": "{{base}}/get",
             "event": [{"listen": "prerequest", "script": {"exec": ["throw new TypeError('boom');"]}}]}
            """
        let summary = try run(try items(middle)) { $0.abortOnError = true }
        XCTAssertEqual(summary.executions.map(\.item.name), ["assertion fails", "throws"])
        XCTAssertEqual(summary.runError, "the run was aborted by an error in \"throws\" (--bail folder): TypeError: boom")
    }

    func testWithoutErrorsTheWholeRunCompletes() throws {
        let summary = try run(try items(#"{"name": "fine", "request": "{{base}}/get"}"#)) { $0.abortOnError = true }
        XCTAssertEqual(summary.executions.count, 3)
        XCTAssertNil(summary.runError)
        XCTAssertEqual(summary.failures.count, 1)
    }

    func testPlainBailStillStopsAtTheFirstFailedAssertion() throws {
        let summary = try run(try items(#"{"name": "fine", "request": "{{base}}/get"}"#)) { $0.bail = true }
        XCTAssertEqual(summary.executions.map(\.item.name), ["assertion fails"])
    }
}

import CourierModel
import CourierRunner
import Foundation
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
        XCTAssertTrue(
            summary.runError?.hasPrefix(
                "the run was aborted by an error in \"refused\" (--bail folder): Error: ") ?? false,
            summary.runError ?? "no run error")
    }

    func testAScriptErrorStopsTheRun() throws {
        let middle = """
            {"name": "throws", "request": "{{base}}/get",
             "event": [{"listen": "prerequest", "script": {"exec": ["throw new TypeError('boom');"]}}]}
            """
        let summary = try run(try items(middle)) { $0.abortOnError = true }
        XCTAssertEqual(summary.executions.map(\.item.name), ["assertion fails", "throws"])
        XCTAssertEqual(
            summary.runError, "the run was aborted by an error in \"throws\" (--bail folder): TypeError: boom"
        )
    }

    func testWithoutErrorsTheWholeRunCompletes() throws {
        let summary = try run(try items(#"{"name": "fine", "request": "{{base}}/get"}"#)) {
            $0.abortOnError = true
        }
        XCTAssertEqual(summary.executions.count, 3)
        XCTAssertNil(summary.runError)
        XCTAssertEqual(summary.failures.count, 1)
    }

    func testPlainBailStillStopsAtTheFirstFailedAssertion() throws {
        let summary = try run(try items(#"{"name": "fine", "request": "{{base}}/get"}"#)) { $0.bail = true }
        XCTAssertEqual(summary.executions.map(\.item.name), ["assertion fails"])
    }

    func testParallelWorkersStopAtTheIterationWithTheError() throws {
        let collection = try collection(single(#""{{target}}""#))
        let targets = [
            server.baseURL + "/get", server.baseURL + "/get", "http://127.0.0.1:1/", server.baseURL + "/get",
            server.baseURL + "/get", server.baseURL + "/get",
        ]
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        options.iterationData = targets.map { JSONObject([(key: "target", value: .string($0))]) }
        options.parallel = 2
        options.abortOnError = true
        let summary = try makeCollectionRun(options: options).run()
        XCTAssertEqual(summary.executions.map(\.cursor.iteration), [0, 1, 2])
        XCTAssertTrue(
            summary.runError?.contains("(--bail folder)") ?? false, summary.runError ?? "no run error")
    }
}

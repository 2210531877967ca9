import CourierModel
import CourierRunner
import Foundation
import XCTest

/// Runs the self-checking collections in `Fixtures/`: every `pm.test` in them must pass.
final class SelfCheckingCollectionTests: RunnerTestCase {
    private func fixture(_ name: String) throws -> Collection {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return try collection(String(contentsOf: url, encoding: .utf8))
    }

    private func assertAllPassed(_ summary: RunSummary, file: StaticString = #filePath, line: UInt = #line) {
        for execution in summary.executions {
            for assertion in execution.assertions where assertion.error != nil {
                XCTFail("\(execution.item.name): \(assertion.name): \(assertion.error!.message)", file: file, line: line)
            }
            for error in execution.scriptErrors {
                XCTFail("\(execution.item.name): \(error.event) script: \(error.error.message)", file: file, line: line)
            }
            if let error = execution.requestError {
                XCTFail("\(execution.item.name): request: \(error.message)", file: file, line: line)
            }
        }
    }

    func testPostmanSandboxAPI() throws {
        let summary = try run(try fixture("pm-api.postman_collection.json"))
        assertAllPassed(summary)
        XCTAssertEqual(
            summary.executions.map(\.item.name),
            ["variables and precedence", "local variables last for the run", "response API", "request mutation in pre-request",
             "async tests, timers and sendRequest", "legacy API", "jump", "skipped request", "last"])
        let asynchronous = summary.executions[4].assertions
        XCTAssertEqual(asynchronous.filter(\.skipped).map(\.name), ["skipped test"])
        XCTAssertTrue(asynchronous.contains { $0.name == "sendRequest callback" && $0.passed })
        XCTAssertNil(summary.executions[7].response, "skipRequest sends nothing")
        XCTAssertTrue(summary.executions[4].console.contains { $0.message.contains("console works") })
        XCTAssertGreaterThan(summary.stats.assertions.total, 40)
    }

    /// The bundled Creatio verification suite passes against the Creatio-compatible test server.
    func testBundledCreatioVerificationCollection() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let loader = Loader()
        let collection = try loader.collection(from: root.appendingPathComponent("collections/creatio-verify.postman_collection.json").path)
        var environment = try loader.variableFile(
            from: root.appendingPathComponent("environments/local.postman_environment.json").path, role: "environment")
        if let index = environment.variables.firstIndex(where: { $0.key == "base_url" }) {
            environment.variables[index].value = .string(server.baseURL)
        }
        let summary = try run(collection) { $0.environment = environment }
        assertAllPassed(summary)
        XCTAssertGreaterThanOrEqual(summary.stats.assertions.total, 80)
        XCTAssertEqual(summary.tokenFetchCount, 1)
    }
}

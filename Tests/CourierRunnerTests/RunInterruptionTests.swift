import CourierModel
import CourierRunner
import CourierTestServer
import Foundation
import XCTest

/// A stop requested through `RunOptions.interruption` ends the run between items; the response
/// size limit fails one request only.
final class RunInterruptionTests: RunnerTestCase {
    private func threeItems(_ second: String = "/get") throws -> Collection {
        try collection(
            """
            {"info": {"name": "t"}, "item": [{"name": "one", "request": "{{base}}/get"},
              {"name": "two", "request": "{{base}}\(second)"}, {"name": "three", "request": "{{base}}/get"}]}
            """)
    }

    func testAStopRequestedDuringAnItemEndsTheRunAfterIt() throws {
        let interruption = RunInterruption()
        var options = RunOptions(
            collection: try threeItems(), workingDirectory: FileManager.default.temporaryDirectory.path)
        options.interruption = interruption
        let runner = Runner(options: options) { event in
            if case .requestCompleted(let execution) = event, execution.item.name == "one" {
                interruption.requestStop(reason: "SIGINT", exitCode: 130)
            }
        }
        let summary = try runner.run()
        XCTAssertEqual(summary.executions.map(\.item.name), ["one"])
        XCTAssertEqual(summary.executions[0].response?.code, 200, "the current request finished")
        XCTAssertTrue(summary.interrupted)
        XCTAssertEqual(summary.runError, "the run was interrupted (SIGINT) after 1 request")
        XCTAssertFalse(summary.succeeded)
        XCTAssertEqual(interruption.exitCode, 130)
        XCTAssertFalse(interruption.requestStop(reason: "SIGTERM", exitCode: 143), "the first request wins")
        XCTAssertEqual(interruption.reason, "SIGINT")
    }

    func testWithoutAStopTheRunIsNotInterrupted() throws {
        let summary = try run(try threeItems()) { $0.interruption = RunInterruption() }
        XCTAssertEqual(summary.executions.count, 3)
        XCTAssertFalse(summary.interrupted)
        XCTAssertNil(summary.runError)
    }

    func testAbortingFailsTheRequestInProgress() throws {
        let interruption = RunInterruption()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            interruption.abortCurrentRequest(reason: "SIGTERM", exitCode: 143)
        }
        let summary = try run(try threeItems("/fault/hang")) { $0.interruption = interruption }
        XCTAssertEqual(summary.executions.map(\.item.name), ["one", "two"])
        XCTAssertEqual(
            summary.executions[1].requestError?.message, "request aborted: the run was interrupted")
        XCTAssertTrue(summary.interrupted)
    }

    func testTheSizeLimitFailsOneRequestAndTheRunGoesOn() throws {
        let summary = try run(try threeItems("/fault/big?mb=2")) { $0.maxResponseSize = 1_048_576 }
        XCTAssertEqual(
            summary.executions.map { $0.requestError?.message },
            [nil, "response body larger than --max-response-size (1048576 bytes)", nil])
        XCTAssertEqual(summary.executions[2].response?.code, 200)
    }
}

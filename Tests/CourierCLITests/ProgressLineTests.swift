import CourierModel
import XCTest

@testable import CourierCLI

/// The progress line's text and its redraw throttle, as pure logic (no clock, no terminal).
final class ProgressLineTests: XCTestCase {
    private func completed(failing: Bool) -> RunEvent {
        let item = ExecutedItem(id: "i", name: "r", folderPath: [], json: .null)
        var execution = Execution(
            id: "e", cursor: RunCursor(iteration: 0, position: 0, length: 1, cycles: 1), item: item)
        if failing { execution.requestError = ErrorInfo(name: "Error", message: "refused") }
        return .itemCompleted(execution)
    }

    func testTextCountsFinishedAndFailedRequests() {
        var line = ProgressLine(total: 1000)
        XCTAssertEqual(line.text(elapsed: 0), "  ▸ 0/1000 requests · 0 failed · 00:00")
        for index in 0..<412 { line.record(completed(failing: index < 3)) }
        line.record(.iterationStarted(iteration: 1, count: 2))
        XCTAssertEqual(line.text(elapsed: 7.9), "  ▸ 412/1000 requests · 3 failed · 00:07")
        line.unicode = false
        XCTAssertEqual(line.text(elapsed: 3725), "  > 412/1000 requests - 3 failed - 1:02:05")
    }

    func testTheTotalGrowsWhenTheFlowRunsMoreThanPlanned() {
        var line = ProgressLine(total: 1)
        line.record(completed(failing: false))
        line.record(completed(failing: false))
        XCTAssertEqual(line.text(elapsed: 61), "  ▸ 2/2 requests · 0 failed · 01:01")
    }

    func testRedrawsAtMostTenTimesASecondAndOnlyWhenNeeded() {
        var line = ProgressLine(total: 10)
        XCTAssertTrue(line.shouldRedraw("a", at: 100, visible: false), "the first draw")
        XCTAssertFalse(line.shouldRedraw("b", at: 100.05, visible: true), "too soon")
        XCTAssertFalse(line.shouldRedraw("b", at: 100.09, visible: false), "too soon even after a clear")
        XCTAssertTrue(line.shouldRedraw("b", at: 100.1, visible: true), "changed text, interval passed")
        XCTAssertFalse(line.shouldRedraw("b", at: 101, visible: true), "same text still on screen")
        XCTAssertTrue(line.shouldRedraw("b", at: 101.2, visible: false), "cleared by report output")
        let draws = stride(from: 200.0, to: 201.0, by: 0.01).filter {
            line.shouldRedraw("t\($0)", at: $0, visible: true)
        }
        XCTAssertLessThanOrEqual(draws.count, 10)
    }

    func testShownOnlyForTheCLIReporterOnTerminals() {
        var options = RunCommandOptions(collection: .file("c.json"))
        XCTAssertTrue(
            ProgressDisplay.isWanted(
                showsCLI: true, options: options, outputIsTerminal: true, errorIsTerminal: true))
        XCTAssertFalse(
            ProgressDisplay.isWanted(
                showsCLI: true, options: options, outputIsTerminal: false, errorIsTerminal: true))
        XCTAssertFalse(
            ProgressDisplay.isWanted(
                showsCLI: false, options: options, outputIsTerminal: true, errorIsTerminal: true))
        options.progress = false
        XCTAssertFalse(
            ProgressDisplay.isWanted(
                showsCLI: true, options: options, outputIsTerminal: true, errorIsTerminal: true))
    }
}

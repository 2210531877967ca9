import CourierModel
import CourierReports
import Foundation
import XCTest

/// Merging the summaries of sharded runs into the summary of one run.
final class ReportMergerTests: XCTestCase {
    func testShardsCountingFromZeroFollowEachOtherLikeOneLongerRun() throws {
        let shard = JSONReportReaderTests.sampleWithCollection(cycles: 1)
        let whole = JSONReportReaderTests.sampleWithCollection(cycles: 2)
        let merged = try XCTUnwrap(ReportMerger.merge([shard, shard]))
        XCTAssertEqual(merged.stats, whole.stats)
        XCTAssertEqual(merged.executions.map(\.cursor), whole.executions.map(\.cursor))
        XCTAssertEqual(merged.failures.map(\.cursor), whole.failures.map(\.cursor))
        XCTAssertEqual(JUnitReporter.report(merged), JUnitReporter.report(whole))
        XCTAssertEqual(HTMLReporter.report(merged), HTMLReporter.report(whole))
    }

    func testShardsOfOneRunAreInterleavedByIteration() throws {
        // `--shard 1/2` ran iterations 0 and 2, `--shard 2/2` ran 1 and 3, numbered as in the whole run.
        let whole = JSONReportReaderTests.sampleWithCollection(cycles: 4)
        var first = whole
        var second = whole
        first.executions = whole.executions.filter { $0.cursor.iteration % 2 == 0 }
        first.failures = whole.failures.filter { $0.cursor.iteration % 2 == 0 }
        second.executions = whole.executions.filter { $0.cursor.iteration % 2 == 1 }
        second.failures = whole.failures.filter { $0.cursor.iteration % 2 == 1 }
        let half = JSONReportReaderTests.sampleWithCollection(cycles: 2).stats
        first.stats = half
        second.stats = half
        second.started = whole.started.addingTimeInterval(-1)
        first.completed = whole.completed.addingTimeInterval(5)

        let merged = try XCTUnwrap(ReportMerger.merge([second, first]))
        XCTAssertEqual(merged.executions.map(\.id), whole.executions.map(\.id))
        XCTAssertEqual(merged.executions.map(\.cursor), whole.executions.map(\.cursor))
        XCTAssertEqual(merged.failures.map(\.cursor), whole.failures.map(\.cursor))
        XCTAssertEqual(merged.stats, whole.stats)
        XCTAssertEqual(merged.started, second.started, "earliest start")
        XCTAssertEqual(merged.completed, first.completed, "latest end")
    }

    func testAnItemWithoutAnIdIsOneSuiteAcrossShards() throws {
        // Items without an id get a new one in every run.
        let first = JSONReportReaderTests.sampleWithCollection()
        var second = first
        for index in second.executions.indices { second.executions[index].item.id = "other-\(index)" }
        for index in second.failures.indices { second.failures[index].item.id = "other-failure-\(index)" }
        let merged = try XCTUnwrap(ReportMerger.merge([first, second]))
        XCTAssertEqual(Set(merged.executions.map(\.item.id)).count, 4)
        XCTAssertEqual(Set(merged.failures.map(\.item.id)), [SampleRun.createID, SampleRun.brokenID])
        let junit = JUnitReporter.report(merged)
        XCTAssertEqual(junit.components(separatedBy: "<testsuite ").count - 1, 4)
        XCTAssertTrue(junit.contains("<![CDATA[Failed 2 times.]]>"))
    }

    func testRunErrorsAndTheFailureVerdictCarryOver() throws {
        var failing = JSONReportReaderTests.sampleWithCollection()
        failing.runError = "bailed out"
        var passing = failing
        passing.failures = []
        passing.runError = nil
        XCTAssertFalse(try XCTUnwrap(ReportMerger.merge([passing, failing])).succeeded)
        XCTAssertEqual(ReportMerger.merge([passing, failing])?.runError, "bailed out")
        XCTAssertTrue(try XCTUnwrap(ReportMerger.merge([passing, passing])).succeeded)
        XCTAssertNil(ReportMerger.merge([]))
    }
}

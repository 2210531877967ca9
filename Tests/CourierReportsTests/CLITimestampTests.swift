import CourierModel
import Foundation
import XCTest

@testable import CourierReports

/// `--reporter-cli-show-timestamps`: newman's en-US `toLocaleString()` time before each request line.
final class CLITimestampTests: XCTestCase {
    private func text(_ iso: String) throws -> String {
        let date = try XCTUnwrap(ISO8601DateFormatter().date(from: iso))
        return CLITimestamp.text(for: date, timeZone: try XCTUnwrap(TimeZone(identifier: "UTC")))
    }

    func testTheTimeReadsAsNodePrintsItInTheUSLocale() throws {
        XCTAssertEqual(try text("2026-11-29T07:08:46Z"), "11/29/2026, 7:08:46 AM")
        XCTAssertEqual(try text("2026-01-02T00:05:09Z"), "1/2/2026, 12:05:09 AM")
        XCTAssertEqual(try text("2026-07-04T12:00:00Z"), "7/4/2026, 12:00:00 PM")
        XCTAssertEqual(try text("2026-12-31T23:59:59Z"), "12/31/2026, 11:59:59 PM")
    }

    func testTheTimeIsLocal() throws {
        let date = try XCTUnwrap(ISO8601DateFormatter().date(from: "2026-11-29T07:08:46Z"))
        let berlin = try XCTUnwrap(TimeZone(identifier: "Europe/Berlin"))
        XCTAssertEqual(CLITimestamp.text(for: date, timeZone: berlin), "11/29/2026, 8:08:46 AM")
    }

    func testOnlyRequestLinesChangeAndOnlyWhenAsked() throws {
        let summary = SampleRun.summary()
        let plain = SampleRun.cliOutput(summary)
        let stamped = SampleRun.cliOutput(summary, options: CLIReporterOptions(showTimestamps: true))
        let stamp = try NSRegularExpression(
            pattern: #"^  \[\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d{2}:\d{2} [AP]M\]  "#,
            options: [.anchorsMatchLines])
        let range = NSRange(stamped.startIndex..., in: stamped)
        XCTAssertEqual(stamp.numberOfMatches(in: stamped, range: range), summary.executions.count)
        XCTAssertEqual(stamp.stringByReplacingMatches(in: stamped, range: range, withTemplate: "  "), plain)
        XCTAssertEqual(stamp.numberOfMatches(in: plain, range: NSRange(plain.startIndex..., in: plain)), 0)
    }
}

import CourierModel
import CourierReports
import Foundation
import XCTest

/// Reading JSON reports back: what `JSONReporter` writes comes back as the same summary, as far
/// as the JSON, JUnit and HTML reports can tell.
final class JSONReportReaderTests: XCTestCase {
    /// The sample run with its collection holding the items, so folder paths can be found again.
    static func sampleWithCollection(cycles: Int = 1) -> RunSummary {
        var summary = SampleRun.summary(cycles: cycles)
        let items = [SampleRun.list, SampleRun.create, SampleRun.missing, SampleRun.broken].map(\.json)
        summary.collectionJSON = .object(
            JSONObject([
                ("info", ["name": "Sample run", "_postman_id": .string(SampleRun.collectionID)]),
                (
                    "item",
                    .array([["name": "Accounts", "item": .array(Array(items[0..<2]))], items[2], items[3]])
                ),
            ]))
        summary.environment = ScopeSnapshot(
            id: "e1", name: "Staging",
            variables: [Variable(key: "base", value: "http://127.0.0.1:18081", type: "default")])
        return summary
    }

    private func roundTrip(_ summary: RunSummary) throws -> RunSummary {
        try JSONReportReader.summary(from: Data(JSONReporter.text(summary).utf8))
    }

    func testTheJSONReportReadsBackToTheSameReports() throws {
        let original = Self.sampleWithCollection(cycles: 2)
        let read = try roundTrip(original)
        XCTAssertEqual(JSONReporter.text(read), JSONReporter.text(original))
        XCTAssertEqual(JUnitReporter.report(read), JUnitReporter.report(original))
        // Console lines are not part of the JSON report; everything else the page shows is.
        var withoutConsole = original
        for index in withoutConsole.executions.indices { withoutConsole.executions[index].console = [] }
        XCTAssertEqual(HTMLReporter.report(read), HTMLReporter.report(withoutConsole))
    }

    func testSummaryFieldsComeBack() throws {
        let original = Self.sampleWithCollection()
        let read = try roundTrip(original)
        XCTAssertEqual(read.collectionName, "Sample run")
        XCTAssertEqual(read.collectionID, SampleRun.collectionID)
        XCTAssertEqual(read.stats, original.stats)
        XCTAssertEqual(read.started, original.started)
        XCTAssertEqual(read.completed, original.completed)
        XCTAssertEqual(read.environment?.name, "Staging")
        XCTAssertEqual(read.executions.map(\.id), original.executions.map(\.id))
        XCTAssertEqual(read.executions.map(\.item.fullName), original.executions.map(\.item.fullName))
        XCTAssertEqual(read.executions.map(\.assertions), original.executions.map(\.assertions))
        XCTAssertEqual(read.executions.map(\.scriptErrors), original.executions.map(\.scriptErrors))
        XCTAssertEqual(read.executions[1].request?.url, "http://127.0.0.1:18081/post")
        XCTAssertEqual(read.executions[0].request?.url, "http://127.0.0.1:18081/get?top=5")
        XCTAssertEqual(
            read.executions[0].request?.headers.last, HeaderField(name: "Authorization", value: "****"))
        XCTAssertEqual(read.executions[0].response?.text, original.executions[0].response?.text)
        XCTAssertEqual(read.failures.map(\.at), ["assertion:0 in test-script", "test-script"])
        XCTAssertEqual(read.failures.map(\.item.fullName), ["Accounts / Create account", "Broken script"])
        XCTAssertEqual(read.failures.first?.test, "status is 201")
    }

    func testNewmansBufferBodiesAndRunErrorsAreRead() throws {
        let text = """
            {"collection": {"info": {"name": "n"}, "item": [{"id": "i1", "name": "one", "request": "http://x/"}]},
             "run": {"stats": {"requests": {"total": 1, "pending": 0, "failed": 0}},
               "timings": {"started": 1000, "completed": 2500},
               "executions": [{"cursor": {"iteration": 0, "position": 0, "length": 1, "cycles": 1, "ref": "e1"},
                 "item": {"id": "i1", "name": "one", "request": "http://x/"}, "id": "i1",
                 "request": {"url": {"protocol": "http", "host": ["x"], "path": [""], "query": [{"key": "a", "value": null}]}, "method": "GET", "header": []},
                 "response": {"id": "r1", "status": "OK", "code": 200, "header": [], "stream": {"type": "Buffer", "data": [104, 105]}, "responseTime": 7, "responseSize": 2}}],
               "failures": [], "error": {"name": "Error", "message": "bailed"}}}
            """
        let summary = try JSONReportReader.summary(from: Data(text.utf8))
        XCTAssertEqual(summary.executions.first?.response?.text, "hi")
        XCTAssertEqual(summary.executions.first?.request?.url, "http://x/?a")
        XCTAssertEqual(summary.runError, "bailed")
        XCTAssertEqual(summary.stats.requests.total, 1)
        XCTAssertEqual(summary.completed.timeIntervalSince(summary.started), 1.5, accuracy: 0.0001)
        XCTAssertNil(summary.environment)
    }

    func testWhatIsNotAReportIsRejectedWithAReason() {
        let cases: [(String, String)] = [
            ("not json", "not valid JSON"),
            ("[1, 2]", "expected an object"),
            (#"{"collection": {}}"#, #""run" is missing"#),
            (#"{"run": {"stats": {}}}"#, #""run.executions" is missing"#),
            (#"{"run": {"executions": []}}"#, #""run.stats" is missing"#),
            (#"{"run": {"stats": {}, "executions": [3]}}"#, "run.executions[0] is not an object"),
        ]
        for (text, reason) in cases {
            XCTAssertThrowsError(try JSONReportReader.summary(from: Data(text.utf8)), text) { error in
                XCTAssertTrue("\(error)".contains(reason), "\(text): \(error)")
            }
        }
    }
}

import CourierCLI
import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `courier merge`: JSON reports of real sharded runs merge into the reports of one run.
final class MergeCommandTests: XCTestCase {
    private var runs: MergeTestRuns!

    override func setUpWithError() throws {
        runs = try MergeTestRuns()
    }

    override func tearDown() {
        runs.close()
    }

    func testMergedShardsCountLikeOneRunAndWriteTheSameJUnit() throws {
        let rows = MergeTestRuns.rows
        XCTAssertEqual(try runs.run(rows: rows[0..<2], json: "shard-1.json").status, 0)
        XCTAssertEqual(try runs.run(rows: rows[2..<4], json: "shard-2.json").status, 1)
        XCTAssertEqual(try runs.run(rows: rows[0..<4], json: "full.json", junit: "full.xml").status, 1)

        let merge = try runs.courier([
            "merge", "shard-1.json", "shard-2.json", "-r", "cli,json,junit,html", "--color", "off",
            "--reporter-json-export", "merged.json", "--reporter-junit-export", "merged.xml",
            "--reporter-html-export", "merged.html",
        ])
        XCTAssertEqual(merge.status, 1, "the merged run has failures: \(merge.standardError)")
        XCTAssertTrue(merge.standardOutput.contains("Merge check: merged 2 reports"), merge.standardOutput)
        XCTAssertTrue(
            merge.standardOutput.contains("expected 'bad' to not equal 'bad'"), merge.standardOutput)

        let merged = try report("merged.json")
        let full = try report("full.json")
        XCTAssertEqual(merged["stats"] as? NSDictionary, full["stats"] as? NSDictionary)
        let executions = try XCTUnwrap(merged["executions"] as? [[String: Any]])
        XCTAssertEqual(executions.count, 8)
        let cursors = executions.compactMap { $0["cursor"] as? [String: Any] }
        XCTAssertEqual(cursors.compactMap { $0["iteration"] as? Int }, [0, 0, 1, 1, 2, 2, 3, 3])
        XCTAssertEqual(cursors.compactMap { $0["cycles"] as? Int }, Array(repeating: 4, count: 8))
        XCTAssertEqual((merged["failures"] as? [Any])?.count, 2)

        let mergedXML = try runs.read("merged.xml")
        XCTAssertNil(parseError(mergedXML), "the merged JUnit report is well-formed XML")
        XCTAssertEqual(comparable(mergedXML), comparable(try runs.read("full.xml")))
        XCTAssertTrue(mergedXML.contains(#"<testsuite name="Accounts / Echo row""#))

        let html = try runs.read("merged.html")
        XCTAssertTrue(html.contains("2 of 8 requests had failures (2 failures in all)."))
        XCTAssertTrue(html.contains("<tr><th>iterations</th><td>4</td><td>0</td></tr>"))
    }

    func testExitCodeFollowsTheMergedRun() throws {
        let rows = MergeTestRuns.rows
        try runs.run(rows: rows[0..<2], json: "passing.json")
        try runs.run(rows: rows[2..<3], json: "failing.json")
        let passing = try runs.courier(["merge", "passing.json", "passing.json", "--color", "off"])
        XCTAssertEqual(passing.status, 0, passing.standardError)
        XCTAssertTrue(passing.standardOutput.contains("merged 2 reports"))
        XCTAssertEqual(try runs.courier(["merge", "passing.json", "failing.json", "-r", "json"]).status, 1)
        try FileManager.default.createDirectory(
            at: runs.directory.appendingPathComponent("out"), withIntermediateDirectories: true)
        let suppressed = try runs.courier([
            "merge", "passing.json", "failing.json", "-x", "-r", "json", "--reporter-json-export", "out/",
        ])
        XCTAssertEqual(suppressed.status, 0)
        // Without an export path, reports go under newman/ as the run's do; a directory gets the same name.
        let files = try FileManager.default.contentsOfDirectory(
            atPath: runs.directory.appendingPathComponent("newman").path)
        let name = try XCTUnwrap(files.first { $0.hasPrefix("newman-run-report-") && $0.hasSuffix(".json") })
        XCTAssertNoThrow(try runs.read("out/" + name))
    }

    func testUnreadableOrInvalidReportsExitThree() throws {
        try runs.write("broken.json", "{\"run\": ")
        let cases: [([String], String)] = [
            (
                ["merge", "missing.json"],
                "error: cannot read the report 'missing.json': No such file or directory\n"
            ),
            (["merge", "broken.json"], "error: 'broken.json' is not a JSON report of a run: not valid JSON"),
            (
                ["merge", "c.json"],
                "error: 'c.json' is not a JSON report of a run: not a JSON report: \"run\" is missing\n"
            ),
        ]
        for (arguments, message) in cases {
            let result = try runs.courier(arguments)
            XCTAssertEqual(result.status, 3, arguments.joined(separator: " "))
            XCTAssertTrue(result.standardError.hasPrefix(message), result.standardError)
        }
    }

    func testUsageMistakesExitTwo() throws {
        let cases: [([String], String)] = [
            (["merge"], "error: no report to merge. Usage: courier merge <report.json>... [options]\n"),
            (
                ["merge", "a.json", "-r", "xml"],
                "error: courier merge cannot write a 'xml' report. Choose from cli, json, junit, html\n"
            ),
            (
                ["merge", "a.json", "--reporter-html-exprt", "x"],
                "error: unknown option '--reporter-html-exprt'. Did you mean '--reporter-html-export'?\n"
            ),
            (
                ["merge", "a.json", "--reporter-json-export"],
                "error: option '--reporter-json-export' needs a value\n"
            ),
        ]
        for (arguments, message) in cases {
            let result = try runs.courier(arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertEqual(result.standardError, message + "Run 'courier help merge' for usage.\n")
        }
    }

    func testArgumentsParseIntoMergeOptions() throws {
        var expected = MergeCommandOptions(reports: ["a.json", "b.json"])
        expected.reporters = ["junit", "html"]
        expected.reporterHTMLExport = "out/r.html"
        expected.reporterJUnitExport = "out/r.xml"
        expected.color = .off
        expected.suppressExitCode = true
        XCTAssertEqual(
            try parseCommandLine([
                "merge", "a.json", "-r", "junit,html", "--reporter-html-export=out/r.html", "b.json",
                "--reporter-junit-export", "out/r.xml", "--no-color", "-x",
            ]),
            .merge(expected))
        XCTAssertEqual(try parseCommandLine(["merge", "--help"]), .help(topic: .merge))
        XCTAssertEqual(try parseCommandLine(["help", "merge"]), .help(topic: .merge))
        let help = helpText(for: .merge)
        XCTAssertTrue(help.hasPrefix("Usage: courier merge <report.json>... [options]\n"))
        XCTAssertTrue(help.contains("  -r, --reporters <list>"))
        XCTAssertTrue(
            helpText(for: nil).split(separator: "\n").contains {
                $0.hasPrefix("  merge ") && $0.hasSuffix("Merge the JSON reports of sharded runs into one JSON, JUnit or HTML report")
            })
    }

    /// `run` of a JSON report, parsed.
    private func report(_ name: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(try runs.read(name).utf8)) as? [String: Any]
        return try XCTUnwrap(object?["run"] as? [String: Any])
    }

    /// The JUnit report without what differs between any two runs: times, timestamps and the
    /// ids Courier makes for a collection and items that have none.
    private func comparable(_ xml: String) -> String {
        var text = xml
        for pattern in [
            #" time="[0-9.]+""#, #" timestamp="[^"]+""#, #" id="[^"]+""#, #"Collection JSON ID: [^.]+\."#,
        ] {
            text = text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return text
    }

    /// Why `xml` is not well-formed, or nil.
    private func parseError(_ xml: String) -> Error? {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse() ? nil : (parser.parserError ?? NSError(domain: "XML", code: 1))
    }
}

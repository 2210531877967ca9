import CourierModel
import CourierReports
import XCTest

/// The CLI reporter against newman 6.2.1's output for the sample run (`cli.txt`).
final class CLIReporterTests: XCTestCase {
    /// cli.txt's lines, with `courier` in the banner and without newman's stray colour codes.
    static let expectedStream = """
        courier

        Sample run

        ❏ Accounts
        ↳ List accounts
          GET http://127.0.0.1:18081/get?top=5 [200 OK, 569B, 49ms]
          ✓  status is 200
          ✓  echoes the query
          ┌
          │ 'top is', '5'
          └

        ↳ Create account
          POST http://127.0.0.1:18081/post [200 OK, 672B, 6ms]
          1. status is 201
          ✓  name echoed

        → Missing record
          GET http://127.0.0.1:18081/status/404 [404 NOT FOUND, 251B, 4ms]
          ✓  is 404
          -  [skipped] not yet

        → Broken script
          GET http://127.0.0.1:18081/get [200 OK, 541B, 4ms]
          2⠄ TypeError in test-script

        ┌─────────────────────────┬──────────────────┬──────────────────┐
        │                         │         executed │           failed │
        ├─────────────────────────┼──────────────────┼──────────────────┤
        │              iterations │                1 │                0 │
        ├─────────────────────────┼──────────────────┼──────────────────┤
        │                requests │                4 │                0 │
        ├─────────────────────────┼──────────────────┼──────────────────┤
        │            test-scripts │                4 │                1 │
        ├─────────────────────────┼──────────────────┼──────────────────┤
        │      prerequest-scripts │                0 │                0 │
        ├─────────────────────────┼──────────────────┼──────────────────┤
        │              assertions │                6 │                1 │
        ├─────────────────────────┴──────────────────┴──────────────────┤
        │ total run duration: 155ms                                     │
        ├───────────────────────────────────────────────────────────────┤
        │ total data received: 1.07kB (approx)                          │
        ├───────────────────────────────────────────────────────────────┤
        │ average response time: 15ms [min: 4ms, max: 49ms, s.d.: 19ms] │
        └───────────────────────────────────────────────────────────────┘

        """

    /// The failure table lines of cli.txt; every line is 75 characters, space-padded.
    static let expectedFailureTable = [
        "  #  failure         detail",
        "",
        " 1.  AssertionError  status is 201",
        "                     expected response to have status code 201 but got 200",
        "                     at assertion:0 in test-script",
        "                     inside \"Accounts / Create account\"",
        "",
        " 2.  TypeError",
        "                     Cannot read properties of undefined (reading 'boom')",
        "                     at test-script",
        "                     inside \"Broken script\"",
    ].map { $0.padding(toLength: 75, withPad: " ", startingAt: 0) }

    func testSampleRunPrintsLikeNewman() {
        let output = SampleRun.cliOutput(SampleRun.summary())
        let expected = Self.expectedStream + "\n" + Self.expectedFailureTable.joined(separator: "\n") + "\n"
        XCTAssertEqual(output, expected)
        if output != expected {
            for (line, (got, want)) in zip(output.split(separator: "\n"), expected.split(separator: "\n"))
                .enumerated()
            where got != want {
                XCTFail("first difference at line \(line + 1):\n got: \(got)\nwant: \(want)")
                break
            }
        }
    }

    func testNoColourCodesWhenColourIsOff() {
        XCTAssertFalse(SampleRun.cliOutput(SampleRun.summary()).contains("\u{1B}["))
    }

    func testColourMarksPassesGreenAndFailuresRed() {
        let output = SampleRun.cliOutput(SampleRun.summary(), options: CLIReporterOptions(color: true))
        XCTAssertTrue(output.contains("\u{1B}[32m  ✓ \u{1B}[39m"))
        XCTAssertTrue(output.contains("\u{1B}[31m\u{1B}[1m  1.\u{1B}[22m\u{1B}[39m"))
        XCTAssertTrue(output.contains("\u{1B}[90m"))
    }

    func testSeveralIterationsPrintIterationLinesAndFailureIterations() {
        let output = SampleRun.cliOutput(SampleRun.summary(cycles: 2))
        XCTAssertTrue(output.contains("Sample run\n\nIteration 1/2\n\n❏ Accounts\n↳ List accounts\n"))
        XCTAssertTrue(output.contains("  2⠄ TypeError in test-script\n\nIteration 2/2\n\n❏ Accounts\n"))
        XCTAssertTrue(output.contains("  3. status is 201\n"))
        XCTAssertTrue(output.contains("  4⠄ TypeError in test-script\n"))
        XCTAssertTrue(output.contains(" 3.  AssertionError  status is 201"))
        XCTAssertTrue(output.contains("\n     iteration: 2    "))
        XCTAssertTrue(output.contains("│              iterations │                2 │                0 │"))
    }

    func testOneIterationPrintsNoIterationLine() {
        XCTAssertFalse(SampleRun.cliOutput(SampleRun.summary()).contains("Iteration"))
    }

    func testRequestErrorPrintsErroredAndMessage() {
        let item = ExecutedItem(id: "x", name: "Down", folderPath: [], json: .null)
        let execution = Execution(
            id: "e", cursor: RunCursor(iteration: 0, position: 0, length: 1, cycles: 1), item: item,
            request: SentRequest(method: "GET", url: "http://127.0.0.1:9/", headers: [], body: nil),
            requestError: ErrorInfo(name: "Error", message: "connect ECONNREFUSED 127.0.0.1:9"))
        let reporter = CLIReporter(options: CLIReporterOptions())
        _ = reporter.handle(.started(collectionName: "c", iterationCount: 1))
        XCTAssertEqual(reporter.handle(.itemStarted(item, cursor: execution.cursor)), "\n→ Down\n")
        XCTAssertEqual(
            reporter.handle(.requestCompleted(execution)),
            "  GET http://127.0.0.1:9/ [errored]\n     connect ECONNREFUSED 127.0.0.1:9\n")
    }

    func testConsecutiveConsoleLinesShareOneBox() {
        let item = SampleRun.missing
        let reporter = CLIReporter(options: CLIReporterOptions())
        let text = [
            reporter.handle(.console(ConsoleLine(level: "log", message: "one"), item: item)),
            reporter.handle(.console(ConsoleLine(level: "log", message: "two\nthree"), item: item)),
            reporter.handle(.assertion(Assertion(name: "ok", index: 0), item: item)),
        ].joined()
        XCTAssertEqual(text, "  ┌\n  │ one\n  │ two\n  │ three\n  └\n  ✓  ok\n")
    }

    func testDisabledUnicodePrintsOnlyASCII() {
        let output = SampleRun.cliOutput(SampleRun.summary(), options: CLIReporterOptions(unicode: false))
        let nonASCII = output.unicodeScalars.filter { !$0.isASCII }
        XCTAssertTrue(nonASCII.isEmpty, "non-ASCII characters: \(String(String.UnicodeScalarView(nonASCII)))")
        XCTAssertTrue(output.contains("Folder: Accounts\n|-> List accounts\n"))
        XCTAssertTrue(output.contains("  Pass  status is 200\n"))
        XCTAssertTrue(output.contains("  2! TypeError in test-script\n"))
        XCTAssertTrue(output.contains("+-------------------------+------------------+------------------+\n"))
        XCTAssertTrue(output.contains("|              iterations |                1 |                0 |\n"))
    }

    func testVerboseShowsHeadersBodiesAndTimingsButNeverTokens() {
        let output = SampleRun.cliOutput(SampleRun.summary(), options: CLIReporterOptions(verbose: true))
        XCTAssertFalse(output.contains("s3cr3t-token"))
        XCTAssertTrue(output.contains("  │ Authorization: ****\n"))
        XCTAssertTrue(output.contains("  │ Accept: application/json\n"))
        XCTAssertTrue(output.contains("  │ {\"Name\": \"Acme\"}\n"))
        XCTAssertTrue(output.contains("  ├ response\n  │ 404 NOT FOUND\n"))
        XCTAssertTrue(output.contains("total 49ms"))
        XCTAssertTrue(output.contains("│ average DNS lookup time: 0µs [min: 0µs, max: 0µs, s.d.: 0µs]"))
        XCTAssertTrue(output.contains("│ average first byte time: 0µs [min: 0µs, max: 0µs, s.d.: 0µs]"))
    }
}

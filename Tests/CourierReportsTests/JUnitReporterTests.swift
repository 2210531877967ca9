import CourierModel
import CourierReports
import XCTest

/// The JUnit reporter against newman 6.2.1's `report.xml` for the sample run.
final class JUnitReporterTests: XCTestCase {
    static let expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="Sample run" tests="4" time="0.063">
          <testsuite name="Accounts / List accounts" id="92781822-3333-47a1-8a70-2752d60cb293" timestamp="2026-11-29T03:44:54.136Z" tests="2" failures="0" errors="0" time="0.049">
            <testcase name="status is 200" time="0.049" classname="AccountsListAccounts"/>
            <testcase name="echoes the query" time="0.049" classname="AccountsListAccounts"/>
          </testsuite>
          <testsuite name="Accounts / Create account" id="989c10a7-d1eb-42a9-aa42-1db40ab4936e" timestamp="2026-11-29T03:44:54.136Z" tests="2" failures="1" errors="0" time="0.006">
            <testcase name="status is 201" time="0.006" classname="AccountsCreateAccount">
              <failure type="AssertionFailure" message="expected response to have status code 201 but got 200">
                <![CDATA[Failed 1 times.]]>
                <![CDATA[Collection JSON ID: 5b7f0c1e-0000-4000-8000-000000000001.]]>
                <![CDATA[Collection name: Sample run.]]>
                <![CDATA[Request name: Accounts / Create account.]]>
                <![CDATA[Test description: status is 201.]]>
                <![CDATA[Error message: expected response to have status code 201 but got 200.]]>
                <![CDATA[Stacktrace: AssertionError: expected response to have status code 201 but got 200
           at Object.eval sandbox-script.js:1:2).]]>
              </failure>
            </testcase>
            <testcase name="name echoed" time="0.006" classname="AccountsCreateAccount"/>
          </testsuite>
          <testsuite name="Missing record" id="c9a41a3c-be09-4ea2-a6b9-b9c745adfe55" timestamp="2026-11-29T03:44:54.136Z" tests="2" failures="0" errors="0" time="0.004">
            <testcase name="is 404" time="0.004" classname="MissingRecord"/>
            <testcase name="not yet" time="0.004" classname="MissingRecord"/>
          </testsuite>
          <testsuite name="Broken script" id="feb5f3b2-d365-410e-8a11-e4e093953d11" timestamp="2026-11-29T03:44:54.136Z" tests="0" failures="0" errors="1" time="0.004">
            <system-err><![CDATA[Iteration: 0

        ---
        testScriptError: Cannot read properties of undefined (reading 'boom')
        ---
        ]]></system-err>
          </testsuite>
        </testsuites>
        """

    func testSampleRunMatchesNewmansReport() {
        let xml = JUnitReporter.report(SampleRun.summary())
        XCTAssertEqual(xml, Self.expected)
        for (line, (got, want)) in zip(xml.split(separator: "\n"), Self.expected.split(separator: "\n"))
            .enumerated()
        where got != want {
            XCTFail("first difference at line \(line + 1):\n got: \(got)\nwant: \(want)")
            break
        }
    }

    func testFailuresAcrossIterationsMergeIntoOneTestCase() {
        let xml = JUnitReporter.report(SampleRun.summary(cycles: 3))
        XCTAssertTrue(xml.contains("<testsuites name=\"Sample run\" tests=\"12\" time=\"0.189\">"))
        XCTAssertEqual(xml.components(separatedBy: "<testsuite ").count - 1, 4)
        XCTAssertEqual(xml.components(separatedBy: "<testcase name=\"status is 201\"").count - 1, 1)
        XCTAssertTrue(xml.contains("<![CDATA[Failed 3 times.]]>"))
        XCTAssertTrue(xml.contains("tests=\"2\" failures=\"3\" errors=\"0\" time=\"0.006\""))
        XCTAssertTrue(xml.contains("tests=\"0\" failures=\"0\" errors=\"3\" time=\"0.004\""))
        XCTAssertTrue(xml.contains("<system-err><![CDATA[Iteration: 0\n\n---\ntestScriptError: "))
        XCTAssertTrue(xml.contains("---\nIteration: 2\n\n---\ntestScriptError: "))
    }

    func testRequestErrorsCountAsErrors() {
        let item = ExecutedItem(id: "i1", name: "Down", folderPath: ["API"], json: .null)
        var summary = SampleRun.summary()
        summary.executions = [
            Execution(
                id: "e", cursor: RunCursor(iteration: 0, position: 0, length: 1, cycles: 1), item: item,
                requestError: ErrorInfo(name: "Error", message: "connect ECONNREFUSED 127.0.0.1:9"))
        ]
        let xml = JUnitReporter.report(summary)
        XCTAssertTrue(
            xml.contains(
                "<testsuite name=\"API / Down\" id=\"i1\" timestamp=\"2026-11-29T03:44:54.136Z\" tests=\"0\" "
                    + "failures=\"0\" errors=\"1\" time=\"0.000\">"))
        XCTAssertTrue(
            xml.contains(
                "<system-err><![CDATA[Iteration: 0\nRequestError: Error: connect ECONNREFUSED 127.0.0.1:9\n\n---\n]]>"
            ))
    }

    func testNamesAndMessagesAreEscaped() {
        var summary = SampleRun.summary()
        summary.collectionName = "A & B <\"run\">"
        var execution = summary.executions[1]
        execution.item.name = "Create \"x\" & <y>"
        execution.assertions = [
            Assertion(
                name: "body has ]]> and \u{1}bell",
                error: ErrorInfo(name: "AssertionError", message: "a < b\nc"),
                index: 0)
        ]
        summary.executions = [execution]
        let xml = JUnitReporter.report(summary)
        XCTAssertTrue(xml.contains("<testsuites name=\"A &amp; B &lt;&quot;run&quot;&gt;\""))
        XCTAssertTrue(xml.contains("name=\"Accounts / Create &quot;x&quot; &amp; &lt;y&gt;\""))
        XCTAssertTrue(xml.contains("<testcase name=\"body has ]]&gt; and bell\""))
        XCTAssertTrue(xml.contains("message=\"a &lt; b&#xA;c\""))
        XCTAssertTrue(xml.contains("<![CDATA[Test description: body has ]]]]><![CDATA[> and bell.]]>"))
        XCTAssertTrue(xml.contains("classname=\"AccountsCreateXY\""))
        XCTAssertFalse(xml.contains("\u{1}"))
    }
}

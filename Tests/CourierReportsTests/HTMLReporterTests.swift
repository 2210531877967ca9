import CourierModel
import CourierReports
import Foundation
import XCTest

/// The HTML report's content: escaping, masking, order, counts, chart and self-containment.
final class HTMLReporterTests: XCTestCase {
    /// The sample run with hostile text everywhere a server or a collection author controls it,
    /// and two secrets.
    private func hostileSummary() -> RunSummary {
        var summary = SampleRun.summary()
        summary.collectionName = #"Evil </title><script>alert("name")</script>"#
        summary.secrets = ["s3cr3t-token", "hunter2<&>"]
        summary.executions[0].request?.url = "http://127.0.0.1:18081/get?key=hunter2<&>&q=<b>bold</b>"
        summary.executions[0].request?.headers.append(
            HeaderField(name: "X-Note", value: #"' onmouseover='alert(1)"#))
        summary.executions[0].response?.body = Data(
            #"</pre><script>alert("body")</script><img src=x onerror=alert(1)> token=s3cr3t-token"#.utf8)
        summary.executions[0].response?.headers.append(
            HeaderField(name: "Set-Cookie", value: "sid=hunter2<&>"))
        summary.executions[0].console = [ConsoleLine(level: "log", message: "<svg onload=alert(1)>")]
        summary.executions[1].assertions[0].name = #""><script>alert("assertion")</script>"#
        summary.executions[1].assertions[0].error?.message = "<iframe src=javascript:alert(1)>"
        return summary
    }

    func testRunDataIsEscapedSoNoMarkupCanBeInjected() {
        let html = HTMLReporter.report(hostileSummary())
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1, "only the report's own script")
        for injected in ["<img", "<iframe", "<svg onload", "<b>bold", "' onmouseover", "\"><script"] {
            XCTAssertFalse(html.contains(injected), "\(injected) reached the page unescaped")
        }
        XCTAssertTrue(
            html.contains("<h1>Evil &lt;/title&gt;&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;</h1>"))
        XCTAssertTrue(
            html.contains("&lt;/pre&gt;&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;&lt;img src=x"))
        XCTAssertTrue(html.contains("&lt;svg onload=alert(1)&gt;"))
        XCTAssertTrue(html.contains("<td>&#39; onmouseover=&#39;alert(1)</td>"))
        XCTAssertTrue(html.contains("&lt;iframe src=javascript:alert(1)&gt;"))
    }

    func testSecretsAndAuthorizationHeadersAreMasked() {
        let html = HTMLReporter.report(hostileSummary())
        XCTAssertFalse(html.contains("s3cr3t-token"))
        XCTAssertFalse(html.contains("hunter2"))
        XCTAssertTrue(html.contains("<tr><th>Authorization</th><td>****</td></tr>"))
        XCTAssertTrue(
            html.contains("get?key=****&amp;q=&lt;b&gt;"), "secrets in the URL are masked before escaping")
        XCTAssertTrue(html.contains("<tr><th>Set-Cookie</th><td>sid=****</td></tr>"))
        XCTAssertTrue(html.contains("token=****"))
    }

    func testFailedExecutionsComeFirstEachGroupInRunOrder() {
        let html = HTMLReporter.report(SampleRun.summary())
        let anchors = matches(of: #"<details class="execution [a-z]+" id="(execution-\d+)""#, in: html)
        // Create account (failed assertion) and Broken script (TypeError) failed.
        XCTAssertEqual(anchors, ["execution-2", "execution-4", "execution-1", "execution-3"])
        XCTAssertTrue(
            html.contains(
                #"<details class="execution failed" id="execution-2" data-failures="1" data-skipped="0" open>"#
            ))
        XCTAssertTrue(
            html.contains(
                #"<details class="execution skipped" id="execution-3" data-failures="0" data-skipped="1">"#))
        XCTAssertTrue(
            html.contains(
                #"<details class="execution passed" id="execution-1" data-failures="0" data-skipped="0">"#))
    }

    func testCountsMatchTheRun() {
        let summary = SampleRun.summary(cycles: 2)
        let html = HTMLReporter.report(summary)
        let failures = matches(of: #"data-failures="(\d+)""#, in: html).compactMap { Int($0) }.reduce(0, +)
        XCTAssertEqual(failures, summary.failures.count)
        XCTAssertTrue(html.contains("<tr><th>iterations</th><td>2</td><td>0</td></tr>"))
        XCTAssertTrue(html.contains("<tr><th>requests</th><td>8</td><td>0</td></tr>"))
        XCTAssertTrue(html.contains(#"<tr><th>assertions</th><td>12</td><td class="failed">2</td></tr>"#))
        XCTAssertTrue(html.contains("8 assertions passed"))
        XCTAssertTrue(html.contains("2 assertions failed"))
        XCTAssertTrue(html.contains("2 assertions skipped"))
        XCTAssertTrue(html.contains("4 of 8 requests had failures (4 failures in all)."))
        XCTAssertTrue(html.contains(#"data-filter="all" aria-pressed="true">All (8)</button>"#))
        XCTAssertTrue(html.contains(#"data-filter="failed" aria-pressed="false">Failed only (4)</button>"#))
        XCTAssertTrue(html.contains(#"data-filter="skipped" aria-pressed="false">Skipped (2)</button>"#))
        XCTAssertTrue(html.contains("<dd>2026-11-29T03:44:54.136Z</dd>"), "start time")
        XCTAssertTrue(html.contains("<dt>Duration</dt><dd>155ms</dd>"))
        XCTAssertTrue(
            html.contains(#"<span id="failed-count" class="count""#), "the script fills in the count")
    }

    func testExecutionShowsRequestResponseAssertionsAndConsole() {
        let html = HTMLReporter.report(SampleRun.summary())
        XCTAssertTrue(
            html.contains(#"<span class="method">POST</span> <code>http://127.0.0.1:18081/post</code>"#))
        XCTAssertTrue(
            html.contains(#"<pre class="body">{&quot;Name&quot;: &quot;Acme&quot;}</pre>"#), "request body")
        XCTAssertTrue(html.contains(#"<p class="status">404 NOT FOUND · 4 ms · 0B</p>"#))
        XCTAssertTrue(
            html.contains(
                #"<li class="assertion failed"><span class="mark">✘</span> status is 201<div class="error">AssertionError: expected response to have status code 201 but got 200</div></li>"#
            ))
        XCTAssertTrue(
            html.contains(
                #"<li class="assertion skipped"><span class="mark">–</span> not yet <span class="note">(skipped)</span></li>"#
            ))
        XCTAssertTrue(
            html.contains(
                "Test script error: TypeError: Cannot read properties of undefined (reading &#39;boom&#39;)"))
        XCTAssertTrue(
            html.contains(#"<span class="message">&#39;top is&#39;, &#39;5&#39;</span>"#), "console line")
    }

    func testChartHasOneBarPerRequestItemWithFailuresInRed() {
        let html = HTMLReporter.report(SampleRun.summary(cycles: 3))
        XCTAssertEqual(html.components(separatedBy: "<rect class=\"bar\"").count - 1, 4)
        XCTAssertEqual(html.components(separatedBy: "<g class=\"row failed\">").count - 1, 2)
        XCTAssertTrue(
            html.contains(
                "<title>Accounts / List accounts: average 49 ms, fastest 49 ms, slowest 49 ms, 3 responses</title>"
            ))
        XCTAssertTrue(
            html.contains(#"text-anchor="end">49 ms</text>"#), "the scale ends at the slowest response")
    }

    func testThePageNeedsNothingFromOutside() {
        let html = HTMLReporter.report(SampleRun.summary())
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        XCTAssertTrue(html.hasSuffix("</body>\n</html>\n"))
        for external in ["<link", "src=", "href=", "url(", "@import"] {
            XCTAssertFalse(html.contains(external), "\(external) would load something from outside")
        }
        XCTAssertTrue(html.contains("<style>"))
        XCTAssertTrue(html.contains("<svg class=\"chart\""))
    }

    func testARunWithoutRequestsStillRenders() {
        var summary = SampleRun.summary()
        summary.executions = []
        summary.failures = []
        summary.runError = "collection has no requests"
        let html = HTMLReporter.report(summary)
        XCTAssertTrue(html.contains("No responses were received."))
        XCTAssertTrue(html.contains("No request was sent."))
        XCTAssertTrue(html.contains("The run stopped early: collection has no requests"))
    }

    func testEscapingCoversMarkupQuotesAndControlCharacters() {
        XCTAssertEqual(
            HTMLEscaping.escape("<a href=\"x\" title='y'>&\u{0}\u{1B}\t\n</a>"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;\u{FFFD}\u{FFFD}\t\n&lt;/a&gt;")
        XCTAssertEqual(HTMLEscaping.escape("Grüße → ✔"), "Grüße → ✔")
    }

    func testLongAndBinaryBodiesAreShortened() {
        var summary = SampleRun.summary()
        summary.executions[0].response?.body = Data(String(repeating: "y", count: 5000).utf8)
        summary.executions[2].response?.body = Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])
        let html = HTMLReporter.report(summary)
        XCTAssertTrue(html.contains(String(repeating: "y", count: 2048) + "\n… (2952 more bytes)</pre>"))
        XCTAssertFalse(html.contains(String(repeating: "y", count: 2049)))
        XCTAssertTrue(html.contains("(6 bytes of binary data)"))
    }

    /// The first capture group of every match of `pattern`.
    private func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}

import CourierModel
import CourierReports
import Foundation
import XCTest

/// The HTML report's "Visualization" block: the rendered `pm.visualizer.set` template in a
/// sandboxed iframe, escaped into its `srcdoc` and masked like the rest of the page.
final class HTMLVisualizationTests: XCTestCase {
    private func summary(visualizer: String) -> RunSummary {
        var summary = SampleRun.summary()
        summary.secrets = ["s3cr3t-token", "hunter2<&>"]
        summary.executions[0].visualizer = SampleRun.json(visualizer)
        return summary
    }

    func testTheRenderedTemplateIsEscapedIntoASandboxedIframe() {
        let html = HTMLReporter.report(
            summary(
                visualizer: #"""
                    {"template": "<table>{{#each rows}}<tr><td>{{name}}</td></tr>{{/each}}</table><script>alert(1)</script>",
                     "data": {"rows": [{"name": "<i>x</i> & \"y\""}, {"name": "z"}]}}
                    """#))
        XCTAssertTrue(html.contains("<h3>Visualization</h3>"))
        XCTAssertTrue(
            html.contains(
                #"<iframe class="visualization" sandbox="" title="Visualization" referrerpolicy="no-referrer" srcdoc=""#
                    + "&lt;table&gt;&lt;tr&gt;&lt;td&gt;&amp;lt;i&amp;gt;x&amp;lt;/i&amp;gt; &amp;amp; &amp;quot;y&amp;quot;"
                    + "&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;z&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;"
                    + #"&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>"#), html)
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1, "only the report's own script")
        XCTAssertEqual(
            html.components(separatedBy: "<iframe").count - 1, 1, "only the execution that set one")
    }

    func testSecretsInTheTemplateOrDataAppearInNoForm() {
        let html = HTMLReporter.report(
            summary(
                visualizer: #"""
                    {"template": "s3cr3t-token {{a}} {{{a}}} {{#each data}}{{@key}}={{this}}{{/each}}",
                     "data": {"a": "key=hunter2<&>", "data": {"hunter2<&>": ["s3cr3t-token", "hunter2<&>"]}}}
                    """#))
        XCTAssertFalse(html.contains("s3cr3t"))
        XCTAssertFalse(html.contains("hunter2"))
        XCTAssertTrue(html.contains("srcdoc=\"**** key=**** key=**** ****=****,****\""), html)
    }

    func testAMalformedTemplateShowsItsProblemInsteadOfAFrame() {
        let html = HTMLReporter.report(
            summary(visualizer: #"{"template": "{{#each rows}}<li>", "data": {}}"#))
        XCTAssertTrue(
            html.contains(
                "<p class=\"problem\">Visualizer template error: {{#each rows}} is never closed</p>"))
        XCTAssertFalse(html.contains("<iframe"))
    }

    func testNoVisualizationNoBlock() {
        let html = HTMLReporter.report(SampleRun.summary())
        XCTAssertFalse(html.contains("Visualization"))
    }
}

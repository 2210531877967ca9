import CourierModel
import CourierReports
import XCTest

/// The Handlebars subset `pm.visualizer.set` templates are rendered with in the HTML report.
final class VisualizerTemplateTests: XCTestCase {
    private func render(
        _ template: String, _ data: String = "{}", file: StaticString = #filePath, line: UInt = #line
    ) -> String {
        let rendering = VisualizerTemplate.render(template, data: SampleRun.json(data))
        XCTAssertNil(rendering.problem, file: file, line: line)
        return rendering.html
    }

    private func problem(_ template: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let rendering = VisualizerTemplate.render(template, data: .object(JSONObject()))
        XCTAssertEqual(rendering.html, "", file: file, line: line)
        return rendering.problem ?? ""
    }

    func testValuesAreEscapedAndTripleBracesAreRaw() {
        let data =
            #"{"name": "<b>\"Tom\" & 'Jerry'</b>", "n": 1.5, "ok": true, "none": null, "list": [1, "a", null]}"#
        XCTAssertEqual(
            render("{{name}}", data), "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;")
        XCTAssertEqual(
            render("{{{name}}}|{{& name}}", data), #"<b>"Tom" & 'Jerry'</b>|<b>"Tom" & 'Jerry'</b>"#)
        XCTAssertEqual(render("{{n}} {{ok}} [{{none}}] [{{missing}}] {{list}}", data), "1.5 true [] [] 1,a,")
        XCTAssertEqual(render("plain text, no tags"), "plain text, no tags")
    }

    func testDottedPathsThisIndexesAndLength() {
        let data = #"{"a": {"b": {"c": "deep"}}, "items": ["x", "y"], "odd key": 7}"#
        XCTAssertEqual(
            render("{{a.b.c}} {{a/b/c}} {{this.a.b.c}} {{a.b.missing.c}}", data), "deep deep deep ")
        XCTAssertEqual(render("{{items.[1]}} {{items.0}} {{items.length}} {{[odd key]}}", data), "y x 2 7")
        XCTAssertEqual(render("{{#with a.b}}{{c}}/{{this.c}}/{{../items.[0]}}{{/with}}", data), "deep/deep/x")
    }

    func testEachOverArraysAndObjectsWithDataVariables() {
        let data =
            #"{"rows": [{"id": 1}, {"id": 2}, {"id": 3}], "map": {"k1": "v1", "k2": "v2"}, "title": "T"}"#
        XCTAssertEqual(
            render(
                "{{#each rows}}{{@index}}:{{id}}{{#if @first}}(first){{/if}}{{#if @last}}(last){{/if}} {{/each}}",
                data),
            "0:1(first) 1:2 2:3(last) ")
        XCTAssertEqual(render("{{#each map}}{{@key}}={{this}};{{/each}}", data), "k1=v1;k2=v2;")
        XCTAssertEqual(render("{{#each rows}}{{../title}}{{id}}{{/each}}", data), "T1T2T3")
        XCTAssertEqual(render("{{#each rows as |row i|}}{{i}}-{{row.id}} {{/each}}", data), "0-1 1-2 2-3 ")
        XCTAssertEqual(render("{{#each empty}}x{{else}}none{{/each}}", data), "none")
        XCTAssertEqual(render("{{#each title}}x{{else}}not a list{{/each}}", data), "not a list")
    }

    func testNestedEachAndParentPaths() {
        let data =
            #"{"name": "top", "groups": [{"name": "g1", "tags": ["a", "b"]}, {"name": "g2", "tags": []}]}"#
        let template = """
            {{#each groups}}[{{name}}:{{#each tags}}{{../name}}/{{this}}/{{@index}} {{else}}no tags in {{name}} of {{../name}}{{/each}}]{{/each}}
            """
        XCTAssertEqual(render(template, data), "[g1:g1/a/0 g1/b/1 ][g2:no tags in g2 of top]")
        XCTAssertEqual(render("{{#each groups}}{{#if tags}}{{@index}}{{name}}{{/if}}{{/each}}", data), "0g1")
    }

    func testIfUnlessAndElseFollowHandlebarsTruth() {
        let data = #"{"t": true, "zero": 0, "empty": "", "list": [], "full": [0], "obj": {}, "s": "x"}"#
        XCTAssertEqual(
            render("{{#if t}}1{{/if}}{{#if zero}}2{{/if}}{{#if empty}}3{{/if}}{{#if list}}4{{/if}}", data),
            "1")
        XCTAssertEqual(
            render("{{#if full}}a{{/if}}{{#if obj}}b{{/if}}{{#if s}}c{{/if}}{{#if nope}}d{{/if}}", data),
            "abc")
        XCTAssertEqual(render("{{#if list}}yes{{else}}no{{/if}}", data), "no")
        XCTAssertEqual(render("{{#unless list}}empty{{else}}items{{/unless}}", data), "empty")
        XCTAssertEqual(render("{{#if zero includeZero=true}}zero counts{{/if}}", data), "zero counts")
        XCTAssertEqual(render("{{#if nope}}1{{else if zero}}2{{else if s}}3{{else}}4{{/if}}", data), "3")
        XCTAssertEqual(render("{{#with missing}}x{{else}}no object{{/with}}", data), "no object")
    }

    func testSectionsAndInvertedSections() {
        let data = #"{"people": [{"n": "a"}, {"n": "b"}], "boss": {"n": "c"}, "flag": true}"#
        XCTAssertEqual(
            render("{{#people}}{{n}}{{/people}}|{{#boss}}{{n}}{{/boss}}|{{#flag}}on{{/flag}}", data),
            "ab|c|on")
        XCTAssertEqual(render("{{^missing}}absent{{/missing}}{{^flag}}never{{/flag}}", data), "absent")
    }

    func testCommentsWhitespaceControlAndLiteralBraces() {
        XCTAssertEqual(render("a{{! a comment }}b{{!-- holds }} and {{x}} --}}c", #"{"x": 1}"#), "abc")
        XCTAssertEqual(
            render("<ul>\n  {{~#each l~}}\n  <li>{{this}}</li>\n  {{~/each~}}\n</ul>", #"{"l": [1, 2]}"#),
            "<ul><li>1</li><li>2</li></ul>")
        XCTAssertEqual(render(#"\{{name}} is {{name}}"#, #"{"name": "N"}"#), "{{name}} is N")
    }

    func testUnknownHelpersPartialsAndLookup() {
        let data = #"{"user": {"name": "ann"}, "field": "name", "a": 1}"#
        XCTAssertEqual(render("[{{formatDate a 'x'}}][{{> header}}][{{log a}}]", data), "[][][]")
        XCTAssertEqual(render("[{{#custom a}}body{{else}}other{{/custom}}]", data), "[]")
        XCTAssertEqual(
            render("[{{#> layout}}fallback{{/layout}}][{{#*inline \"p\"}}x{{/inline}}]", data), "[][]")
        XCTAssertEqual(render("{{lookup user field}} {{lookup user 'missing'}}", data), "ann ")
        XCTAssertEqual(render("{{#if (eq a 1)}}sub{{else}}no sub{{/if}}", data), "no sub")
    }

    func testMalformedTemplatesGiveAShortProblem() {
        XCTAssertEqual(
            problem("{{#each rows}}<li>"), "Visualizer template error: {{#each rows}} is never closed")
        XCTAssertEqual(
            problem("{{#if a}}x{{/each}}"), "Visualizer template error: {{/each}} does not close {{#if a}}")
        XCTAssertEqual(problem("x{{/if}}"), "Visualizer template error: {{/if}} closes no open block")
        XCTAssertEqual(problem("{{else}}"), "Visualizer template error: {{else}} outside a block")
        XCTAssertTrue(problem("<p>{{name</p>").hasPrefix("Visualizer template error: unclosed tag at {{name"))
        XCTAssertTrue(problem("{{!-- never ends }}").contains("unclosed comment"))
        XCTAssertTrue(problem("{{#if a}}{{else}}x").contains("never closed"))
        XCTAssertEqual(VisualizerTemplate.render("", data: nil).html, "")
        XCTAssertNil(VisualizerTemplate.render("", data: nil).problem)
    }

    func testNestingDepthAndOutputSizeAreBounded() {
        let deep = String(repeating: "{{#if t}}", count: 100) + "x" + String(repeating: "{{/if}}", count: 100)
        XCTAssertTrue(problem(deep).contains("nest deeper than 64"))
        let fine = String(repeating: "{{#if t}}", count: 60) + "x" + String(repeating: "{{/if}}", count: 60)
        XCTAssertEqual(render(fine, #"{"t": true}"#), "x")

        let row = String(repeating: "y", count: 1000)
        let rows = "[" + Array(repeating: "\"\(row)\"", count: 2000).joined(separator: ",") + "]"
        let rendering = VisualizerTemplate.render(
            "{{#each this}}{{this}}{{/each}}", data: SampleRun.json(rows))
        XCTAssertEqual(rendering.html.utf8.count, VisualizerTemplate.outputLimit)
        XCTAssertNotNil(rendering.problem)

        let many = "[" + Array(repeating: "0", count: 3000).joined(separator: ",") + "]"
        let work = VisualizerTemplate.render(
            "{{#each this}}{{#each ../this}}{{/each}}{{/each}}", data: SampleRun.json(many))
        XCTAssertEqual(work.html, "")
        XCTAssertNotNil(work.problem, "9 million empty iterations stop at the step limit")
    }
}

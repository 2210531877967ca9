import CourierModel
import CourierRunner
import XCTest

/// `--check-examples`: responses compared with saved examples, reported as test assertions.
final class ExampleCheckTests: RunnerTestCase {
    /// A collection of one GET with these saved examples (JSON array text).
    private func withExamples(_ path: String, _ examples: String) throws -> Collection {
        try collection(
            """
            {"info": {"name": "examples", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Fixed JSON", "request": {"method": "GET", "url": "{{base}}\(path)"}, "response": \(examples)}]}
            """)
    }

    private func example(_ name: String, code: Int, type: String = "application/json", body: String) -> String
    {
        let encoded = JSONWriter.string(.string(body))
        return
            #"{"name": "\#(name)", "code": \#(code), "header": [{"key": "Content-Type", "value": "\#(type)"}], "body": \#(encoded)}"#
    }

    private func checkedRun(_ collection: Collection) throws -> RunSummary {
        try run(collection) { $0.checkExamples = true }
    }

    func testAMatchingExamplePassesStatusTypeAndShape() throws {
        // /json answers {"id":1,"name":"courier","ok":true,"tags":["fast","small"]}.
        let saved = example(
            "Fixed", code: 200, type: "application/json; charset=utf-8",
            body: #"{"id": 7, "name": "x", "ok": false, "tags": ["a"]}"#)
        let summary = try checkedRun(try withExamples("/json", "[\(saved)]"))
        let assertions = summary.executions[0].assertions
        XCTAssertEqual(
            assertions.map(\.name),
            [
                #"example "Fixed": status code is 200"#,
                #"example "Fixed": content type is application/json"#,
                #"example "Fixed": body has the example's shape"#,
            ])
        XCTAssertTrue(assertions.allSatisfy(\.passed), "\(assertions)")
        XCTAssertTrue(summary.succeeded)
        XCTAssertEqual(summary.stats.assertions.total, 3)
        // The CLI reporter streams them as it streams pm.test results.
        let streamed = events.compactMap { event -> String? in
            if case .assertion(let assertion, _) = event { return assertion.name }
            return nil
        }
        XCTAssertEqual(streamed, assertions.map(\.name))
    }

    func testShapeDifferencesAreNamedByJSONPath() throws {
        let saved = example(
            "Fixed", code: 200,
            body: #"{"id": "text", "name": "x", "ok": true, "tags": [1], "missing": null}"#)
        let summary = try checkedRun(try withExamples("/json", "[\(saved)]"))
        let shape = try XCTUnwrap(summary.executions[0].assertions.last)
        XCTAssertEqual(shape.name, #"example "Fixed": body has the example's shape"#)
        XCTAssertEqual(
            shape.error?.message,
            "$.id: expected string, got number; $.tags[0]: expected number, got string; "
                + "$.tags[1]: expected number, got string; $.missing: missing")
        XCTAssertEqual(shape.error?.name, "AssertionError")
        XCTAssertFalse(summary.succeeded)
        XCTAssertEqual(summary.failures.map(\.at), ["assertion:2 in examples"])
        XCTAssertEqual(summary.failures.first?.test, shape.name)
        XCTAssertEqual(summary.stats.assertions.failed, 1)
    }

    func testTheExampleWithTheActualStatusIsChosen() throws {
        let notFound = example("Not found", code: 404, body: #"{"error": "x"}"#)
        let created = example("Teapot", code: 418, body: #"{"status": 0}"#)
        let summary = try checkedRun(try withExamples("/status/418", "[\(notFound), \(created)]"))
        let assertions = summary.executions[0].assertions
        XCTAssertEqual(assertions.first?.name, #"example "Teapot": status code is 418"#)
        XCTAssertTrue(assertions.allSatisfy(\.passed), "\(assertions)")
    }

    func testWithoutAMatchingCodeTheFirstExampleIsUsedAndTheStatusFails() throws {
        let ok = example("OK", code: 200, body: #"{"status": 200}"#)
        let gone = example("Gone", code: 410, body: #"{"status": 410}"#)
        let summary = try checkedRun(try withExamples("/status/503", "[\(ok), \(gone)]"))
        let assertions = summary.executions[0].assertions
        XCTAssertEqual(assertions.map(\.name).first, #"example "OK": status code is 200"#)
        XCTAssertEqual(assertions.first?.error?.message, "expected status code 200, got 503")
        XCTAssertTrue(assertions.dropFirst().allSatisfy(\.passed), "\(assertions)")
    }

    func testAContentTypeMismatchFailsAndANonJSONBodyHasNoShapeCheck() throws {
        let saved = example("JSON", code: 200, body: #"{"food": "x"}"#)
        let summary = try checkedRun(try withExamples("/type/xml", "[\(saved)]"))
        let assertions = summary.executions[0].assertions
        XCTAssertEqual(assertions.count, 2, "no shape check: the response is XML")
        XCTAssertEqual(assertions[1].name, #"example "JSON": content type is application/json"#)
        XCTAssertEqual(
            assertions[1].error?.message, "expected content type application/json, got application/xml")
    }

    func testExampleAssertionsFollowTheTestScriptsAssertions() throws {
        var json = try withExamples("/json", "[\(example("Fixed", code: 200, body: "{}"))]")
        guard case .request(var item) = json.items[0] else { return XCTFail("not a request") }
        item.events = [Event(listen: "test", script: "pm.test('script', () => {});")]
        json.items[0] = .request(item)
        let summary = try checkedRun(json)
        let assertions = summary.executions[0].assertions
        XCTAssertEqual(assertions.map(\.name).first, "script")
        XCTAssertEqual(assertions.map(\.index), [0, 1, 2, 3])
        XCTAssertEqual(
            assertions.last?.error?.message,
            "$.id: unexpected number; $.name: unexpected string; $.ok: unexpected boolean; $.tags: unexpected array"
        )
    }

    func testRequestsWithoutExamplesAndRunsWithoutTheOptionGetNoExampleAssertions() throws {
        let none = try checkedRun(try withExamples("/json", "[]"))
        XCTAssertEqual(none.executions[0].assertions.count, 0)
        let off = try run(try withExamples("/json", "[\(example("Fixed", code: 500, body: "[]"))]"))
        XCTAssertEqual(off.executions[0].assertions.count, 0)
        XCTAssertTrue(off.succeeded)
    }
}

/// The shape comparison on its own: paths, arrays, key spelling.
final class JSONShapeComparisonTests: XCTestCase {
    private func differences(_ expected: String, _ actual: String) throws -> [String] {
        JSONShapeComparison.differences(
            expected: try JSONParser.parse(expected), actual: try JSONParser.parse(actual))
    }

    func testSameShapeWithOtherValuesHasNoDifference() throws {
        XCTAssertEqual(
            try differences(
                #"{"a": 1, "b": [true], "c": {"d": null}}"#,
                #"{"c": {"d": null}, "a": 2, "b": [false, true]}"#), [])
    }

    func testOneElementIsATemplateAndAnEmptyArrayAcceptsAnything() throws {
        XCTAssertEqual(
            try differences(#"{"value": [{"Id": "x"}]}"#, #"{"value": [{"Id": "a"}, {"Id": 2}, {}]}"#),
            ["$.value[1].Id: expected string, got number", "$.value[2].Id: missing"])
        XCTAssertEqual(try differences(#"{"value": []}"#, #"{"value": [1, "two", {"three": 3}]}"#), [])
    }

    func testSeveralElementsAreComparedInTurnTheLastOneServingBeyond() throws {
        XCTAssertEqual(
            try differences(#"[1, "s"]"#, #"[2, "t", "u", 3]"#), ["$[3]: expected string, got number"])
        XCTAssertEqual(try differences(#"[1, "s"]"#, #"[2]"#), [])
    }

    func testKeysThatAreNotIdentifiersAreBracketed() throws {
        XCTAssertEqual(
            try differences(#"{"@odata.context": "x", "it's": 1}"#, #"{"@odata.context": 1}"#),
            ["$['@odata.context']: expected string, got number", "$['it\\'s']: missing"])
    }

    func testTopLevelKindsAreCompared() throws {
        XCTAssertEqual(try differences("[]", "{}"), ["$: expected array, got object"])
    }
}

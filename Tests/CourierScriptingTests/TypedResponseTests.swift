import CourierModel
import CourierScripting
import XCTest

/// A response handed over as `ScriptResponse` fields reaches scripts exactly as the same response
/// given as JSON does.
final class TypedResponseTests: XCTestCase {
    private let script = """
        console.log(JSON.stringify(pm.response.toJSON()));
        console.log(pm.response.code, pm.response.status, pm.response.text(), pm.response.responseTime,
            pm.response.responseSize, pm.response.headers.get('X-Quote'), pm.response.json().name);
        pm.test('status', () => pm.response.to.have.status(201));
        """

    private let typed = ScriptResponse(
        id: "s1", code: 201, status: "Created",
        headers: [
            .init(name: "Content-Type", value: "application/json"),
            .init(name: "X-Quote", value: "say \"hi\"\\ \u{1}\t é"),
        ],
        body: "{\"name\": \"courier ✓ é 🚀\"}", responseTime: 12, responseSize: 45)

    func testTypedAndJSONResponsesLookTheSameToScripts() {
        let engine = ScriptEngine()
        var typedInput = ScriptInput(eventName: "test", request: .null, response: nil)
        typedInput.typedResponse = typed
        let jsonInput = ScriptInput(eventName: "test", request: .null, response: typed.jsonValue)
        let fromTyped = engine.run(script, input: typedInput)
        let fromJSON = engine.run(script, input: jsonInput)
        XCTAssertNil(fromTyped.error)
        XCTAssertEqual(fromTyped.console, fromJSON.console)
        XCTAssertEqual(fromTyped.console.count, 2)
        XCTAssertTrue(fromTyped.console.last?.message.contains("courier ✓ é 🚀") ?? false)
        XCTAssertEqual(fromTyped.assertions.map(\.passed), [true])
    }

    func testNonASCIITextReachesScriptsIntact() {
        let engine = ScriptEngine()
        let text = "a\u{0}b é ✓ 🚀 \u{10FFFF} z"
        var input = ScriptInput(eventName: "test", request: .null, response: nil)
        input.typedResponse = ScriptResponse(
            id: "s", code: 200, status: "OK", headers: [], body: text, responseTime: 0, responseSize: 0)
        let output = engine.run(
            "var t = pm.response.text();"
                + "pm.test(t.length + ' ' + t.codePointAt(8) + ' ' + encodeURIComponent(t), () => {});",
            input: input)
        XCTAssertNil(output.error)
        XCTAssertEqual(
            output.assertions.first?.name,
            "\(text.utf16.count) \(0x1F680) a%00b%20%C3%A9%20%E2%9C%93%20%F0%9F%9A%80%20%F4%8F%BF%BF%20z")
    }

    /// Header values cross as JSON strings: escapes, control characters and non-ASCII text before,
    /// inside and after runs of plain ASCII arrive unchanged.
    func testHeaderValuesSurviveTheInputJSON() {
        let values = [
            "", "plain", "exactly8", "sixteen bytes!!!", "\"6b0bf585-18b\"", "a\\b", "line\nbreak\r\ttab",
            "\u{1}\u{1F}\u{7F}", "0123456789abcdef\"", "é", "0123456789 é ✓ 🚀 \u{10FFFF} end", "\u{0}",
            String(repeating: "x", count: 37) + "\"" + String(repeating: "y", count: 9) + "\\",
        ]
        var input = ScriptInput(eventName: "test", request: .null, response: nil)
        input.typedResponse = ScriptResponse(
            id: "s", code: 200, status: "OK",
            headers: values.enumerated().map { .init(name: "X-\($0.offset)", value: $0.element) }, body: "",
            responseTime: 0, responseSize: 0)
        let output = ScriptEngine().run(
            "pm.response.headers.each(h => pm.test(encodeURIComponent(h.value), () => {}));", input: input)
        let unreserved = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()")
        XCTAssertNil(output.error)
        XCTAssertEqual(
            output.assertions.map(\.name), values.map { $0.addingPercentEncoding(withAllowedCharacters: unreserved) })
    }

    func testResponseReadsTheTypedFieldsAsJSONUntilReplaced() {
        var input = ScriptInput(eventName: "test", request: .null, response: nil)
        input.typedResponse = typed
        XCTAssertEqual(input.response, typed.jsonValue)
        input.response = .null
        XCTAssertNil(input.typedResponse)
        XCTAssertEqual(input.response, .null)
    }

    func testScriptsSeeVariablesWithAndWithoutExtraFieldsUnchanged() {
        let engine = ScriptEngine()
        let input = ScriptInput(
            eventName: "test", request: .null, response: nil,
            environment: [
                Variable(key: "plain", value: "a\"b"),
                Variable(key: "typed", value: .number(JSONNumber(3)), type: "number"),
                Variable(key: "off", value: "x", disabled: true),
                Variable(key: "extra", value: "y", extra: ["description": "kept"]),
            ])
        let output = engine.run(
            "var e = pm.environment;"
                + "console.log(e.get('plain'), e.get('typed'), e.has('off'), e.get('extra'))",
            input: input)
        XCTAssertNil(output.error)
        XCTAssertEqual(output.console.first?.message, "'a\"b', 3, false, 'y'")
    }
}

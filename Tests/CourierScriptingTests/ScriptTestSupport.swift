import CourierModel
import CourierScripting
import XCTest

/// Builds script inputs from small JSON snippets and runs them.
enum ScriptFixture {
    /// Parses JSON written in a test (fails the test on a typo).
    static func json(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> JSONValue {
        do {
            return try JSONParser.parse(text)
        } catch {
            XCTFail("bad JSON in test: \(error)", file: file, line: line)
            return .null
        }
    }

    /// Variables from a JSON array of `{key, value, ...}` objects.
    static func variables(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Variable] {
        (json(text, file: file, line: line).arrayValue ?? []).map { item in
            Variable(
                key: item["key"]?.stringValue ?? "", value: item["value"], type: item["type"]?.stringValue,
                disabled: item["disabled"]?.boolValue ?? false)
        }
    }

    static let request = """
        {"id": "r1", "name": "Get thing", "method": "GET", "url": "https://example.com/api/things?a=1&b=2",
         "header": [{"key": "Accept", "value": "application/json"}, {"key": "X-Trace", "value": "abc"}],
         "body": null, "auth": null}
        """

    static let response = """
        {"id": "s1", "code": 200, "status": "OK",
         "header": [{"key": "Content-Type", "value": "application/json; charset=utf-8"}, {"key": "X-Count", "value": "7"}],
         "body": "{\\"name\\": \\"courier\\", \\"items\\": [1, 2, 3]}", "responseTime": 12, "responseSize": 45}
        """

    /// A test-script input with the standard request and response.
    static func testInput(response: String = response, request: String = request) -> ScriptInput {
        ScriptInput(
            eventName: "test", request: json(request), response: json(response), iteration: 0,
            iterationCount: 1,
            itemName: "Get thing", itemID: "r1", location: ["Folder", "Get thing"])
    }

    /// A pre-request input with the standard request.
    static func prerequestInput(request: String = request) -> ScriptInput {
        ScriptInput(
            eventName: "prerequest", request: json(request), response: nil, itemName: "Get thing",
            itemID: "r1")
    }
}

extension XCTestCase {
    /// Fails unless the script ran without an uncaught error.
    func assertNoError(_ output: ScriptOutput, file: StaticString = #filePath, line: UInt = #line) {
        if let error = output.error {
            XCTFail("script error \(error.name): \(error.message)", file: file, line: line)
        }
    }

    /// Fails unless every assertion passed, and returns their names.
    @discardableResult
    func passedNames(_ output: ScriptOutput, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        assertNoError(output, file: file, line: line)
        for assertion in output.assertions where !assertion.passed {
            XCTFail("\(assertion.name) failed: \(assertion.error?.message ?? "")", file: file, line: line)
        }
        return output.assertions.map(\.name)
    }
}

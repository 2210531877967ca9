import CourierModel
import CourierRunner
import XCTest

final class VariableResolutionTests: RunnerTestCase {
    func testScopePrecedenceInURLHeadersAndBody() throws {
        let collection = try collection(
            single(
                """
                {"method": "POST", "url": "{{base}}/post?a={{a}}&b={{b}}&c={{c}}&d={{d}}",
                 "header": [{"key": "X-A", "value": "{{a}}"}, {"key": "X-Off", "value": "x", "disabled": true}],
                 "body": {"mode": "raw", "raw": "{\\"b\\": \\"{{b}}\\", \\"unknown\\": \\"{{nope}}\\"}", "options": {"raw": {"language": "json"}}}}
                """,
                extra: #", "variable": [{"key": "a", "value": "collection"}, {"key": "b", "value": "collection"}, {"key": "c", "value": "collection"}, {"key": "d", "value": "collection"}]"#
            ))
        let summary = try run(collection) { options in
            options.globals = VariableFile(id: "g", name: "g", variables: [Variable(key: "a", value: "global"), Variable(key: "e", value: "global")], json: .null)
            options.environment = VariableFile(id: "e", name: "env", variables: [Variable(key: "a", value: "env"), Variable(key: "b", value: "env")], json: .null)
            options.iterationData = [["a": "data"]]
        }
        let body = try echo(summary.executions[0])
        XCTAssertEqual(body["args"]?["a"], "data")
        XCTAssertEqual(body["args"]?["b"], "env")
        XCTAssertEqual(body["args"]?["c"], "collection")
        XCTAssertEqual(body["headers"]?["x-a"], "data")
        XCTAssertNil(body["headers"]?["x-off"])
        XCTAssertEqual(body["json"]?["b"], "env")
        XCTAssertEqual(body["json"]?["unknown"], "{{nope}}", "unknown variables stay literal")
        XCTAssertEqual(body["headers"]?["content-type"], "application/json")
    }

    func testDisabledVariablesDoNotResolveAndLastDuplicateWins() throws {
        let collection = try collection(single(#""{{base}}/get?x={{x}}&y={{y}}""#))
        let summary = try run(collection) { options in
            options.environment = VariableFile(
                id: "e", name: "env",
                variables: [
                    Variable(key: "x", value: "first"), Variable(key: "x", value: "second"),
                    Variable(key: "y", value: "on"), Variable(key: "y", value: "off", disabled: true),
                ], json: .null)
        }
        let args = try echo(summary.executions[0])["args"]
        XCTAssertEqual(args?["x"], "second")
        XCTAssertEqual(args?["y"], "on")
    }

    func testPathVariablesAndNestedNames() throws {
        let collection = try collection(
            single(
                """
                {"method": "GET", "url": {"raw": "{{base}}/:kind", "host": ["{{base}}"], "path": [":kind"],
                 "query": [{"key": "v", "value": "{{url_{{env}}}}"}],
                 "variable": [{"key": "kind", "value": "{{route}}"}]}}
                """,
                extra: #", "variable": [{"key": "route", "value": "get"}, {"key": "env", "value": "prod"}, {"key": "url_prod", "value": "p r o d"}]"#
            ))
        let summary = try run(collection)
        let execution = summary.executions[0]
        XCTAssertEqual(execution.request?.url, "\(server.baseURL)/get?v=p%20r%20o%20d")
        XCTAssertEqual(try echo(execution)["args"]?["v"], "p r o d")
    }

    func testDataFileRowsAreReusedPastTheEnd() throws {
        let collection = try collection(single(#""{{base}}/get?n={{n}}""#))
        let summary = try run(collection) { options in
            options.iterationData = [["n": 1], ["n": 2]]
            options.iterationCount = 3
        }
        XCTAssertEqual(summary.executions.count, 3)
        let values = try summary.executions.map { try echo($0)["args"]?["n"] }
        XCTAssertEqual(values, ["1", "2", "2"])
        XCTAssertEqual(summary.stats.iterations.total, 3)
    }

    func testDynamicVariablesAreFreshPerOccurrence() throws {
        let collection = try collection(single(#""{{base}}/get?a={{$guid}}&b={{$guid}}&t={{$timestamp}}""#))
        let args = try echo(try run(collection).executions[0])["args"]
        let a = try XCTUnwrap(args?["a"]?.stringValue)
        XCTAssertEqual(a.count, 36)
        XCTAssertNotEqual(args?["a"], args?["b"])
        XCTAssertNotNil(Int(args?["t"]?.stringValue ?? ""))
    }
}

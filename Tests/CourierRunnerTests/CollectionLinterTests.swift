import CourierModel
import CourierRunner
import XCTest

/// `courier validate`'s checks, on collections written in the tests.
final class CollectionLinterTests: XCTestCase {
    private func lint(
        _ json: String, environment: [String: String] = [:], data: [[String: String]]? = nil
    ) throws -> [String] {
        var options = RunOptions(
            collection: try CollectionDecoder.decode(try JSONParser.parse(json)), workingDirectory: "/")
        if !environment.isEmpty {
            options.environment = VariableFile(
                id: "e", name: "env",
                variables: environment.sorted { $0.key < $1.key }.map {
                    Variable(key: $0.key, value: .string($0.value))
                },
                json: .null)
        }
        options.iterationData = data?.map { row in
            JSONObject(row.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
        }
        return CollectionLinter.lint(options).map(\.rendered)
    }

    private func collection(items: String, extra: String = "") -> String {
        """
        {"info": {"name": "lint", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}\(extra),
         "item": [\(items)]}
        """
    }

    func testUndefinedVariablesAreReportedByPartOnceEach() throws {
        let items = """
            {"name": "Folder", "item": [{"name": "Get", "request": {"method": "POST",
              "url": {"raw": "{{host}}/a/{{id}}?q={{q}}", "host": ["{{host}}"], "path": ["a", "{{id}}"]},
              "header": [{"key": "X-A", "value": "{{token}}"}, {"key": "X-Off", "value": "{{off}}", "disabled": true}],
              "body": {"mode": "raw", "raw": "{\\"a\\": \\"{{row}}\\", \\"t\\": \\"{{$timestamp}}\\", \\"u\\": \\"{{$nope}}\\"}",
                       "urlencoded": [{"key": "k", "value": "{{inactiveMode}}"}]},
              "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{bearer}}"}], "basic": [{"key": "username", "value": "{{inactiveAuth}}"}]},
              "description": "uses {{described}}"}}]}
            """
        let json = collection(
            items: items,
            extra:
                #", "variable": [{"key": "host", "value": "http://x"}, {"key": "id", "value": "1", "disabled": true}]"#
        )
        XCTAssertEqual(
            try lint(json, environment: ["q": "1"], data: [["row": "r"]]),
            [
                "Folder / Get: error: undefined variable {{id}} in url",
                "Folder / Get: error: undefined variable {{token}} in header",
                "Folder / Get: warning: unknown dynamic variable {{$nope}} in body",
                "Folder / Get: error: undefined variable {{bearer}} in auth",
            ])
    }

    func testNamesSetByAnyScriptCountAsDefined() throws {
        let items = """
            {"name": "Login", "request": "http://x/login",
             "event": [{"listen": "test", "script": {"exec": ["pm.environment.set('token', 1); pm.collectionVariables.set(\\"id\\", 2);", "postman.setGlobalVariable(`g`, 3); pm.variables.set(name, 4);"]}}]},
            {"name": "Use", "request": "http://x/{{id}}/{{g}}?t={{token}}&n={{name}}"}
            """
        XCTAssertEqual(try lint(collection(items: items)), ["Use: error: undefined variable {{name}} in url"])
    }

    func testUnsupportedAuthSyntaxErrorsAndBadNextRequestTargets() throws {
        let items = """
            {"name": "F", "auth": {"type": "akamai"}, "item": [
              {"name": "A", "request": {"url": "http://x", "auth": {"type": "kerberos"}},
               "event": [{"listen": "prerequest", "script": {"exec": ["const a = 1;", "if (a {", "}"]}},
                         {"listen": "test", "script": {"exec": ["postman.setNextRequest('B');", "pm.execution.setNextRequest(\\"Nowhere\\");", "postman.setNextRequest(null);"]}}]},
              {"name": "B", "request": "http://x/b"}]}
            """
        let found = try lint(collection(items: items, extra: #", "auth": {"type": "basic"}"#))
        XCTAssertEqual(found.count, 4, "\(found)")
        XCTAssertEqual(found[0], #"F: error: unsupported auth type "akamai""#)
        XCTAssertEqual(found[1], #"F / A: error: unsupported auth type "kerberos""#)
        XCTAssertTrue(
            found[2].hasPrefix("F / A: error: syntax error in pre-request script, line 2: "), found[2])
        XCTAssertEqual(found[3], #"F / A: error: setNextRequest("Nowhere") in test script names no request"#)
    }

    func testCollectionAndFolderAuthVariablesAreChecked() throws {
        let items = """
            {"name": "F", "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{folderToken}}"}]},
             "item": [{"name": "A", "request": "http://x"}]}
            """
        let auth =
            #", "auth": {"type": "basic", "basic": [{"key": "username", "value": "{{user}}"}, {"key": "password", "value": "{{pass}}"}]}"#
        XCTAssertEqual(
            try lint(collection(items: items, extra: auth), environment: ["user": "u"]),
            [
                "collection: error: undefined variable {{pass}} in auth",
                "F: error: undefined variable {{folderToken}} in auth",
            ])
    }

    func testDuplicateNamesInOneFolderAreWarnings() throws {
        let items = """
            {"name": "Get", "request": "http://x/1"}, {"name": "Get", "request": "http://x/2"},
            {"name": "F", "item": [{"name": "Get", "request": "http://x/3"}]}
            """
        XCTAssertEqual(try lint(collection(items: items)), [#"collection: warning: 2 items are named "Get""#])
    }

    func testACleanCollectionHasNoFindings() throws {
        let items =
            #"{"name": "Get", "request": "{{base}}/get", "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', () => {});"]}}]}"#
        XCTAssertEqual(try lint(collection(items: items), environment: ["base": "http://x"]), [])
    }
}

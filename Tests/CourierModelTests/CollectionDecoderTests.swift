import CourierModel
import XCTest

final class CollectionDecoderTests: XCTestCase {
    private func decode(_ text: String) throws -> Collection {
        try CollectionDecoder.decode(try JSONParser.parse(text))
    }

    func testV21AndV20AuthShapesLoadAlike() throws {
        let v21 = try decode(#"{"info": {"name": "a"}, "auth": {"type": "basic", "basic": [{"key": "username", "value": "u"}, {"key": "password", "value": "p"}]}, "item": []}"#)
        let v20 = try decode(#"{"info": {"name": "a"}, "auth": {"type": "basic", "basic": {"username": "u", "password": "p"}}, "item": []}"#)
        XCTAssertEqual(v21.auth, v20.auth)
        XCTAssertEqual(v21.auth?.string("username"), "u")
    }

    func testFoldersRequestsAndDefaults() throws {
        let collection = try decode(
            """
            {"info": {"name": "c", "_postman_id": "id-1"}, "item": [
              {"name": "F", "item": [{"name": "r", "request": {"method": "post", "url": {"raw": "ignored", "protocol": "https", "host": ["api", "example", "com"], "path": ["v1", ":id"], "query": [{"key": "q", "value": "1", "disabled": true}], "variable": [{"key": "id", "value": "7"}]}}}]},
              {"name": "bare", "request": "http://x/y"}
            ], "event": {"listen": "test", "script": {"exec": ["a", "b"]}}}
            """)
        XCTAssertEqual(collection.id, "id-1")
        guard case .folder(let folder) = collection.items[0], case .request(let request) = folder.items[0] else {
            return XCTFail("expected a folder holding a request")
        }
        XCTAssertEqual(request.request.method, "POST")
        XCTAssertEqual(request.request.url.toString(), "https://api.example.com/v1/:id")
        XCTAssertEqual(request.request.url.toString(includeDisabledQuery: true), "https://api.example.com/v1/:id?q=1")
        XCTAssertEqual(request.request.url.pathVariables.first?.value, "7")
        guard case .request(let bare) = collection.items[1] else { return XCTFail("expected a request") }
        XCTAssertEqual(bare.request.method, "GET")
        XCTAssertEqual(collection.events, [Event(listen: "test", script: "a\nb")], "a single event object counts")
    }

    func testShapeErrorsNameThePath() {
        XCTAssertThrowsError(try decode(#"{"info": {"name": "c"}, "item": [{"name": "r", "request": {"url": "x", "header": [{"key": 1, "value": []}]}}]}"#)) { error in
            XCTAssertEqual("\(error)", "$.item[0].request.header[0].value: expected a string, found an array")
        }
        XCTAssertThrowsError(try decode(#"{"info": {"name": "c"}}"#)) { error in
            XCTAssertEqual("\(error)", #"$: expected an "item" array (the collection's requests and folders)"#)
        }
        XCTAssertThrowsError(try decode(#"{"info": {"name": "c"}, "item": [{"name": "neither"}]}"#)) { error in
            XCTAssertEqual("\(error)", #"$.item[0]: expected a folder (with "item") or a request item (with "request")"#)
        }
        XCTAssertEqual(try decode(#"{"name": "old", "order": [], "requests": []}"#).warnings.count, 1, "v1 is converted with a warning")
    }

    func testURLStringParsing() {
        let url = RequestURL.parse("  https://user:pa:ss@{{host}}:8080/a/b?x=1&y&=z#frag")
        XCTAssertEqual(url.scheme, "https")
        XCTAssertEqual(url.user, "user")
        XCTAssertEqual(url.password, "pa:ss")
        XCTAssertEqual(url.host, ["{{host}}"])
        XCTAssertEqual(url.port, "8080")
        XCTAssertEqual(url.path, ["a", "b"])
        XCTAssertEqual(url.query, [QueryParam(key: "x", value: "1"), QueryParam(key: "y", value: nil), QueryParam(key: "", value: "z")])
        XCTAssertEqual(url.hash, "frag")
        XCTAssertEqual(RequestURL.parse("{{base}}/get").host, ["{{base}}"])
        XCTAssertEqual(RequestURL.parse("localhost:4041/x").port, "4041")
    }

    func testURLObjectEdgeCasesMatchPostmanCollection() throws {
        let collection = try decode(
            """
            {"info": {"name": "c"}, "item": [
              {"name": "a", "request": {"url": {"protocol": "https", "host": ["httpbin", "org"], "path": ["", "get"]}}},
              {"name": "b", "request": {"url": {"raw": "x", "host": ["h"], "path": ["get"], "query": [{"key": "b#a&r", "value": null}, {"key": "q", "value": "%23{{foo&bar}}"}]}}}
            ]}
            """)
        guard case .request(let a) = collection.items[0], case .request(let b) = collection.items[1] else { return XCTFail() }
        XCTAssertEqual(a.request.url.toString(), "https://httpbin.org/get", "a leading empty path segment is dropped")
        XCTAssertEqual(b.request.url.toString(), "h/get?b%23a%26r&q=%23{{foo&bar}}", "delimiters escaped outside variables")
        XCTAssertEqual(RequestURL.parse("https://x/get?").toString(), "https://x/get?", "a bare ? is kept")
    }

    func testEnvironmentFileShapes() throws {
        let wrapped = try VariableFileDecoder.decode(try JSONParser.parse(#"{"environment": {"name": "e", "values": [{"key": "a", "value": "1", "enabled": false}]}}"#))
        XCTAssertEqual(wrapped.name, "e")
        XCTAssertEqual(wrapped.variables.first?.disabled, false, "only `disabled` disables, as in newman")
        let bare = try VariableFileDecoder.decode(try JSONParser.parse(#"[{"key": "g", "value": 2}]"#))
        XCTAssertEqual(bare.variables.first?.value, 2)
    }
}

final class CollectionV1ConverterTests: XCTestCase {
    func testFoldersComeBeforeRequestsAtEveryLevel() throws {
        let v1 = """
            {"id": "c", "name": "old", "order": ["r0"], "folders_order": ["f1"],
             "folders": [{"id": "f1", "name": "F1", "order": ["r1"], "folders_order": ["f2"]}, {"id": "f2", "name": "F2", "order": ["r2"]}],
             "requests": [
               {"id": "r0", "name": "root", "method": "POST", "url": "http://x/0", "headers": "A: 1\\nB: 2", "dataMode": "raw", "rawModeData": "hi", "tests": "tests['t'] = true;"},
               {"id": "r1", "name": "in F1", "method": "GET", "url": "http://x/1"},
               {"id": "r2", "name": "in F2", "method": "GET", "url": "http://x/2", "preRequestScript": "var a = 1;"}
             ]}
            """
        let collection = try CollectionDecoder.decode(try JSONParser.parse(v1))
        func names(_ items: [Item]) -> [String] {
            items.flatMap { item -> [String] in
                if case .folder(let folder) = item { return [folder.name + "/"] + names(folder.items) }
                return [item.name]
            }
        }
        XCTAssertEqual(names(collection.items), ["F1/", "F2/", "in F2", "in F1", "root"])
        guard case .request(let root) = collection.items.last else { return XCTFail("expected the root request last") }
        XCTAssertEqual(root.request.headers, [KeyValue(key: "A", value: "1"), KeyValue(key: "B", value: "2")])
        XCTAssertEqual(root.request.body?.raw, "hi")
        XCTAssertEqual(root.events, [Event(listen: "test", script: "tests['t'] = true;")])
    }
}

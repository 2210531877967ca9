import Foundation
import XCTest

final class EchoRouteTests: ServerTestCase {
    func testGetEchoesArgsHeadersAndUrl() throws {
        let result = try curl(["-i", "-H", "X-Mixed-Case: Value", url("/get?a=1&a=2&b&c=%20x+y&&")])
        XCTAssertTrue(result.output.contains("Content-Type: application/json; charset=utf-8\r\n"))
        let body = try jsonObject(String(result.output[result.output.range(of: "\r\n\r\n")!.upperBound...]))
        let args = try XCTUnwrap(body["args"] as? [String: Any])
        XCTAssertEqual(args["a"] as? [String], ["1", "2"])
        XCTAssertEqual(args["b"] as? String, "")
        XCTAssertEqual(args["c"] as? String, " x y")
        let headers = try XCTUnwrap(body["headers"] as? [String: String])
        XCTAssertEqual(headers["x-mixed-case"], "Value")
        XCTAssertEqual(headers["host"], "127.0.0.1:\(server.port)")
        XCTAssertEqual(body["url"] as? String, url("/get?a=1&a=2&b&c=%20x+y&&"))
    }

    func testUrlKeepsTheTargetByteForByteAndDropsDefaultPort() throws {
        let client = try RawClient(port: server.port)
        client.send("GET /get?foo=bar&&&%23%26??? HTTP/1.1\r\nHost: postman-echo.com:80\r\n\r\n")
        let body = try jsonObject(try client.readResponse().text)
        XCTAssertEqual(body["url"] as? String, "http://postman-echo.com/get?foo=bar&&&%23%26???")
        XCTAssertEqual((body["args"] as? [String: Any])?["foo"] as? String, "bar")
    }

    func testPostMultipartPutsTextInFormAndFilesByFileName() throws {
        let dir = NSTemporaryDirectory() + "courier-ts-\(server.port)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "{\"some\": \"json-string\"}\n".write(
            toFile: dir + "/test.json", atomically: true, encoding: .utf8)
        let result = try curl([
            "-F", "name=steph", "-F", "name=again", "-F", "upload=@\(dir)/test.json;type=application/json",
            url("/post"),
        ])
        let body = try jsonObject(result.output)
        XCTAssertEqual(
            body["files"] as? [String: String],
            ["test.json": "data:application/octet-stream;base64,eyJzb21lIjogImpzb24tc3RyaW5nIn0K"])
        XCTAssertEqual((body["form"] as? [String: Any])?["name"] as? [String], ["steph", "again"])
        XCTAssertEqual(body["data"] as? String, "")
        for key in ["args", "data", "files", "form", "headers", "json", "url"] {
            XCTAssertNotNil(body[key], key)
        }
    }

    func testPostUrlEncodedFillsForm() throws {
        let result = try curl(["--data-binary", "hello=hello%5Ckworld&x=a+b", url("/post")])
        let form = try XCTUnwrap(try jsonObject(result.output)["form"] as? [String: String])
        XCTAssertEqual(form, ["hello": "hello\\kworld", "x": "a b"])
    }

    func testJSONBodyIsParsedIntoDataAndJson() throws {
        let result = try curl([
            "-X", "PATCH", "-H", "Content-Type: application/json", "--data-binary",
            "{\"some\": [1, \"two\", null]}",
            url("/patch"),
        ])
        let body = try jsonObject(result.output)
        let data = try XCTUnwrap(body["data"] as? [String: Any])
        XCTAssertEqual((data["some"] as? [Any])?.count, 3)
        XCTAssertNotNil(body["json"] as? [String: Any])
    }

    func testTextBodyIsEchoedAsString() throws {
        let text = String(repeating: "a", count: 256)
        let result = try curl([
            "-X", "DELETE", "-H", "Content-Type: text/plain", "--data-binary", text, url("/delete"),
        ])
        XCTAssertEqual(try jsonObject(result.output)["data"] as? String, text)
    }

    func testEmptyPostHasAllKeys() throws {
        let result = try curl(["-X", "POST", url("/post")])
        let body = try jsonObject(result.output)
        XCTAssertEqual(body["data"] as? String, "")
        XCTAssertTrue(body["json"] is NSNull)
    }

    func testHeadersRouteHasNoUrl() throws {
        let body = try jsonObject(try curl(["-H", "X-A: b", url("/headers")]).output)
        XCTAssertNil(body["url"])
        XCTAssertEqual((body["headers"] as? [String: String])?["x-a"], "b")
    }

    func testOptionsAndMethodMismatch() throws {
        XCTAssertEqual(
            try curl(["-X", "OPTIONS", "-o", "/dev/null", "-w", "%{http_code}", url("/get")]).output, "200")
        XCTAssertEqual(
            try curl(["-X", "POST", "-o", "/dev/null", "-w", "%{http_code}", url("/get")]).output, "405")
    }

    func testUnknownRouteIs404WithJSON() throws {
        let result = try curl(["-w", "\n%{http_code}", url("/nope")])
        let parts = result.output.components(separatedBy: "\n")
        XCTAssertEqual(parts.last, "404")
        XCTAssertNotNil(try jsonObject(parts[0])["error"])
    }

    func testEchoJsonAndBytes() throws {
        let echo = try jsonObject(
            try curl(["-X", "CUSTOM", "--data-binary", "payload", url("/echo?q=1")]).output)
        XCTAssertEqual(echo["method"] as? String, "CUSTOM")
        XCTAssertEqual(echo["path"] as? String, "/echo?q=1")
        XCTAssertEqual(echo["body"] as? String, "payload")
        XCTAssertNotNil(try jsonObject(try curl([url("/json")]).output)["name"])
        XCTAssertEqual(try curl([url("/bytes/1000")]).output.count, 1000)
    }
}

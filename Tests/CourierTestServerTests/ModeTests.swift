import CourierTestServer
import Foundation
import XCTest

final class ModeTests: XCTestCase {
    func testRawEchoAnswersWithTheExactRequestBytes() throws {
        let server = try TestServer.start(mode: .rawEcho)
        defer { server.stop() }
        let request =
            "POSTMAN / HTTP/1.1\r\nHost: 127.0.0.1:4041\r\nContent-Length: 16\r\n\r\n{ \"foo\": \"bar\" }"
        let client = try RawClient(port: server.port)
        client.send(request)
        let reply = String(decoding: client.readToEnd(), as: UTF8.self)
        XCTAssertTrue(
            reply.hasPrefix(
                "HTTP/1.1 200 ok\r\nconnection: close\r\ncontent-type: text/plain\r\nraw-request: \""))
        XCTAssertTrue(reply.contains("raw-request: \"POSTMAN / HTTP/1.1\\r\\nHost: 127.0.0.1:4041\\r\\n"))
        XCTAssertTrue(reply.hasSuffix("\r\n\r\n" + request))
    }

    func testRawEchoSendsNoBodyForHeadSlash() throws {
        let server = try TestServer.start(mode: .rawEcho)
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        client.send("HEAD / HTTP/1.1\r\nHost: x\r\nContent-Length: 13\r\n\r\nFormDataValue")
        let reply = String(decoding: client.readToEnd(), as: UTF8.self)
        XCTAssertTrue(reply.contains("FormDataValue\"\r\n\r\n"))
        XCTAssertTrue(reply.hasSuffix("\"\r\n\r\n"))
    }

    func testRedirectServerCountsDownAndEchoes() throws {
        let server = try TestServer.start(mode: .redirectServer)
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        client.send("GET /2 HTTP/1.1\r\nHost: x\r\n\r\n")
        let first = try client.readResponse()
        XCTAssertEqual(first.status, 302)
        XCTAssertEqual(first.header("Location"), "/1")
        client.send("GET /status/308 HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().header("Location"), "/")
        client.send(
            "PUT / HTTP/1.1\r\nHost: x\r\nReferer: http://localhost:4042/1\r\nContent-Length: 7\r\n\r\nPOSTMAN"
        )
        let echo = try client.readResponse()
        XCTAssertEqual(echo.header("Content-Type"), "application/json")
        let body = try jsonObject(echo.text)
        XCTAssertEqual(body["url"] as? String, "/")
        XCTAssertEqual(body["method"] as? String, "PUT")
        XCTAssertEqual(body["data"] as? String, "POSTMAN")
        XCTAssertEqual((body["headers"] as? [String: String])?["referer"], "http://localhost:4042/1")
    }
}

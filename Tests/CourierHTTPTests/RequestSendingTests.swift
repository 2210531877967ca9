import CourierHTTP
import Foundation
import XCTest

/// The request bytes: method, target, headers and body go out exactly as given.
final class RequestSendingTests: HTTPTestCase {
    func testCustomMethodIsSentAsGiven() throws {
        let seen = try echo("POSTMAN", body: Data("hi".utf8))
        XCTAssertEqual(seen.method, "POSTMAN")
        XCTAssertEqual(seen.bodyData, Data("hi".utf8))
    }

    func testHeadersGoOutInOrderAndCaseWithNothingAddedByCurl() throws {
        let seen = try echo(headers: [header("X-Zeta", "1"), header("x-alpha", "2"), header("X-Zeta", "3")])
        XCTAssertEqual(seen.headerNames, ["Host", "X-Zeta", "x-alpha", "X-Zeta"])
        XCTAssertEqual(seen.headers[3][1], "3")
        XCTAssertNil(seen.header("Accept"))
        XCTAssertNil(seen.header("User-Agent"))
        XCTAssertNil(seen.header("Accept-Encoding"))
    }

    func testCallerHostHeaderReplacesCurls() throws {
        // curl always writes Host right after the request line, wherever the caller put it.
        let seen = try echo(headers: [header("Accept", "*/*"), header("Host", "example.test")])
        XCTAssertEqual(seen.headerPairs.map(\.0), ["Host", "Accept"])
        XCTAssertEqual(seen.header("Host"), "example.test")
    }

    func testEmptyHeaderValueIsSentNotRemoved() throws {
        let seen = try echo(headers: [header("X-Empty", "")])
        XCTAssertEqual(seen.header("X-Empty"), "")
    }

    func testTargetIsSentWithoutReencodingOrDotSegmentRemoval() throws {
        let seen = try echo(path: "/echo/../echo/%7Bx%7D?a=%20b&c=d%2Fe")
        XCTAssertEqual(seen.path, "/echo/../echo/%7Bx%7D?a=%20b&c=d%2Fe")
    }

    func testLargeBinaryBodyIsSentIntactWithoutExpectContinue() throws {
        let body = Data((0..<(2 * 1024 * 1024)).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let seen = try echo("PUT", headers: [header("Content-Type", "application/octet-stream")], body: body)
        XCTAssertEqual(seen.bodyData, body)
        XCTAssertEqual(seen.header("Content-Length"), String(body.count))
        XCTAssertNil(seen.header("Expect"))
        XCTAssertEqual(seen.header("Content-Type"), "application/octet-stream")
    }

    func testBodyWithNulBytesIsBinarySafe() throws {
        let body = Data([0, 1, 0, 255, 0])
        XCTAssertEqual(try echo("POST", body: body).bodyData, body)
    }

    func testGetWithBodySendsTheBody() throws {
        let seen = try echo("GET", body: Data("payload".utf8))
        XCTAssertEqual(seen.method, "GET")
        XCTAssertEqual(seen.bodyData, Data("payload".utf8))
    }

    func testBodyWithoutContentTypeGetsNoDefaultContentType() throws {
        let seen = try echo("POST", body: Data("a=1".utf8))
        XCTAssertNil(seen.header("Content-Type"))
        XCTAssertEqual(seen.header("Content-Length"), "3")
    }

    func testPostWithoutBodySendsContentLengthZeroLikeNode() throws {
        let post = try echo("POST")
        XCTAssertEqual(post.header("Content-Length"), "0")
        let get = try echo("GET")
        XCTAssertNil(get.header("Content-Length"))
        let delete = try echo("DELETE")
        XCTAssertNil(delete.header("Content-Length"))
    }

    func testHeadReturnsWithoutWaitingForABody() throws {
        let response = try client.send(HTTPRequest(method: "HEAD", url: url("/echo")), options: .init())
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(response.body.isEmpty)
        XCTAssertNotNil(response.headers.first(named: "Content-Length"))
    }

    func testMethodsAfterOneAnotherOnTheSameClientDoNotLeak() throws {
        XCTAssertEqual(try echo("POST", body: Data("x".utf8)).method, "POST")
        let head = try client.send(HTTPRequest(method: "HEAD", url: url("/echo")), options: .init())
        XCTAssertTrue(head.body.isEmpty)
        let get = try echo("GET")
        XCTAssertEqual(get.method, "GET")
        XCTAssertTrue(get.bodyData.isEmpty)
        XCTAssertEqual(try echo("PATCH", body: Data("y".utf8)).bodyData, Data("y".utf8))
    }

    func testConnectionIsKeptAliveAcrossRequests() throws {
        let first = try client.send(HTTPRequest(url: url("/echo")), options: .init())
        let second = try client.send(HTTPRequest(method: "POST", url: url("/echo"), body: Data("b".utf8)))
        let third = try client.send(HTTPRequest(url: url("/echo")))
        XCTAssertEqual(first.newConnections, 1)
        XCTAssertEqual(second.newConnections, 0)
        XCTAssertEqual(third.newConnections, 0)
        let connections = try [first, second, third].map { try Echo.decode($0.body).connection }
        XCTAssertEqual(Set(connections).count, 1)
    }

    func testConnectToSendsToAnotherAddressWithTheURLsHost() throws {
        client = HTTPClient(
            options: ClientOptions(connectTo: ["api.example.test:80:127.0.0.1:\(server.port)"]))
        let response = try client.send(HTTPRequest(url: "http://api.example.test/echo"))
        XCTAssertEqual(try Echo.decode(response.body).header("Host"), "api.example.test")
        XCTAssertEqual(response.remoteAddress, "127.0.0.1")
    }
}

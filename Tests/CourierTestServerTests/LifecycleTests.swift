import CourierTestServer
import XCTest

final class LifecycleTests: XCTestCase {
    func testStartsOnAFreePortAndReportsBaseURL() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        XCTAssertNotEqual(server.port, 0)
        XCTAssertEqual(server.baseURL, "http://127.0.0.1:\(server.port)")
    }

    func testTwoServersGetDifferentPorts() throws {
        let a = try TestServer.start()
        let b = try TestServer.start()
        defer {
            a.stop()
            b.stop()
        }
        XCTAssertNotEqual(a.port, b.port)
    }

    func testStopClosesTheListenerEvenWithAnIdleKeepAliveConnection() throws {
        let server = try TestServer.start()
        let client = try RawClient(port: server.port)
        client.send("GET /get HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 200)
        server.stop()
        server.stop()  // a second stop is harmless
        XCTAssertTrue(client.isClosedByServer())
        XCTAssertThrowsError(try RawClient(port: server.port))
    }

    func testStopWaitsForAnInFlightRequest() throws {
        let server = try TestServer.start()
        let client = try RawClient(port: server.port)
        client.send("GET /delay/0.3 HTTP/1.1\r\nHost: x\r\n\r\n")
        // Make sure the request is being served before stopping.
        while server.receivedRequests.isEmpty { usleep(1_000) }
        server.stop()
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("Connection"), "close")
    }

    func testRecordsRequestsWithOrderedCasePreservedHeadersAndBody() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = try RawClient(port: server.port)
        client.send(
            "POST /post?x=1 HTTP/1.1\r\nHost: h\r\nX-Custom-Header: One\r\nx-lower: two\r\nContent-Length: 3\r\n\r\nabc"
        )
        _ = try client.readResponse()
        let recorded = try XCTUnwrap(server.receivedRequests.last)
        XCTAssertEqual(recorded.method, "POST")
        XCTAssertEqual(recorded.target, "/post?x=1")
        XCTAssertEqual(
            recorded.headers.map(\.name), ["Host", "X-Custom-Header", "x-lower", "Content-Length"])
        XCTAssertEqual(recorded.header("x-custom-header"), "One")
        XCTAssertEqual(recorded.bodyText, "abc")
        server.clearReceivedRequests()
        XCTAssertTrue(server.receivedRequests.isEmpty)
    }
}

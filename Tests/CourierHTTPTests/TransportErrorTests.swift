import CourierHTTP
import Foundation
import XCTest

/// Requests that get no response fail with newman-like messages.
final class TransportErrorTests: HTTPTestCase {
    func testTimeoutWhileWaitingForTheResponse() throws {
        XCTAssertThrowsError(
            try client.send(
                HTTPRequest(url: url("/slow?ms=3000")), options: TransferOptions(timeoutMilliseconds: 200))
        ) { error in
            XCTAssertEqual((error as? HTTPError)?.kind, .timeout)
            XCTAssertEqual((error as? HTTPError)?.message, "ESOCKETTIMEDOUT")
        }
    }

    func testConnectionRefusedNamesAddressAndPort() throws {
        let port = server.port
        server.stop()
        XCTAssertThrowsError(try client.send(HTTPRequest(url: "http://127.0.0.1:\(port)/"))) { error in
            XCTAssertEqual((error as? HTTPError)?.kind, .connectionRefused)
            XCTAssertEqual((error as? HTTPError)?.message, "connect ECONNREFUSED 127.0.0.1:\(port)")
        }
    }

    func testUnknownHostNamesTheHost() throws {
        XCTAssertThrowsError(
            try client.send(
                HTTPRequest(url: "http://nosuch.invalid/"),
                options: TransferOptions(timeoutMilliseconds: 5000))
        ) { error in
            XCTAssertEqual((error as? HTTPError)?.kind, .hostNotFound)
            XCTAssertEqual((error as? HTTPError)?.message, "getaddrinfo ENOTFOUND nosuch.invalid")
        }
    }

    func testClientStillWorksAfterAnError() throws {
        XCTAssertThrowsError(try client.send(HTTPRequest(url: "http://nosuch.invalid/")))
        XCTAssertEqual(try echo().method, "GET")
    }

    func testHeaderInjectionAndBadMethodsAreRejectedBeforeSending() {
        XCTAssertThrowsError(
            try client.send(HTTPRequest(url: url("/echo"), headers: [header("X-A", "1\r\nX-B: 2")]))
        ) { error in
            XCTAssertEqual((error as? HTTPError)?.kind, .invalidRequest)
        }
        XCTAssertThrowsError(try client.send(HTTPRequest(method: "GE T", url: url("/echo")))) { error in
            XCTAssertEqual((error as? HTTPError)?.kind, .invalidRequest)
        }
    }
}

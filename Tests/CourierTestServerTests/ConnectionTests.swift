import Foundation
import XCTest

/// A thread-safe counter for failures seen on worker threads.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}

final class ConnectionTests: ServerTestCase {
    func testManySequentialRequestsOnOneKeepAliveConnection() throws {
        let client = try RawClient(port: server.port)
        for i in 0..<1_000 {
            client.send("GET /get?i=\(i) HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try client.readResponse()
            XCTAssertEqual(response.status, 200)
            if i == 999 { XCTAssertTrue(response.text.contains("\"i\":\"999\"")) }
        }
        XCTAssertEqual(server.receivedRequests.count, 1_000)
    }

    func testConcurrentConnectionsAreServedIndependently() throws {
        let port = server.port
        let failures = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            do {
                let client = try RawClient(port: port)
                for i in 0..<50 {
                    client.send("GET /get?w=\(worker)&i=\(i) HTTP/1.1\r\nHost: x\r\n\r\n")
                    let response = try client.readResponse()
                    if response.status != 200 || !response.text.contains("\"w\":\"\(worker)\",\"i\":\"\(i)\"")
                    {
                        failures.increment()
                    }
                }
            } catch {
                failures.increment()
            }
        }
        XCTAssertEqual(failures.value, 0)
        XCTAssertEqual(server.receivedRequests.count, 400)
    }

    func testPipelinedRequestsAreAnsweredInOrder() throws {
        let client = try RawClient(port: server.port)
        client.send("GET /status/201 HTTP/1.1\r\nHost: x\r\n\r\nGET /status/202 HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 201)
        XCTAssertEqual(try client.readResponse().status, 202)
    }

    func testConnectionCloseIsHonoured() throws {
        let client = try RawClient(port: server.port)
        client.send("GET /get HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("Connection"), "close")
        XCTAssertTrue(client.isClosedByServer())
    }

    func testHTTP10ClosesByDefault() throws {
        let client = try RawClient(port: server.port)
        client.send("GET /get HTTP/1.0\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 200)
        XCTAssertTrue(client.isClosedByServer())
    }

    func testChunkedUploadIsDechunked() throws {
        let client = try RawClient(port: server.port)
        client.send(
            "POST /post HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: t\r\n\r\n")
        let response = try client.readResponse()
        XCTAssertEqual(try jsonObject(response.text)["data"] as? String, "hello world")
        XCTAssertEqual(server.receivedRequests.last?.bodyText, "hello world")
        // The connection is still usable afterwards.
        client.send("GET /status/204 HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 204)
    }

    func testChunkedUploadThroughCurl() throws {
        let result = try curl([
            "-H", "Transfer-Encoding: chunked", "-H", "Content-Type: text/plain", "--data-binary", "chunky",
            url("/post"),
        ])
        XCTAssertEqual(try jsonObject(result.output)["data"] as? String, "chunky")
    }

    func testExpectContinueIsAnswered() throws {
        let client = try RawClient(port: server.port)
        client.send("PUT /put HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 100)
        client.send("data")
        let response = try client.readResponse()
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(try jsonObject(response.text)["data"] as? String, "data")
    }

    func testLargeBodyWithCurlExpectContinue() throws {
        let body = String(repeating: "x", count: 200_000)
        let path = NSTemporaryDirectory() + "courier-testserver-body-\(server.port).txt"
        try body.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try curl(["-H", "Content-Type: text/plain", "--data-binary", "@" + path, url("/post")])
        XCTAssertEqual((try jsonObject(result.output)["data"] as? String)?.count, 200_000)
    }

    func testGarbageGets400AndTheServerKeepsWorking() throws {
        for garbage in [
            "garbage\r\n\r\n", "GET /get HTTP/1.1\r\nno colon here\r\n\r\n", "GET / HTTP/9.9\r\n\r\n",
            "\u{1}\u{2}\u{3}\r\n\r\n", "POST /post HTTP/1.1\r\nContent-Length: nope\r\n\r\n",
        ] {
            let client = try RawClient(port: server.port)
            client.send(garbage)
            XCTAssertEqual(try client.readResponse().status, 400, garbage)
            XCTAssertTrue(client.isClosedByServer())
        }
        let client = try RawClient(port: server.port)
        client.send("POST /post HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
        XCTAssertEqual(try client.readResponse().status, 400)
        XCTAssertEqual(try curl(["-o", "/dev/null", "-w", "%{http_code}", url("/get")]).output, "200")
    }

    func testClientVanishingMidRequestDoesNotCrash() throws {
        do {
            let client = try RawClient(port: server.port)
            client.send("POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nshort")
        }
        do {
            let client = try RawClient(port: server.port)
            client.send("GET /bytes/5000000 HTTP/1.1\r\nHost: x\r\n\r\n")
        }
        XCTAssertEqual(try curl(["-o", "/dev/null", "-w", "%{http_code}", url("/get")]).output, "200")
    }

    func testHeadSendsContentLengthButNoBody() throws {
        let client = try RawClient(port: server.port)
        client.send("GET /get HTTP/1.1\r\nHost: x\r\n\r\n")
        let get = try client.readResponse()
        client.send("HEAD /get HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try client.readResponse(head: true)
        XCTAssertEqual(head.status, 200)
        XCTAssertEqual(head.header("Content-Length"), String(get.body.count))
        // If HEAD had sent a body, this next response would be garbled.
        client.send("GET /status/201 HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(try client.readResponse().status, 201)
    }
}

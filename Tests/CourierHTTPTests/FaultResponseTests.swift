import CourierHTTP
import CourierTestServer
import Foundation
import XCTest

/// Broken servers (the test server's `/fault/...` routes) give named errors, and the client
/// keeps working for the next request.
final class FaultResponseTests: XCTestCase {
    private var server: TestServer!
    private var client: HTTPClient!

    override func setUpWithError() throws {
        server = try TestServer.start()
        client = HTTPClient()
    }

    override func tearDown() {
        client = nil
        server?.stop()
        server = nil
    }

    /// The error of a GET of `path`, after which a plain GET on the same client still works.
    private func failure(
        _ path: String, options: TransferOptions = .init(), file: StaticString = #filePath, line: UInt = #line
    ) -> HTTPError? {
        var caught: HTTPError?
        do {
            let response = try client.send(HTTPRequest(url: server.baseURL + path), options: options)
            XCTFail("expected an error, got status \(response.status)", file: file, line: line)
        } catch {
            caught = error
        }
        do {
            let next = try client.send(HTTPRequest(url: server.baseURL + "/get"))
            XCTAssertEqual(next.status, 200, "the next request", file: file, line: line)
        } catch {
            XCTFail("the next request failed: \(error)", file: file, line: line)
        }
        return caught
    }

    func testResetBeforeAnyResponseIsECONNRESET() {
        let error = failure("/fault/reset-before")
        XCTAssertEqual(error?.message, "read ECONNRESET")
        XCTAssertEqual(error?.kind, .malformedResponse)
    }

    func testCloseWithoutAResponseIsASocketHangUp() {
        XCTAssertEqual(failure("/fault/close-before")?.message, "socket hang up")
    }

    func testResetDuringTheBodyIsECONNRESET() {
        XCTAssertEqual(failure("/fault/reset-during-body")?.message, "read ECONNRESET")
    }

    func testMalformedStatusLineIsAParseError() {
        XCTAssertEqual(failure("/fault/bad-status-line")?.message, "Parse Error: Invalid status line")
    }

    func testBadChunkSizeIsAParseError() {
        XCTAssertEqual(failure("/fault/bad-chunked")?.message, "Parse Error: Invalid character in chunk size")
    }

    func testGzipHeaderOnGarbageFailsAsNodeSays() {
        XCTAssertEqual(failure("/fault/bad-gzip")?.message, "incorrect header check")
    }

    func testRedirectLoopStopsAtMaxRedirects() {
        let error = failure("/fault/redirect-loop", options: TransferOptions(maxRedirects: 3))
        XCTAssertEqual(error?.kind, .tooManyRedirects)
        XCTAssertEqual(
            error?.message,
            "Exceeded maxRedirects. Probably stuck in a redirect loop \(server.baseURL)/fault/redirect-loop")
    }

    func testHangEndsWithTheRequestTimeout() {
        let error = failure("/fault/hang", options: TransferOptions(timeoutMilliseconds: 200))
        XCTAssertEqual(error?.kind, .timeout)
        XCTAssertEqual(error?.message, "ESOCKETTIMEDOUT")
    }

    func testHangOnAReusedConnectionIsStillASocketTimeout() throws {
        _ = try client.send(HTTPRequest(url: server.baseURL + "/get"))
        XCTAssertEqual(
            failure("/fault/hang", options: TransferOptions(timeoutMilliseconds: 200))?.message,
            "ESOCKETTIMEDOUT")
    }

    func testHangDoesNotBlockOtherConnections() throws {
        let hangURL = server.baseURL + "/fault/hang"
        let hanging = Thread {
            _ = try? HTTPClient().send(
                HTTPRequest(url: hangURL), options: TransferOptions(timeoutMilliseconds: 3000))
        }
        hanging.start()
        for _ in 0..<3 {
            XCTAssertEqual(try client.send(HTTPRequest(url: server.baseURL + "/get")).status, 200)
        }
    }

    func testDripDeliversEveryByte() throws {
        let response = try client.send(HTTPRequest(url: server.baseURL + "/fault/drip?bytes=5&delay=10"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), ".....")
    }

    func testBodyBeyondTheLimitFailsWithTheLimitInTheMessage() {
        let limit = TransferOptions(maxResponseSize: 1_048_576)
        for path in ["/fault/big?mb=5", "/fault/big?mb=5&chunked=1"] {
            let error = failure(path, options: limit)
            XCTAssertEqual(error?.kind, .responseTooLarge, path)
            XCTAssertEqual(
                error?.message, "response body larger than --max-response-size (1048576 bytes)", path)
        }
    }

    func testBodyUnderTheLimitArrivesWhole() throws {
        let response = try client.send(
            HTTPRequest(url: server.baseURL + "/fault/big?mb=2&chunked=1"),
            options: TransferOptions(maxResponseSize: 3_000_000))
        XCTAssertEqual(response.body.count, 2 * 1_048_576)
    }

    func testPlainHTTPWhereTLSIsExpectedFailsTheHandshake() throws {
        let listener = try NotTLSListener.start()
        defer { listener.stop() }
        do {
            _ = try client.send(
                HTTPRequest(url: listener.baseURL + "/get"),
                options: TransferOptions(timeoutMilliseconds: 5000))
            XCTFail("expected a TLS error")
        } catch {
            XCTAssertEqual(error.kind, .tls)
            XCTAssertTrue(error.message.hasPrefix("write EPROTO"), error.message)
        }
    }

    func testCancellationAbortsAHangingTransfer() {
        let cancellation = TransferCancellation()
        client.watch(cancellation)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancellation.cancel() }
        do {
            _ = try client.send(HTTPRequest(url: server.baseURL + "/fault/hang"))
            XCTFail("expected an interruption")
        } catch {
            XCTAssertEqual(error.kind, .interrupted)
            XCTAssertEqual(error.message, "request aborted: the run was interrupted")
        }
    }
}

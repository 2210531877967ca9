import CourierHTTP
import Foundation
import XCTest

/// What comes back: status, reason, headers, decoded body, sizes and timings.
final class ResponseTests: HTTPTestCase {
    func testResponseHeadersKeepOrderCaseAndRepeats() throws {
        let response = try client.send(HTTPRequest(url: url("/response-headers")))
        let names = response.headers.map(\.name).filter { !["Server", "Date"].contains($0) }
        XCTAssertEqual(
            names, ["X-Zeta", "x-alpha", "Set-Cookie", "Set-Cookie", "X-MiXeD-Case", "Content-Length"])
        XCTAssertEqual(response.headers.filter { $0.name == "Set-Cookie" }.map(\.value), ["a=1", "b=2"])
        XCTAssertEqual(response.httpVersion, "1.1")
        XCTAssertEqual(response.body, Data("hi".utf8))
        XCTAssertEqual(response.bodyBytes, 2)
        XCTAssertGreaterThan(response.headerBytes, 0)
    }

    func testReasonPhraseComesFromTheStatusLineOrTheStandardTable() throws {
        let notFound = try client.send(HTTPRequest(url: url("/status/404")))
        XCTAssertEqual(notFound.status, 404)
        XCTAssertEqual(notFound.reason, "Not Found")
        let bare = try client.send(HTTPRequest(url: url("/status/201?noreason=1")))
        XCTAssertEqual(bare.status, 201)
        XCTAssertEqual(bare.reason, "Created")
    }

    func testGzipAndDeflateBodiesAreDecodedAndAcceptEncodingIsSentAsGiven() throws {
        let acceptEncoding = [header("Accept-Encoding", "gzip, deflate, br")]
        let gzip = try client.send(HTTPRequest(url: url("/gzip"), headers: acceptEncoding))
        XCTAssertEqual(String(decoding: gzip.body, as: UTF8.self), #"{"gzipped": true}"#)
        XCTAssertEqual(gzip.headers.first(named: "Content-Encoding"), "gzip")
        let deflate = try client.send(HTTPRequest(url: url("/deflate"), headers: acceptEncoding))
        XCTAssertEqual(String(decoding: deflate.body, as: UTF8.self), #"{"deflated": true}"#)
        XCTAssertEqual(try echo(headers: acceptEncoding).header("Accept-Encoding"), "gzip, deflate, br")
    }

    func testBodyIsLeftEncodedWhenDecodingIsOff() throws {
        let response = try client.send(
            HTTPRequest(url: url("/gzip"), headers: [header("Accept-Encoding", "gzip")]),
            options: TransferOptions(decodeContent: false))
        XCTAssertEqual(Array(response.body.prefix(2)), [0x1F, 0x8B])
    }

    func testBrotliIsSupportedByThisLibcurl() {
        XCTAssertTrue(CurlGlobal.supportsBrotli)
    }

    func testBinaryResponseBodyIsIntact() throws {
        let response = try client.send(HTTPRequest(url: url("/bytes?n=300")))
        XCTAssertEqual(response.body, Data(Array(0...255).map(UInt8.init) * 300))
    }

    func testResponseBeyondMaxSizeFails() throws {
        XCTAssertThrowsError(
            try client.send(
                HTTPRequest(url: url("/bytes?n=100")), options: TransferOptions(maxResponseSize: 1000))
        ) { error in
            XCTAssertEqual((error as? HTTPError)?.kind, .responseTooLarge)
        }
    }

    func testTimingsAreConsistent() throws {
        let response = try client.send(HTTPRequest(url: url("/echo")))
        let timings = response.timings
        XCTAssertGreaterThanOrEqual(timings.firstByte, timings.connect)
        XCTAssertGreaterThanOrEqual(timings.transfer, timings.firstByte)
        let phases = timings.phases
        let sum =
            phases.prepare + phases.wait + phases.dns + phases.tcp + phases.secureHandshake
            + phases.firstByte + phases.download + phases.process
        XCTAssertEqual(sum, phases.total, accuracy: 0.01)
        XCTAssertEqual(response.remoteAddress, "127.0.0.1")
        XCTAssertEqual(response.remotePort, server.port)
    }
}

extension Array {
    /// The array repeated `count` times.
    fileprivate static func * (array: Array, count: Int) -> Array {
        Array((0..<count).map { _ in array }.joined())
    }
}

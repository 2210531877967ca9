import CourierHTTP
import Foundation
import XCTest

/// A test case with a fresh echo server and HTTP client per test.
class HTTPTestCase: XCTestCase {
    /// The server of this test.
    var server: EchoServer!
    /// The client of this test.
    var client: HTTPClient!

    override func setUpWithError() throws {
        server = try EchoServer()
        client = HTTPClient()
    }

    override func tearDown() {
        client = nil
        server?.stop()
        server = nil
    }

    /// `baseURL` plus a path.
    func url(_ path: String) -> String { server.baseURL + path }

    /// Sends a request to `/echo` (or another echoing path) and decodes what the server saw.
    func echo(
        _ method: String = "GET", path: String = "/echo", headers: [HTTPHeader] = [], body: Data? = nil,
        options: TransferOptions = .init(), file: StaticString = #filePath, line: UInt = #line
    ) throws -> Echo {
        let response = try client.send(
            HTTPRequest(method: method, url: url(path), headers: headers, body: body), options: options)
        XCTAssertEqual(response.status, 200, file: file, line: line)
        return try Echo.decode(response.body, file: file, line: line)
    }
}

/// Shorthand for a header.
func header(_ name: String, _ value: String) -> HTTPHeader {
    HTTPHeader(name: name, value: value)
}

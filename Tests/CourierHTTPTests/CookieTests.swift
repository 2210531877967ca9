import CourierHTTP
import Foundation
import XCTest

/// The client's cookie jar lasts across requests.
final class CookieTests: HTTPTestCase {
    func testCookieSetByServerIsStoredAndSentBack() throws {
        _ = try client.send(HTTPRequest(url: url("/set-cookie?session=abc")))
        let jar = client.cookies()
        XCTAssertEqual(jar.map(\.name), ["session"])
        XCTAssertEqual(jar.first?.value, "abc")
        XCTAssertEqual(jar.first?.domain, "127.0.0.1")
        XCTAssertEqual(jar.first?.path, "/")
        XCTAssertEqual(jar.first?.hostOnly, true)
        XCTAssertNil(jar.first?.expires)
        XCTAssertEqual(try echo().header("Cookie"), "session=abc")
    }

    func testCookieSetByHandIsSentAndClearingTheJarStopsIt() throws {
        client.setCookie(HTTPCookie(name: "token", value: "t1", domain: "127.0.0.1", httpOnly: true))
        XCTAssertEqual(client.cookies().first?.httpOnly, true)
        XCTAssertEqual(try echo().header("Cookie"), "token=t1")
        client.removeAllCookies()
        XCTAssertTrue(client.cookies().isEmpty)
        XCTAssertNil(try echo().header("Cookie"))
    }

    func testCallersCookieHeaderIsMergedWithTheJarIntoOneHeader() throws {
        _ = try client.send(HTTPRequest(url: url("/set-cookie?jar=1")))
        let seen = try echo(headers: [header("X-First", "1"), header("Cookie", "mine=2")])
        XCTAssertEqual(seen.headers.filter { $0[0] == "Cookie" }.map { $0[1] }, ["jar=1; mine=2"])
        let next = try echo()
        XCTAssertEqual(next.header("Cookie"), "jar=1")
    }
}

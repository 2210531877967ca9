import CourierHTTP
import Foundation
import XCTest

/// `CookieTarget` picks the cookies the client's jar sends to a URL, and `removeCookies` drops some.
final class CookieTargetTests: HTTPTestCase {
    func testMatchingAgreesWithTheCookiesTheClientSends() throws {
        let cookies = [
            HTTPCookie(name: "root", value: "1", domain: "127.0.0.1"),
            HTTPCookie(name: "a", value: "1", domain: "127.0.0.1", path: "/a"),
            HTTPCookie(name: "ab", value: "1", domain: "127.0.0.1", path: "/a/b"),
            HTTPCookie(name: "slash", value: "1", domain: "127.0.0.1", path: "/a/"),
            HTTPCookie(name: "secure", value: "1", domain: "127.0.0.1", secure: true),
            HTTPCookie(name: "other", value: "1", domain: "example.com"),
        ]
        for cookie in cookies { client.setCookie(cookie) }
        for path in ["/", "/a", "/a/", "/a/b/c", "/ab", "/abc", "/b?x=/a"] {
            let sent = try echo(path: path).header("Cookie")?.split(separator: ";").map {
                String($0.trimmingCharacters(in: .whitespaces).prefix { $0 != "=" })
            }
            let target = try XCTUnwrap(CookieTarget(url: url(path)))
            XCTAssertEqual(
                Set(cookies.filter { target.matches($0) }.map(\.name)), Set(sent ?? []),
                "cookies sent to \(path)")
        }
    }

    func testDomainsDefaultPathsAndSecurity() throws {
        let target = try XCTUnwrap(CookieTarget(url: "https://API.Example.com/v1/users?id=1"))
        XCTAssertEqual(target.host, "api.example.com")
        XCTAssertEqual(target.path, "/v1/users")
        XCTAssertEqual(target.defaultPath, "/v1")
        XCTAssertTrue(target.secure)
        XCTAssertTrue(target.domainMatches("example.com", hostOnly: false))
        XCTAssertTrue(target.domainMatches(".example.com", hostOnly: false))
        XCTAssertFalse(target.domainMatches("example.com", hostOnly: true))
        XCTAssertFalse(target.domainMatches("ample.com", hostOnly: false))
        XCTAssertFalse(CookieTarget(url: "http://example.com")!.secure)
        XCTAssertTrue(
            CookieTarget(url: "http://localhost:8080/")!.secure, "curl sends Secure cookies to loopback hosts"
        )
        XCTAssertEqual(CookieTarget(url: "example.com")?.defaultPath, "/")
        let expired = HTTPCookie(
            name: "e", value: "1", domain: "example.com", expires: Date(timeIntervalSinceNow: -10))
        XCTAssertFalse(CookieTarget(url: "http://example.com/")!.matches(expired))
        for bad in ["", "http://", "http://bad host/", "http://{{base}}/x"] {
            XCTAssertNil(CookieTarget(url: bad), bad)
        }
    }

    func testRemovingCookiesKeepsTheOthersExactly() throws {
        client.setCookie(HTTPCookie(name: "a", value: "1", domain: "127.0.0.1"))
        client.setCookie(
            HTTPCookie(
                name: "b", value: "2", domain: "example.com", path: "/x", secure: true, hostOnly: false))
        XCTAssertEqual(client.removeCookies { $0.name == "a" }, 1)
        XCTAssertEqual(client.removeCookies { $0.name == "zzz" }, 0)
        XCTAssertEqual(
            client.cookies(),
            [
                HTTPCookie(
                    name: "b", value: "2", domain: "example.com", path: "/x", secure: true, hostOnly: false)
            ])
        XCTAssertNil(try echo().header("Cookie"))
    }
}

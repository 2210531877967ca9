import CourierHTTP
import Foundation
import XCTest

/// Following redirects the way newman does.
final class RedirectTests: HTTPTestCase {
    func testRedirectChainIsFollowed() throws {
        let response = try client.send(HTTPRequest(url: url("/redirect/3")))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.redirectCount, 3)
        XCTAssertEqual(response.effectiveURL, url("/echo"))
        XCTAssertEqual(try Echo.decode(response.body).path, "/echo")
    }

    func testRedirectIsReturnedWhenNotFollowing() throws {
        let response = try client.send(
            HTTPRequest(url: url("/redirect/1")), options: TransferOptions(followRedirects: false))
        XCTAssertEqual(response.status, 302)
        XCTAssertEqual(response.reason, "Found")
        XCTAssertEqual(response.headers.first(named: "location"), "/echo")
        XCTAssertEqual(response.redirectCount, 0)
    }

    func testFoundTurnsPostIntoGetWithoutBody() throws {
        let seen = try echo(
            "POST", path: "/redirect?code=302&to=/echo",
            headers: [header("Content-Type", "text/plain"), header("X-Keep", "1")], body: Data("data".utf8))
        XCTAssertEqual(seen.method, "GET")
        XCTAssertTrue(seen.bodyData.isEmpty)
        XCTAssertNil(seen.header("Content-Type"))
        XCTAssertNil(seen.header("Content-Length"))
        XCTAssertEqual(seen.header("X-Keep"), "1")
    }

    func testFollowOriginalMethodKeepsPostOnFound() throws {
        let seen = try echo(
            "POST", path: "/redirect?code=302&to=/echo", body: Data("data".utf8),
            options: TransferOptions(followOriginalMethod: true))
        XCTAssertEqual(seen.method, "POST")
        XCTAssertEqual(seen.bodyData, Data("data".utf8))
    }

    func testTemporaryRedirectKeepsMethodAndBody() throws {
        for code in [307, 308] {
            let seen = try echo("PUT", path: "/redirect?code=\(code)&to=/echo", body: Data("data".utf8))
            XCTAssertEqual(seen.method, "PUT")
            XCTAssertEqual(seen.bodyData, Data("data".utf8))
        }
    }

    func testRedirectedHopCarriesRefererUnlessRemoved() throws {
        let seen = try echo(path: "/redirect/1")
        XCTAssertEqual(seen.header("Referer"), url("/redirect/1"))
        let removed = try echo(
            path: "/redirect/1", options: TransferOptions(removeRefererHeaderOnRedirect: true))
        XCTAssertNil(removed.header("Referer"))
    }

    func testAuthorizationIsDroppedOnlyWhenTheHostChanges() throws {
        client = HTTPClient(options: ClientOptions(connectTo: ["other.test:80:127.0.0.1:\(server.port)"]))
        let auth = [header("Authorization", "Bearer secret")]
        let sameHost = try echo(path: "/redirect?to=/echo", headers: auth)
        XCTAssertEqual(sameHost.header("Authorization"), "Bearer secret")
        let otherHost = try echo(path: "/redirect?to=http://other.test/echo", headers: auth)
        XCTAssertNil(otherHost.header("Authorization"))
        XCTAssertEqual(otherHost.header("Host"), "other.test")
        let kept = try echo(
            path: "/redirect?to=http://other.test/echo", headers: auth,
            options: TransferOptions(followAuthorizationHeader: true))
        XCTAssertEqual(kept.header("Authorization"), "Bearer secret")
    }

    func testTooManyRedirectsFails() throws {
        XCTAssertThrowsError(
            try client.send(HTTPRequest(url: url("/redirect/5")), options: TransferOptions(maxRedirects: 2))
        ) { error in
            let error = error as? HTTPError
            XCTAssertEqual(error?.kind, .tooManyRedirects)
            XCTAssertEqual(error?.message.hasPrefix("Exceeded maxRedirects."), true)
        }
        let exact = try client.send(
            HTTPRequest(url: url("/redirect/2")), options: TransferOptions(maxRedirects: 2))
        XCTAssertEqual(exact.status, 200)
    }
}

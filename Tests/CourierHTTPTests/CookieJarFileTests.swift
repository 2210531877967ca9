import CourierHTTP
import CourierTestServer
import Foundation
import XCTest

/// tough-cookie JSON jar files: what the server set comes out; what a file holds goes back in.
final class CookieJarFileTests: XCTestCase {
    func testCookiesSetByTheServerAreSerializedAndComeBack() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let client = HTTPClient(options: ClientOptions(environmentProxies: .none))
        _ = try client.send(HTTPRequest(url: server.baseURL + "/cookies/set?flavour=oat&size=large"))
        let text = CookieJarFile.serialize(client.cookies())
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["storeType"] as? String, "MemoryCookieStore")
        XCTAssertTrue((object["version"] as? String)?.hasPrefix("tough-cookie@") == true)
        let cookies = try XCTUnwrap(object["cookies"] as? [[String: Any]])
        let flavour = try XCTUnwrap(cookies.first { $0["key"] as? String == "flavour" })
        XCTAssertEqual(flavour["value"] as? String, "oat")
        XCTAssertEqual(flavour["domain"] as? String, "127.0.0.1")
        XCTAssertEqual(flavour["path"] as? String, "/")
        XCTAssertEqual(flavour["hostOnly"] as? Bool, true)
        XCTAssertNotNil(flavour["creation"] as? String)

        let fresh = HTTPClient(options: ClientOptions(environmentProxies: .none))
        for cookie in try CookieJarFile.parse(Data(text.utf8)) { fresh.setCookie(cookie) }
        let response = try fresh.send(HTTPRequest(url: server.baseURL + "/cookies"))
        let seen = String(decoding: response.body, as: UTF8.self)
        XCTAssertTrue(seen.contains("\"flavour\":\"oat\""), seen)
        XCTAssertTrue(seen.contains("\"size\":\"large\""), seen)
    }

    func testAJarWrittenByNewmanIsRead() throws {
        let json = """
            {"version":"tough-cookie@4.1.3","storeType":"MemoryCookieStore","rejectPublicSuffixes":true,
             "cookies":[
              {"key":"session","value":"abc","domain":"example.com","path":"/api","secure":true,"httpOnly":true,
               "hostOnly":false,"creation":"2024-01-01T00:00:00.000Z","lastAccessed":"2024-01-01T00:00:00.000Z"},
              {"key":"gone","value":"x","expires":"2001-01-01T00:00:00.000Z","domain":"example.com","path":"/"},
              {"key":"later","value":"y","expires":"2999-01-01T00:00:00.000Z","domain":".example.com","path":"/"}
             ]}
            """
        let cookies = try CookieJarFile.parse(Data(json.utf8))
        XCTAssertEqual(cookies.map(\.name), ["session", "later"])
        XCTAssertEqual(cookies[0].path, "/api")
        XCTAssertTrue(cookies[0].secure && cookies[0].httpOnly && !cookies[0].hostOnly)
        XCTAssertEqual(cookies[1].domain, "example.com")
        XCTAssertEqual(cookies[1].expires, ISO8601DateFormatter().date(from: "2999-01-01T00:00:00Z"))
    }

    func testANonJarIsRejected() {
        XCTAssertThrowsError(try CookieJarFile.parse(Data("{\"x\": 1}".utf8)))
        XCTAssertThrowsError(try CookieJarFile.parse(Data("nope".utf8)))
    }
}

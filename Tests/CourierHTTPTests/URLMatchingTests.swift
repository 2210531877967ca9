import CourierHTTP
import XCTest

/// Postman URL match patterns and the environment's proxy variables.
final class URLMatchingTests: XCTestCase {
    func testMatchPatterns() throws {
        let pattern = try XCTUnwrap(URLMatchPattern("https://*.example.com/api/*"))
        XCTAssertTrue(pattern.matches("https://example.com/api/x"))
        XCTAssertTrue(pattern.matches("https://a.b.example.com:8443/api/x?y=1"))
        XCTAssertFalse(pattern.matches("http://example.com/api/x"))
        XCTAssertFalse(pattern.matches("https://badexample.com/api/x"))
        XCTAssertFalse(pattern.matches("https://example.com/other"))

        let both = try XCTUnwrap(URLMatchPattern("http+https://127.0.0.1:8080/*"))
        XCTAssertTrue(both.matches("http://127.0.0.1:8080/"))
        XCTAssertTrue(both.matches("https://127.0.0.1:8080/x"))
        XCTAssertFalse(both.matches("https://127.0.0.1:8081/x"))
        XCTAssertTrue(
            try XCTUnwrap(URLMatchPattern("https://example.com:443/*")).matches("https://example.com/"))
        XCTAssertTrue(try XCTUnwrap(URLMatchPattern("<all_urls>")).matches("ftp://x/"))
        XCTAssertTrue(try XCTUnwrap(URLMatchPattern("*://*/*")).matches("http://x:1/y"))
        XCTAssertNil(URLMatchPattern("example.com"))
    }

    func testEnvironmentProxiesPreferUpperCaseAndFallBackForHTTPS() {
        let proxies = EnvironmentProxies(environment: [
            "HTTP_PROXY": "http://upper:1", "http_proxy": "http://lower:1", "NO_PROXY": ".internal, db:5432",
        ])
        XCTAssertEqual(proxies.proxy(for: "http://example.com/")?.url, "http://upper:1")
        XCTAssertEqual(proxies.proxy(for: "https://example.com/")?.url, "http://upper:1")
        XCTAssertNil(proxies.proxy(for: "http://api.internal/"))
        XCTAssertNil(proxies.proxy(for: "http://internal/"))
        XCTAssertNil(proxies.proxy(for: "http://db:5432/"))
        XCTAssertNotNil(proxies.proxy(for: "http://db:5433/"))
        XCTAssertNil(proxies.proxy(for: "ftp://example.com/"))
        let https = EnvironmentProxies(environment: ["https_proxy": "proxy.local:3128"])
        XCTAssertNil(https.proxy(for: "http://example.com/"))
        XCTAssertEqual(https.proxy(for: "https://example.com/")?.url, "http://proxy.local:3128")
    }
}

import XCTest

/// The headers below were signed independently (Python's hmac/hashlib) for host postman-echo.com over https.
final class SignatureAuthTests: ServerTestCase {
    private func status(_ args: [String]) throws -> String {
        try curl(["-o", "/dev/null", "-w", "%{http_code}"] + args).output
    }

    private let oauth1 =
        "OAuth oauth_consumer_key=\"RKCGzna7bv9YD57c\",oauth_signature_method=\"HMAC-SHA1\","
        + "oauth_timestamp=\"1461319769\",oauth_nonce=\"ik3oT5\",oauth_version=\"1.0\","
        + "oauth_signature=\"yEk6uBXq3bExsmxYSu6%2FczLoWuM%3D\""

    private let hawk =
        "Hawk id=\"dh37fgj492je\", ts=\"1461319769\", nonce=\"eOJ3V6\", ext=\"some-app-data\", "
        + "mac=\"wgmP6BJc8GKGT/L60vc3CrnRaLJDMgLoxmCXc6IHKyY=\""

    func testOAuth1SignatureIsVerified() throws {
        let ok = try curl([
            "-H", "Host: postman-echo.com", "-H", "Authorization: \(oauth1)", url("/oauth1?a=omg"),
        ])
        XCTAssertEqual(try jsonObject(ok.output)["status"] as? String, "pass")
        XCTAssertEqual(
            try status([
                "-H", "Host: postman-echo.com", "-H", "Authorization: \(oauth1)", url("/oauth1?a=other"),
            ]),
            "401")
    }

    func testHawkMacIsVerified() throws {
        let ok = try curl(["-H", "Host: postman-echo.com", "-H", "Authorization: \(hawk)", url("/auth/hawk")])
        XCTAssertEqual(try jsonObject(ok.output)["message"] as? String, "Hawk Authentication Successful")
        XCTAssertEqual(
            try status(["-H", "Host: postman-echo.com", "-H", "Authorization: \(hawk)", url("/auth/hawk?x")]),
            "401")
    }

    func testOAuth2TokenAndUserInfo() throws {
        let token = try jsonObject(
            try curl([
                "-F", "code=xWnkliVQJURqB2x1", "-F", "grant_type=authorization_code",
                "-F", "redirect_uri=https://www.getpostman.com/oauth2/callback",
                "-F", "client_id=abc123", "-F", "client_secret=ssh-secret", url("/oauth2/token"),
            ]).output)
        let accessToken = try XCTUnwrap(token["access_token"] as? String)
        XCTAssertEqual(token["token_type"] as? String, "Bearer")
        let user = try jsonObject(
            try curl(["-H", "Authorization: Bearer \(accessToken)", url("/oauth2/user/info")]).output)
        XCTAssertEqual(user["name"] as? String, "postman")
        XCTAssertEqual(try status([url("/oauth2/user/info")]), "401")
    }
}

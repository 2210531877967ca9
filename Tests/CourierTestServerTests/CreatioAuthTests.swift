import CourierTestServer
import Foundation
import XCTest

/// Bearer-token refusals, cookie login with BPMCSRF, and the health endpoints.
final class CreatioAuthTests: CreatioTestCase {
    func testMissingMalformedAndWronglySignedTokensGet401() throws {
        XCTAssertEqual(try call("GET", "/0/odata/Account?$top=1").status, 401)
        XCTAssertEqual(try authorized("GET", "/0/odata/Account", token: "not-a-jwt").status, 401)
        XCTAssertEqual(try authorized("GET", "/odata/Account", token: "a.b.c").status, 401)
        XCTAssertEqual(
            try call("GET", "/0/odata/Account", headers: ["Authorization: Basic Y291cmllcjp4"]).status, 401)

        let token = try token()
        var parts = token.split(separator: ".").map(String.init)
        let signature = Array(parts[2])
        let flipped: Character = signature[10] == "A" ? "B" : "A"
        parts[2] = String(signature[..<10]) + String(flipped) + String(signature[11...])
        let tampered = try authorized("GET", "/0/odata/Account", token: parts.joined(separator: "."))
        XCTAssertEqual(tampered.status, 401)
        XCTAssertTrue(tampered.header("WWW-Authenticate")?.hasPrefix("Bearer") ?? false)

        // A payload changed after signing (longer lifetime) no longer matches the signature.
        var claims = try jwtPart(Substring(parts[1]))
        claims["exp"] = (claims["exp"] as? Int ?? 0) + 1000
        let forgedPayload = try JSONSerialization.data(withJSONObject: claims).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        let forged =
            token.split(separator: ".")[0] + "." + forgedPayload + "." + token.split(separator: ".")[2]
        XCTAssertEqual(try authorized("GET", "/0/odata/Account", token: String(forged)).status, 401)

        XCTAssertEqual(try authorized("GET", "/0/odata/Account", token: token).status, 200)
        let counters = try stats()
        XCTAssertEqual(counters["rejectedTokens"] as? Int, 6)
        XCTAssertEqual(counters["odataRequests"] as? Int, 7)
    }

    func testAnonymousHealthPing() throws {
        for path in ["/0/api/HealthCheck/Ping", "/api/HealthCheck/Ping"] {
            let response = try call("GET", path)
            XCTAssertEqual(response.status, 200, path)
            XCTAssertFalse(response.body.hasPrefix("<"))
        }
    }

    func testOAuthHealthCheckWithBearer() throws {
        XCTAssertEqual(try call("GET", "/0/api/OAuthHealthCheck").status, 401)
        let token = try token()
        for path in ["/0/api/OAuthHealthCheck", "/api/OAuthHealthCheck"] {
            let response = try authorized("GET", path, token: token)
            XCTAssertEqual(response.status, 200)
            let body = try jsonObject(response.body)
            XCTAssertEqual(body["HasProblem"] as? Bool, false)
            XCTAssertEqual(body["IsSystemSettingsFilledIn"] as? Bool, true)
            XCTAssertEqual(body["IsIdentityServiceAvailable"] as? Bool, true)
            XCTAssertEqual(body["IsAccessTokenRetrievableForSystemActions"] as? Bool, true)
        }
    }

    private func login(user: String = "Supervisor", password: String = "Supervisor") throws -> CreatioResponse
    {
        try call(
            "POST", "/ServiceModel/AuthService.svc/Login",
            headers: ["Content-Type: application/json; charset=utf-8", "ForceUseSession: true"],
            body: "{\"UserName\":\"\(user)\",\"UserPassword\":\"\(password)\"}")
    }

    /// `name=value` of the `Set-Cookie` header for cookie `name`.
    private func cookie(_ response: CreatioResponse, _ name: String) -> String? {
        response.headers("Set-Cookie").first { $0.hasPrefix(name + "=") }.map {
            String($0.prefix { $0 != ";" })
        }
    }

    func testCookieLoginSetsCookies() throws {
        let response = try login()
        XCTAssertEqual(response.status, 200)
        let body = try jsonObject(response.body)
        XCTAssertEqual(body["Code"] as? Int, 0)
        XCTAssertEqual(body["Message"] as? String, "")
        XCTAssertTrue(body["Exception"] is NSNull)
        let setCookies = response.headers("Set-Cookie")
        for name in ["BPMLOADER", ".ASPXAUTH", "BPMCSRF", "UserName"] {
            XCTAssertTrue(setCookies.contains { $0.hasPrefix(name + "=") }, "\(name) in \(setCookies)")
        }
        let csrf = try XCTUnwrap(setCookies.first { $0.hasPrefix("BPMCSRF=") })
        XCTAssertFalse(csrf.contains("HttpOnly"), "BPMCSRF is readable by scripts")
        XCTAssertTrue(try XCTUnwrap(setCookies.first { $0.hasPrefix(".ASPXAUTH=") }).contains("HttpOnly"))
        XCTAssertEqual(try stats()["logins"] as? Int, 1)
    }

    func testFailedLoginIsStill200WithCode1() throws {
        let response = try login(password: "wrong")
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(try jsonObject(response.body)["Code"] as? Int, 1)
        XCTAssertTrue(response.headers("Set-Cookie").isEmpty)
    }

    func testCookieSessionNeedsBPMCSRFHeader() throws {
        let response = try login()
        let auth = try XCTUnwrap(cookie(response, ".ASPXAUTH"))
        let csrfCookie = try XCTUnwrap(cookie(response, "BPMCSRF"))
        let csrf = String(csrfCookie.dropFirst("BPMCSRF=".count))
        let cookies = "Cookie: \(auth); \(csrfCookie)"

        let withHeader = try call("GET", "/0/odata/Account?$top=1", headers: [cookies, "BPMCSRF: \(csrf)"])
        XCTAssertEqual(withHeader.status, 200)
        XCTAssertEqual(try values(withHeader).count, 1)
        XCTAssertEqual(try call("GET", "/0/odata/Account?$top=1", headers: [cookies]).status, 403)
        XCTAssertEqual(
            try call(
                "POST", "/0/odata/Account", headers: [cookies, "Content-Type: application/json"],
                body: "{\"Name\":\"x\"}"
            ).status, 403)
        XCTAssertEqual(try call("GET", "/0/odata/Account", headers: [cookies, "BPMCSRF: wrong"]).status, 403)
        let select = "{\"RootSchemaName\":\"Account\",\"columns\":{\"items\":{}}}"
        XCTAssertEqual(
            try call("POST", "/0/DataService/json/SyncReply/SelectQuery", headers: [cookies], body: select)
                .status, 403)
        XCTAssertEqual(
            try call(
                "POST", "/0/DataService/json/SyncReply/SelectQuery", headers: [cookies, "BPMCSRF: \(csrf)"],
                body: select
            ).status, 200)
        XCTAssertEqual(
            try call("GET", "/0/odata/Account", headers: ["Cookie: .ASPXAUTH=unknown", "BPMCSRF: \(csrf)"])
                .status,
            401)

        XCTAssertEqual(
            try call("POST", "/0/rest/MainMenuService/Logout", headers: [cookies], body: "{}").status, 200)
        XCTAssertEqual(
            try call("GET", "/0/odata/Account", headers: [cookies, "BPMCSRF: \(csrf)"]).status, 401)
    }
}

/// Tokens expire after `tokenLifetime` seconds.
final class CreatioTokenExpiryTests: CreatioTestCase {
    override var creatioOptions: CreatioOptions { CreatioOptions(tokenLifetime: 1) }

    func testExpiredTokenGets401() throws {
        let token = try token()
        let claims = try jwtPart(token.split(separator: ".")[1])
        XCTAssertEqual((claims["exp"] as? Int ?? 0) - (claims["nbf"] as? Int ?? 0), 1)
        Thread.sleep(forTimeInterval: 1.2)
        let response = try authorized("GET", "/0/odata/Account", token: token)
        XCTAssertEqual(response.status, 401)
        XCTAssertTrue(response.header("WWW-Authenticate")?.contains("expired") ?? false)
    }
}

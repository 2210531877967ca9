import CourierTestServer
import Foundation
import XCTest

/// The Identity Service routes: `/connect/token`, discovery and JWKS.
final class CreatioIdentityTests: CreatioTestCase {
    private let goodForm =
        "client_id=courier-client&client_secret=courier-secret&grant_type=client_credentials"

    func testTokenWithFormCredentials() throws {
        let response = try tokenRequest(goodForm)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.header("Content-Type"), "application/json; charset=UTF-8")
        XCTAssertEqual(response.header("Cache-Control"), "no-store, no-cache, max-age=0")
        XCTAssertEqual(response.header("Pragma"), "no-cache")
        let body = try jsonObject(response.body)
        XCTAssertEqual(body["token_type"] as? String, "Bearer")
        XCTAssertEqual(body["expires_in"] as? Int, 3600)
        XCTAssertEqual(body["scope"] as? String, CreatioOptions().scope)
        XCTAssertNil(body["refresh_token"])
        XCTAssertTrue(
            response.body.hasPrefix("{\"access_token\":"), "field order as documented: \(response.body)")
        let scope = try XCTUnwrap(body["scope"] as? String)
        XCTAssertNotNil(scope.range(of: "^ApplicationAccess_[0-9a-f]{32}$", options: .regularExpression))
    }

    func testTokenWithBasicClientAuthentication() throws {
        let basic = Data("courier-client:courier-secret".utf8).base64EncodedString()
        let response = try tokenRequest(
            "grant_type=client_credentials", headers: ["Authorization: Basic \(basic)"])
        XCTAssertEqual(response.status, 200, response.body)
        XCTAssertNotNil(try jsonObject(response.body)["access_token"] as? String)
    }

    private func assertTokenError(
        _ response: CreatioResponse, _ code: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        XCTAssertEqual(response.status, 400, response.body, file: file, line: line)
        XCTAssertEqual(response.body, "{\"error\":\"\(code)\"}", file: file, line: line)
        XCTAssertEqual(
            response.header("Cache-Control"), "no-store, no-cache, max-age=0", file: file, line: line)
        XCTAssertEqual(response.header("Pragma"), "no-cache", file: file, line: line)
    }

    func testInvalidRequestForJSONBodyOrGet() throws {
        try assertTokenError(
            try call(
                "POST", "/connect/token", headers: ["Content-Type: application/json"],
                body: "{\"client_id\":\"courier-client\",\"client_secret\":\"courier-secret\"}"),
            "invalid_request")
        try assertTokenError(try call("GET", "/connect/token"), "invalid_request")
        try assertTokenError(try call("POST", "/connect/token"), "invalid_request")
    }

    func testInvalidClient() throws {
        try assertTokenError(
            try tokenRequest("client_id=courier-client&client_secret=wrong&grant_type=client_credentials"),
            "invalid_client")
        try assertTokenError(try tokenRequest("grant_type=client_credentials"), "invalid_client")
        try assertTokenError(
            try tokenRequest("client_id=someone&client_secret=courier-secret&grant_type=client_credentials"),
            "invalid_client")
        let basic = Data("courier-client:nope".utf8).base64EncodedString()
        try assertTokenError(
            try tokenRequest("grant_type=client_credentials", headers: ["Authorization: Basic \(basic)"]),
            "invalid_client")
        // Client authentication is checked before the grant type.
        try assertTokenError(
            try tokenRequest("client_id=courier-client&client_secret=wrong&grant_type=foo"), "invalid_client")
    }

    func testGrantTypeErrors() throws {
        try assertTokenError(
            try tokenRequest("client_id=courier-client&client_secret=courier-secret&grant_type=foo"),
            "unsupported_grant_type")
        try assertTokenError(
            try tokenRequest("client_id=courier-client&client_secret=courier-secret"),
            "unsupported_grant_type")
        try assertTokenError(
            try tokenRequest("client_id=courier-client&client_secret=courier-secret&grant_type=password"),
            "unauthorized_client")
    }

    func testScopeChecks() throws {
        try assertTokenError(try tokenRequest(goodForm + "&scope=openid"), "invalid_scope")
        try assertTokenError(try tokenRequest(goodForm + "&scope=ApplicationAccess_other"), "invalid_scope")
        XCTAssertEqual(try tokenRequest(goodForm + "&scope=\(CreatioOptions().scope)").status, 200)
    }

    func testTokenIsSignedJWTWithDocumentedClaims() throws {
        let before = Int(Date().timeIntervalSince1970)
        let accessToken = try token()
        let parts = accessToken.split(separator: ".", omittingEmptySubsequences: false)
        XCTAssertEqual(parts.count, 3)
        XCTAssertFalse(parts[2].isEmpty)
        let header = try jwtPart(parts[0])
        XCTAssertEqual(header["alg"] as? String, "RS256")
        XCTAssertEqual(header["typ"] as? String, "at+jwt")
        let kid = try XCTUnwrap(header["kid"] as? String)
        XCTAssertNotNil(kid.range(of: "^[0-9A-F]{40}RS256$", options: .regularExpression), kid)
        XCTAssertNotNil(header["x5t"] as? String)
        let claims = try jwtPart(parts[1])
        let scope = CreatioOptions().scope
        XCTAssertEqual(claims["iss"] as? String, "creatio.com")
        XCTAssertEqual(claims["aud"] as? String, scope)
        XCTAssertEqual(claims["scope"] as? [String], [scope])
        XCTAssertEqual(claims["client_id"] as? String, "courier-client")
        XCTAssertEqual(claims["prop:SysAdminUnitId"] as? String, "7f3b869f-34f3-4f20-ab4d-7480a5fdf647")
        XCTAssertEqual(claims["prop:Type"] as? String, "ApplicationAccess")
        XCTAssertEqual(claims["prop:OwnerClientId"] as? String, "IdServiceUser")
        XCTAssertEqual(claims["prop:ResourceId"] as? String, scope)
        let jti = try XCTUnwrap(claims["jti"] as? String)
        XCTAssertNotNil(jti.range(of: "^[0-9A-F]{32}$", options: .regularExpression), jti)
        let nbf = try XCTUnwrap(claims["nbf"] as? Int)
        let exp = try XCTUnwrap(claims["exp"] as? Int)
        XCTAssertEqual(claims["iat"] as? Int, nbf)
        XCTAssertEqual(exp - nbf, 3600)
        XCTAssertGreaterThanOrEqual(nbf, before)
        XCTAssertNotEqual(try token(), accessToken, "every token is new")
    }

    func testDiscoveryDocumentAndKeys() throws {
        let response = try call("GET", "/.well-known/openid-configuration")
        XCTAssertEqual(response.status, 200)
        let document = try jsonObject(response.body)
        XCTAssertEqual(document["issuer"] as? String, "creatio.com")
        XCTAssertEqual(document["token_endpoint"] as? String, server.baseURL + "/connect/token")
        XCTAssertEqual(
            document["token_endpoint_auth_methods_supported"] as? [String],
            ["client_secret_basic", "client_secret_post"])
        XCTAssertTrue((document["grant_types_supported"] as? [String] ?? []).contains("client_credentials"))
        XCTAssertEqual(document["id_token_signing_alg_values_supported"] as? [String], ["RS256"])
        let jwksURI = try XCTUnwrap(document["jwks_uri"] as? String)
        XCTAssertEqual(jwksURI, server.baseURL + "/.well-known/openid-configuration/jwks")

        let keys = try jsonObject(try call("GET", String(jwksURI.dropFirst(server.baseURL.count))).body)
        let key = try XCTUnwrap((keys["keys"] as? [[String: Any]])?.first)
        XCTAssertEqual(key["kty"] as? String, "RSA")
        XCTAssertEqual(key["use"] as? String, "sig")
        XCTAssertEqual(key["alg"] as? String, "RS256")
        XCTAssertEqual(key["e"] as? String, "AQAB")
        let n = try XCTUnwrap(key["n"] as? String)
        XCTAssertEqual(n.count, 342, "a 2048-bit modulus in base64url")
        let header = try jwtPart(try token().split(separator: ".")[0])
        XCTAssertEqual(header["kid"] as? String, key["kid"] as? String)
        XCTAssertEqual(header["x5t"] as? String, key["x5t"] as? String)

        XCTAssertEqual(try call("GET", "/0/.well-known/openid-configuration").status, 200)
        XCTAssertEqual(try call("POST", "/connect/revocation", body: "token=unknown").status, 200)
    }

    func testStatsCountTokens() throws {
        XCTAssertEqual(try stats()["tokensIssued"] as? Int, 0)
        _ = try token()
        _ = try token()
        _ = try tokenRequest("grant_type=client_credentials")
        let counters = try stats()
        XCTAssertEqual(counters["tokensIssued"] as? Int, 2)
        XCTAssertEqual(counters["tokenRequests"] as? Int, 3)
        XCTAssertEqual(counters["tokenErrors"] as? Int, 1)
    }
}

/// Options passed to `TestServer.start` reach the token endpoint.
final class CreatioCustomOptionsTests: CreatioTestCase {
    override var creatioOptions: CreatioOptions {
        CreatioOptions(
            clientID: "416DDA00EFEAC5BA57E7BA269478EB66", clientSecret: "s3cr3t", tokenLifetime: 120)
    }

    func testConfiguredClientAndLifetime() throws {
        let accessToken = try token()
        let claims = try jwtPart(accessToken.split(separator: ".")[1])
        XCTAssertEqual(claims["client_id"] as? String, "416DDA00EFEAC5BA57E7BA269478EB66")
        XCTAssertEqual((claims["exp"] as? Int ?? 0) - (claims["nbf"] as? Int ?? 0), 120)
        let response = try tokenRequest(
            "client_id=courier-client&client_secret=courier-secret&grant_type=client_credentials")
        XCTAssertEqual(response.body, "{\"error\":\"invalid_client\"}")
    }
}

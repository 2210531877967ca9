import CourierHTTP
import CourierModel
import CourierRunner
import CourierTestServer
import Foundation
import XCTest

/// OAuth 2.0 client credentials fetched by the runner, against the test server's Identity Service.
final class OAuth2Tests: RunnerTestCase {
    private func oauth2(
        tokenURL: String = "{{base}}/connect/token", secret: String = "courier-secret", clientAuthentication: String = "body",
        scope: String = ""
    ) -> String {
        """
        {"type": "oauth2", "oauth2": [
          {"key": "grant_type", "value": "client_credentials"}, {"key": "accessTokenUrl", "value": "\(tokenURL)"},
          {"key": "clientId", "value": "courier-client"}, {"key": "clientSecret", "value": "\(secret)"},
          {"key": "client_authentication", "value": "\(clientAuthentication)"}, {"key": "scope", "value": "\(scope)"},
          {"key": "addTokenTo", "value": "header"}]}
        """
    }

    private func tokensIssued(_ server: TestServer) throws -> Int {
        let response = try HTTPClient().send(HTTPRequest(url: server.baseURL + "/_testserver/stats"))
        return Int(try JSONParser.parse(response.body)["tokensIssued"]?.doubleValue ?? -1)
    }

    private func accounts(_ count: Int) -> String {
        (0..<count).map { #"{"name": "accounts \#($0)", "request": {"url": "{{base}}/0/odata/Account?$top=1", "header": [{"key": "Accept", "value": "application/json"}]}}"# }
            .joined(separator: ",")
    }

    func testOneTokenServesAWholeMultiIterationRun() throws {
        let collection = try collection(#"{"info": {"name": "t"}, "auth": \#(oauth2()), "item": [\#(accounts(3))]}"#)
        let summary = try run(collection) { $0.iterationCount = 2 }
        XCTAssertEqual(summary.executions.map { $0.response?.code }, Array(repeating: 200, count: 6))
        XCTAssertEqual(try tokensIssued(server), 1)
        XCTAssertEqual(summary.tokenFetchCount, 1)
        let authorization = server.receivedRequests.last { $0.target.hasPrefix("/0/odata") }?.header("Authorization") ?? ""
        XCTAssertTrue(authorization.hasPrefix("Bearer ey"), authorization)
        XCTAssertTrue(summary.secrets.contains(String(authorization.dropFirst("Bearer ".count))), "the token is a secret")
    }

    func testBasicAndBodyClientAuthentication() throws {
        for mode in ["header", "body"] {
            let collection = try collection(#"{"info": {"name": "t"}, "auth": \#(oauth2(clientAuthentication: mode)), "item": [\#(accounts(1))]}"#)
            XCTAssertEqual(try run(collection).executions[0].response?.code, 200, mode)
        }
        let tokenRequests = server.receivedRequests.filter { $0.target == "/connect/token" }
        XCTAssertTrue(tokenRequests[0].header("Authorization")?.hasPrefix("Basic ") ?? false)
        XCTAssertTrue(tokenRequests[1].bodyText.contains("client_secret=courier-secret"))
    }

    func testTheTokenIsRenewedWhenItExpires() throws {
        server.stop()
        server = try TestServer.start(creatio: CreatioOptions(tokenLifetime: 2))
        let collection = try collection(
            #"{"info": {"name": "t"}, "auth": \#(oauth2()), "item": [\#(accounts(1)), {"name": "wait", "request": "{{base}}/delay/2.1"}, \#(accounts(1))]}"#)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions.map { $0.response?.code }, [200, 200, 200])
        XCTAssertEqual(try tokensIssued(server), 2)
    }

    func testA401IsAnsweredWithOneNewTokenAndOneReplay() throws {
        // The server revokes every token issued so far: the cached token is refused mid-run.
        let collection = try collection(
            """
            {"info": {"name": "t"}, "auth": \(oauth2()), "item": [\(accounts(1)),
              {"name": "revoke", "request": {"method": "POST", "url": "{{base}}/_testserver/revoke-tokens", "auth": {"type": "noauth"}}},
              \(accounts(1))]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions.map { $0.response?.code }, [200, 204, 200])
        XCTAssertEqual(try tokensIssued(server), 2, "the first token and its renewal")
        XCTAssertEqual(server.receivedRequests.filter { $0.target.hasPrefix("/0/odata") }.count, 3, "two requests and one replay")
        XCTAssertEqual(summary.stats.requests.total, 4)
    }

    func testTokenEndpointErrorsFailOnlyTheRequestsThatNeedThem() throws {
        let cases: [(auth: String, message: String)] = [
            (oauth2(secret: "wrong"), "OAuth 2.0 token request to \(server.baseURL)/connect/token failed: 400 invalid_client"),
            (oauth2(scope: "openid"), "OAuth 2.0 token request to \(server.baseURL)/connect/token failed: 400 invalid_scope"),
            (oauth2(tokenURL: "http://127.0.0.1:1/connect/token"), "OAuth 2.0 token request to http://127.0.0.1:1/connect/token failed: connect ECONNREFUSED 127.0.0.1:1"),
            (oauth2(tokenURL: "{{base}}/type/html"), "OAuth 2.0 token request to \(server.baseURL)/type/html failed: 405"),
            (
                oauth2(tokenURL: "{{base}}/redirect-to?url=/type/html"),
                "OAuth 2.0 token request to \(server.baseURL)/redirect-to?url=/type/html failed: 200 response is not JSON"
            ),
        ]
        for (auth, message) in cases {
            let collection = try collection(
                #"{"info": {"name": "t"}, "item": [{"name": "needs token", "request": {"url": "{{base}}/0/odata/Account", "auth": \#(auth)}}, {"name": "plain", "request": "{{base}}/get"}]}"#)
            let summary = try run(collection)
            XCTAssertEqual(summary.executions[0].requestError?.message, message)
            XCTAssertNil(summary.executions[0].response)
            XCTAssertEqual(summary.executions[1].response?.code, 200, "later requests still run")
        }
    }

    func testScriptsSeeTheFetchedTokenInRequestAuth() throws {
        let check = #"[{"listen": "test", "script": {"exec": ["const token = pm.request.auth.oauth2.find((p) => p.key === 'accessToken').value;", "pm.test('token in pm.request.auth', () => pm.expect(pm.request.headers.get('Authorization')).to.equal('Bearer ' + token));"]}}]"#
        let collection = try collection(
            #"{"info": {"name": "t"}, "auth": \#(oauth2()), "item": [{"name": "a", "request": {"url": "{{base}}/0/odata/Account?$top=1"}, "event": \#(check)}]}"#)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions[0].assertions.map(\.passed), [true], "\(summary.executions[0].assertions)")
    }

    func testAStoredAccessTokenIsSentWhenThereAreNoGrantSettings() throws {
        let collection = try collection(
            single(#"{"url": "{{base}}/headers", "auth": {"type": "oauth2", "oauth2": [{"key": "accessToken", "value": "stored-token"}, {"key": "addTokenTo", "value": "header"}]}}"#))
        XCTAssertEqual(try echo(try run(collection).executions[0])["headers"]?["authorization"], "Bearer stored-token")
    }
}

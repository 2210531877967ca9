import CourierTestServer
import Foundation
import XCTest

/// No client secret, token or password reaches stdout, stderr or any report, with --verbose.
final class SecretsInOutputTests: XCTestCase {
    func testOAuthTokensAndSecretsNeverAppearInOutput() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("courier-secrets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let collection = """
            {"info": {"name": "secrets"},
             "auth": {"type": "oauth2", "oauth2": [{"key": "grant_type", "value": "client_credentials"},
               {"key": "accessTokenUrl", "value": "{{base}}/connect/token"}, {"key": "clientId", "value": "courier-client"},
               {"key": "clientSecret", "value": "{{client_secret}}"}]},
             "item": [
               {"name": "odata", "request": {"url": "{{base}}/0/odata/Account?$top=1&echo={{api_key}}"},
                "event": [{"listen": "test", "script": {"exec": ["console.log(pm.request.headers.get('Authorization'));", "pm.test('sees ' + pm.environment.get('api_key'), () => pm.expect(1).to.equal(2));"]}}]},
               {"name": "basic", "request": {"url": "{{base}}/basic-auth", "auth": {"type": "basic", "basic": {"username": "postman", "password": "password"}}}}
             ]}
            """
        try Data(collection.utf8).write(to: directory.appendingPathComponent("c.json"))
        let environment = """
            {"name": "e", "values": [{"key": "base", "value": "\(server.baseURL)"},
              {"key": "client_secret", "value": "courier-secret", "type": "secret"},
              {"key": "api_key", "value": "k-3xample-9", "type": "secret"}]}
            """
        try Data(environment.utf8).write(to: directory.appendingPathComponent("e.json"))
        let result = try CourierProcess.run(
            ["run", "c.json", "-e", "e.json", "--verbose", "-r", "cli,json,junit", "--reporter-json-export", "r.json",
             "--reporter-junit-export", "r.xml", "--export-environment", "env-out.json", "--color", "off"],
            in: directory)
        XCTAssertEqual(result.status, 1, "the deliberate failure")
        let token = try XCTUnwrap(
            server.receivedRequests.first { $0.target.hasPrefix("/0/odata") }?.header("Authorization")?.replacingOccurrences(of: "Bearer ", with: ""))
        var outputs = ["stdout": result.standardOutput, "stderr": result.standardError]
        for file in ["r.json", "r.xml", "env-out.json"] {
            outputs[file] = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        }
        for (name, text) in outputs {
            for secret in [token, "courier-secret", "k-3xample-9", "cG9zdG1hbjpwYXNzd29yZA=="] {
                XCTAssertFalse(text.contains(secret), "\(name) contains the secret \(secret.prefix(12))…")
            }
        }
        XCTAssertTrue(result.standardOutput.contains("****"))
        XCTAssertTrue(result.standardOutput.contains("OAuth 2.0 token fetched: 1"))
    }

    func testExportSecretsKeepsValuesInExportedEnvironments() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("courier-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data(#"{"info": {"name": "x"}, "item": [{"name": "a", "request": "\#(server.baseURL)/get"}]}"#.utf8)
            .write(to: directory.appendingPathComponent("c.json"))
        try Data(#"{"name": "e", "values": [{"key": "token", "value": "t-0p-secret", "type": "secret"}]}"#.utf8)
            .write(to: directory.appendingPathComponent("e.json"))
        _ = try CourierProcess.run(["run", "c.json", "-e", "e.json", "--export-environment", "masked.json"], in: directory)
        _ = try CourierProcess.run(
            ["run", "c.json", "-e", "e.json", "--export-environment", "plain.json", "--export-secrets"], in: directory)
        let masked = try String(contentsOf: directory.appendingPathComponent("masked.json"), encoding: .utf8)
        let plain = try String(contentsOf: directory.appendingPathComponent("plain.json"), encoding: .utf8)
        XCTAssertFalse(masked.contains("t-0p-secret"))
        XCTAssertTrue(masked.contains("****"))
        XCTAssertTrue(plain.contains("t-0p-secret"))
    }
}

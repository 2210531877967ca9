import CourierTestServer
import Foundation
import XCTest

/// Every kind of secret (secret-typed environment and global variables, a basic auth password, a
/// bearer token, an OAuth 2.0 client secret and the token fetched with it) stays out of stdout,
/// stderr and every file a run writes, with --verbose, through every reporter and export.
final class SecretsEverywhereTests: XCTestCase {
    /// Secret values, each distinctive enough that finding it anywhere is a leak.
    private let secrets = [
        "courier-secret",  // the Identity Service's client secret (secret-typed variable)
        "k-3xample 9",  // a secret-typed environment variable, sent as a query parameter (percent-encoded)
        "g-l0bal-s3cret-4",  // a secret-typed global, sent as a header
        "b3arer-T0ken-77",  // a bearer token (plain variable: the auth makes it secret)
        "p4ss-W0rd-basic",  // a basic auth password (plain variable)
        #"Sp3c!al "q" <&> 100% x"#,  // a secret with characters that JSON, XML and URLs escape
    ]

    private let collection = #"""
        {"info": {"name": "secrets everywhere"},
         "auth": {"type": "oauth2", "oauth2": [{"key": "grant_type", "value": "client_credentials"},
           {"key": "accessTokenUrl", "value": "{{base}}/connect/token"}, {"key": "clientId", "value": "courier-client"},
           {"key": "clientSecret", "value": "{{client_secret}}"}, {"key": "addTokenTo", "value": "header"}]},
         "item": [
           {"name": "oauth2", "request": {"url": "{{base}}/0/odata/Account?$top=1",
              "header": [{"key": "Accept", "value": "application/json"}]},
            "event": [{"listen": "test", "script": {"exec": [
              "console.log('auth', pm.request.headers.get('Authorization'));",
              "pm.environment.set('copied_key', pm.environment.get('api_key'));",
              "pm.collectionVariables.set('copied_global', pm.globals.get('global_secret'));",
              "pm.test('sees ' + pm.environment.get('odd_secret'), () => pm.expect(1).to.equal(2));",
              "pm.visualizer.set('{{k}} {{{k}}} {{#each o}}{{@key}}{{/each}}', {k: pm.environment.get('odd_secret'), o: {[pm.globals.get('global_secret')]: 1}});"]}}]},
           {"name": "bearer", "request": {"url": "{{base}}/get?key={{api_key}}",
              "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{bearer_token}}"}]},
              "header": [{"key": "X-Global", "value": "{{global_secret}}"}, {"key": "X-Odd", "value": "{{odd_secret}}"}]},
            "event": [{"listen": "test", "script": {"exec": [
              "console.info(JSON.stringify(pm.response.json()));",
              "pm.test('echo has ' + pm.response.json().args.key, () => pm.expect(pm.response.code).to.equal(500));"]}}]},
           {"name": "basic", "request": {"url": "{{base}}/get",
              "auth": {"type": "basic", "basic": [{"key": "username", "value": "user"},
                {"key": "password", "value": "{{basic_password}}"}]}},
            "event": [{"listen": "test", "script": {"exec": ["console.log(pm.response.text());"]}}]}
         ]}
        """#

    func testNoSecretReachesAnyOutput() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let fixture = try CourierRunFixture("secrets-everywhere")
        defer { fixture.remove() }
        try fixture.write(collection, to: "c.json")
        try fixture.write(
            #"""
            {"name": "e", "values": [{"key": "base", "value": "\#(server.baseURL)"},
              {"key": "client_secret", "value": "courier-secret", "type": "secret"},
              {"key": "api_key", "value": "k-3xample 9", "type": "secret"},
              {"key": "odd_secret", "value": "Sp3c!al \"q\" <&> 100% x", "type": "secret"},
              {"key": "bearer_token", "value": "b3arer-T0ken-77"},
              {"key": "basic_password", "value": "p4ss-W0rd-basic"}]}
            """#, to: "e.json")
        try fixture.write(
            #"{"name": "g", "values": [{"key": "global_secret", "value": "g-l0bal-s3cret-4", "type": "secret"}]}"#,
            to: "g.json")
        try FileManager.default.createDirectory(
            at: fixture.directory.appendingPathComponent("out"), withIntermediateDirectories: true)
        let result = try CourierProcess.run(
            [
                "run", "c.json", "-e", "e.json", "-g", "g.json", "--verbose", "--color", "off",
                "-r", "cli,json,junit,html", "--reporter-json-export", "out/r.json",
                "--reporter-junit-export",
                "out/r.xml", "--reporter-html-export", "out/r.html", "--export-environment", "out/env.json",
                "--export-globals", "out/globals.json", "--export-collection", "out/collection.json",
            ], in: fixture.directory)
        XCTAssertEqual(result.status, 1, "the deliberate failures; stderr: \(result.standardError)")

        let token = try XCTUnwrap(
            server.receivedRequests.first { $0.target.hasPrefix("/0/odata") }?.header("Authorization")?
                .replacingOccurrences(of: "Bearer ", with: ""))
        let basic = Data("user:p4ss-W0rd-basic".utf8).base64EncodedString()
        var outputs = ["stdout": result.standardOutput, "stderr": result.standardError]
        let written = try FileManager.default.contentsOfDirectory(
            atPath: fixture.directory.appendingPathComponent("out").path)
        for name in written { outputs[name] = try fixture.text("out/" + name) }
        XCTAssertTrue(
            Set(written).isSuperset(of: ["r.json", "r.xml", "r.html", "env.json", "globals.json", "collection.json"]),
            "\(written)")
        XCTAssertFalse(written.contains { $0.hasSuffix(".tmp") }, "files are renamed into place: \(written)")
        for (name, text) in outputs {
            for secret in secrets + [token, basic] {
                for form in Self.writtenForms(of: secret) {
                    XCTAssertFalse(text.contains(form), "\(name) contains the secret \(form.prefix(14))…")
                }
            }
        }
        XCTAssertTrue(result.standardOutput.contains("****"), "secrets are shown masked")
        XCTAssertTrue(try fixture.text("out/env.json").contains("****"))
        XCTAssertTrue(try fixture.text("out/globals.json").contains("****"))
        XCTAssertTrue(
            try fixture.text("out/r.html").contains("srcdoc=\"**** **** ****\""), "the visualization, masked")
    }

    /// A secret as it could be written: as is, JSON-escaped, XML-escaped (text and attribute) and
    /// percent-encoded.
    static func writtenForms(of secret: String) -> Set<String> {
        var json = ""
        for character in secret {
            switch character {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "/": json += "\\/"
            default: json.append(character)
            }
        }
        let xmlText = secret.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(
            of: "<", with: "&lt;"
        )
        .replacingOccurrences(of: ">", with: "&gt;")
        let xml = xmlText.replacingOccurrences(of: "\"", with: "&quot;")
        let percent = secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? secret
        let query = secret.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? secret
        // Escaped twice: an escaped value inside the HTML report's visualization `srcdoc` attribute.
        let twice = xml.replacingOccurrences(of: "&", with: "&amp;")
        return [
            secret, json, xmlText, xml, twice, percent, query,
            query.replacingOccurrences(of: "%20", with: "+"),
        ]
    }
}

import CourierTestServer
import Foundation
import XCTest

/// `courier run` end to end: the built executable against the test server, with real files.
final class RunCommandTests: XCTestCase {
    private var server: TestServer!
    private var directory: URL!

    override func setUpWithError() throws {
        server = try TestServer.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("courier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    @discardableResult
    private func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    private func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    private func run(_ arguments: [String]) throws -> CourierProcess.Result {
        try CourierProcess.run(["run"] + arguments + ["--color", "off"], in: directory)
    }

    private var passingCollection: String {
        """
        {"info": {"name": "CLI check", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [
           {"name": "Folder", "item": [{"name": "Echo", "request": {"method": "POST", "url": "{{base}}/post?who={{who}}",
             "header": [{"key": "X-Token", "value": "{{token}}"}],
             "body": {"mode": "raw", "raw": "{\\"row\\": \\"{{row}}\\"}", "options": {"raw": {"language": "json"}}}}}]},
           {"name": "Status", "request": "{{base}}/status/204"}
         ]}
        """
    }

    func testARunWithEnvironmentDataAndReportsExitsZero() throws {
        try write("c.json", passingCollection)
        try write(
            "env.json",
            #"{"name": "Staging", "values": [{"key": "base", "value": "\#(server.baseURL)"}, {"key": "who", "value": "env"}, {"key": "token", "value": "s3cr3t-value", "type": "secret"}]}"#)
        try write("data.csv", "row,who\nfirst,data-1\n\"sec,ond\",data-2\n")
        let result = try run([
            "c.json", "-e", "env.json", "-d", "data.csv", "-r", "cli,json,junit",
            "--reporter-json-export", "out/report.json", "--reporter-junit-export", "out/report.xml",
            "--export-environment", "out/env.json",
        ])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("CLI check"))
        XCTAssertTrue(result.standardOutput.contains("Iteration 2/2"))
        XCTAssertTrue(result.standardOutput.contains("❏ Folder"))
        XCTAssertTrue(result.standardOutput.contains("POST \(server.baseURL)/post?who=data-1 [200 OK"))
        XCTAssertTrue(result.standardOutput.contains("GET \(server.baseURL)/status/204 [204 No Content"))
        XCTAssertFalse(result.standardOutput.contains("s3cr3t-value"))

        // The data file's second row, with a quoted comma, reached the body.
        let bodies = server.receivedRequests.filter { $0.method == "POST" }.map { String(decoding: $0.body, as: UTF8.self) }
        XCTAssertEqual(bodies, [#"{"row": "first"}"#, #"{"row": "sec,ond"}"#])
        XCTAssertEqual(server.receivedRequests.first?.headers.first { $0.name.lowercased() == "x-token" }?.value, "s3cr3t-value")

        let json = try read("out/report.json")
        XCTAssertTrue(json.contains("\"executions\""))
        XCTAssertFalse(json.contains("s3cr3t-value"), "secrets never reach reports")
        let xml = try read("out/report.xml")
        XCTAssertTrue(xml.contains("<testsuite name=\"Folder / Echo\""))
        XCTAssertFalse(try read("out/env.json").contains("s3cr3t-value"))
    }

    func testAFailedRequestExitsOneUnlessSuppressed() throws {
        try write("c.json", #"{"info": {"name": "x"}, "item": [{"name": "down", "request": "http://127.0.0.1:1/"}]}"#)
        let failing = try run(["c.json"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.standardOutput.contains("ECONNREFUSED"), failing.standardOutput)
        XCTAssertEqual(try run(["c.json", "-x"]).status, 0)
    }

    func testMalformedJSONNamesTheFileAndPosition() throws {
        try write("broken.json", "{\n  \"info\": {\"name\": \"x\"},\n  \"item\": [,]\n}")
        let result = try run(["broken.json"])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(
            result.standardError,
            "error: could not load collection 'broken.json' at line 3, column 12: invalid JSON: unexpected character ','; expected a value\n")
    }

    func testWrongTypesNameTheJSONPath() throws {
        try write("c.json", #"{"info": {"name": "x"}, "item": [{"name": "a", "request": {"url": "http://x", "header": "oops", "body": 3}}]}"#)
        let result = try run(["c.json"])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.standardError, "error: could not load collection 'c.json' at $.item[0].request.body: expected an object, found a number\n")

        try write("e.json", #"{"name": "e", "values": {"a": 1}}"#)
        try write("ok.json", #"{"info": {"name": "x"}, "item": []}"#)
        let environment = try run(["ok.json", "-e", "e.json"])
        XCTAssertEqual(environment.status, 3)
        XCTAssertEqual(environment.standardError, "error: could not load environment 'e.json' at $.values: expected an array of variables, found an object\n")
    }

    func testMissingFilesAndFoldersAreClearErrors() throws {
        let missing = try run(["nope.json"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertEqual(missing.standardError, "error: could not load collection 'nope.json': no such file\n")

        try write("c.json", #"{"info": {"name": "x"}, "item": []}"#)
        let data = try run(["c.json", "-d", "missing.csv"])
        XCTAssertEqual(data.status, 3)
        XCTAssertEqual(data.standardError, "error: could not load iteration data 'missing.csv': no such file\n")

        let folder = try run(["c.json", "--folder", "Nope"])
        XCTAssertEqual(folder.status, 1)
        XCTAssertEqual(folder.standardError, "error: unable to find a folder or request: Nope\n")
    }

    func testEnvVarOverridesAndExportedCollectionRoundTrips() throws {
        let original = #"{"info": {"name": "x", "_exporter_id": "123"}, "item": [{"name": "a", "request": "{{base}}/get?v={{v}}", "x-custom": {"kept": true}}], "variable": [{"key": "v", "value": "collection"}]}"#
        try write("c.json", original)
        let result = try run(["c.json", "--env-var", "base=\(server.baseURL)", "--env-var", "v=from=cli", "--export-collection", "exported.json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(server.receivedRequests.first?.target, "/get?v=from=cli")
        let exported = try read("exported.json")
        XCTAssertTrue(exported.contains("\"_exporter_id\": \"123\""))
        XCTAssertTrue(exported.contains("\"x-custom\""))
    }

    func testSilentPrintsNothingAndNoColorWithoutTTY() throws {
        try write("c.json", #"{"info": {"name": "x"}, "item": [{"name": "a", "request": "\#(server.baseURL)/get"}]}"#)
        let silent = try CourierProcess.run(["run", "c.json", "--silent"], in: directory)
        XCTAssertEqual(silent.status, 0)
        XCTAssertEqual(silent.standardOutput, "")
        let plain = try CourierProcess.run(["run", "c.json"], in: directory)
        XCTAssertFalse(plain.standardOutput.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }
}

/// newman's `--reporter-cli-no-*` options.
final class CLIReporterOptionTests: XCTestCase {
    func testNoSummaryNoBannerAndNoSuccessAssertions() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("courier-cli-opt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let collection = """
            {"info": {"name": "options"}, "item": [{"name": "a", "request": "\(server.baseURL)/get",
              "event": [{"listen": "test", "script": {"exec": ["pm.test('passes', () => {}); pm.test('fails', () => pm.expect(1).to.equal(2));"]}}]}]}
            """
        try Data(collection.utf8).write(to: directory.appendingPathComponent("c.json"))
        let result = try CourierProcess.run(
            ["run", "c.json", "--reporter-cli-no-summary", "--reporter-cli-no-banner", "--reporter-cli-no-success-assertions",
             "--color", "off"], in: directory)
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.standardOutput.hasPrefix("courier"), "no banner")
        XCTAssertFalse(result.standardOutput.contains("executed"), "no summary table")
        XCTAssertFalse(result.standardOutput.contains("passes"), "no passed assertions")
        XCTAssertTrue(result.standardOutput.contains("1. fails"))
        XCTAssertTrue(result.standardOutput.contains("AssertionError"), "the failure list is still printed")
        XCTAssertEqual(result.standardError, "", "these options are supported: no warning")
    }
}

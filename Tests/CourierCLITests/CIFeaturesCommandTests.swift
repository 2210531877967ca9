import CourierTestServer
import Foundation
import XCTest

/// `courier validate`, `--check-examples` and `--retries` end to end: the built executable, real
/// files, the test server.
final class CIFeaturesCommandTests: XCTestCase {
    private var server: TestServer!
    private var directory: URL!

    override func setUpWithError() throws {
        server = try TestServer.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-ci-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    private func courier(_ arguments: [String]) throws -> CourierProcess.Result {
        try CourierProcess.run(arguments, in: directory)
    }

    private let lintCollection = """
        {"info": {"name": "Lint me", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [
           {"name": "Accounts", "item": [
             {"name": "List", "request": {"url": "{{base}}/accounts", "header": [{"key": "Authorization", "value": "Bearer {{token}}"}]},
              "event": [{"listen": "test", "script": {"exec": ["pm.environment.set('next', 1);", "postman.setNextRequest('Gone');"]}}]},
             {"name": "List", "request": "{{base}}/accounts?page={{next}}&p={{page}}"}]}]}
        """

    func testValidateReportsEachProblemWithItsPathAndExitsOne() throws {
        try write("c.json", lintCollection)
        try write("env.json", #"{"name": "e", "values": [{"key": "base", "value": "http://x"}]}"#)
        try write("rows.csv", "page\n1\n")
        let result = try courier(["validate", "c.json", "-e", "env.json", "-d", "rows.csv"])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertEqual(
            result.standardOutput,
            """
            Accounts: warning: 2 items are named "List"
            Accounts / List: error: undefined variable {{token}} in header
            Accounts / List: error: setNextRequest("Gone") in test script names no request
            2 errors, 1 warning

            """)
    }

    func testValidateWithEveryVariableDefinedExitsZeroDespiteWarnings() throws {
        try write("c.json", lintCollection.replacingOccurrences(of: "'Gone'", with: "'List'"))
        let result = try courier([
            "validate", "c.json", "--env-var", "base=http://x", "--env-var", "token=t", "--env-var", "page=1",
        ])
        XCTAssertEqual(result.status, 0, result.standardOutput)
        XCTAssertTrue(result.standardOutput.hasSuffix("0 errors, 1 warning\n"), result.standardOutput)
    }

    func testValidateExitCodesForBadInputAndBadUsage() throws {
        try write("broken.json", "{\"info\": ")
        let broken = try courier(["validate", "broken.json"])
        XCTAssertEqual(broken.status, 3)
        XCTAssertTrue(broken.standardError.hasPrefix("error: "), broken.standardError)
        XCTAssertEqual(try courier(["validate", "missing.json"]).status, 3)
        let usage = try courier(["validate"])
        XCTAssertEqual(usage.status, 2)
        XCTAssertTrue(
            usage.standardError.contains("Run 'courier help validate' for usage."), usage.standardError)
    }

    func testValidateSendsNothing() throws {
        try write(
            "c.json",
            #"{"info": {"name": "n"}, "item": [{"name": "r", "request": "\#(server.baseURL)/get"}]}"#)
        let result = try courier(["validate", "c.json"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.standardOutput, "no problems found\n")
        XCTAssertTrue(server.receivedRequests.isEmpty)
    }

    func testRetriesAndExampleChecksShowInTheCLIAndTheJSONReport() throws {
        let key = UUID().uuidString
        try write(
            "c.json",
            """
            {"info": {"name": "CI run", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Flaky", "request": "\(server.baseURL)/flaky/\(key)/2",
               "response": [{"name": "Works", "code": 200, "header": [{"key": "Content-Type", "value": "application/json"}],
                             "body": "{\\"key\\": \\"\\", \\"calls\\": 0, \\"failing\\": true}"}]}]}
            """)
        let result = try courier([
            "run", "c.json", "--retries", "2", "--retry-delay", "1", "--check-examples", "--color", "off",
            "-r", "cli,json,junit", "--reporter-json-export", "out.json", "--reporter-junit-export",
            "out.xml",
        ])
        XCTAssertEqual(result.status, 0, result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("/2 [200 OK, "), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains(", 2 retries]\n"), result.standardOutput)
        XCTAssertTrue(
            result.standardOutput.contains("✓  example \"Works\": body has the example's shape"),
            result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("│ total retries: 2"), result.standardOutput)

        let report =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: directory.appendingPathComponent("out.json"))) as? [String: Any]
        let run = report?["run"] as? [String: Any]
        let execution = (run?["executions"] as? [[String: Any]])?.first
        XCTAssertEqual(execution?["retries"] as? Int, 2)
        let assertions = (execution?["assertions"] as? [[String: Any]])?.compactMap {
            $0["assertion"] as? String
        }
        XCTAssertEqual(assertions?.first, "example \"Works\": status code is 200")
        let junit = try String(contentsOf: directory.appendingPathComponent("out.xml"), encoding: .utf8)
        XCTAssertTrue(
            junit.contains("<testcase name=\"example &quot;Works&quot;: content type is application/json\""),
            junit)
    }

    func testWithoutRetriesTheRequestLineKeepsNewmansFormat() throws {
        try write(
            "c.json",
            #"{"info": {"name": "n"}, "item": [{"name": "r", "request": "\#(server.baseURL)/status/503"}]}"#)
        let result = try courier(["run", "c.json", "--color", "off"])
        XCTAssertTrue(
            result.standardOutput.contains("/status/503 [503 Service Unavailable, "), result.standardOutput)
        XCTAssertFalse(result.standardOutput.contains("retr"), result.standardOutput)
    }
}

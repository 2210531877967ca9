import CourierModel
import CourierReports
import XCTest

/// The JSON reporter against the structure of newman 6.2.1's `report.json` for the sample run.
final class JSONReporterTests: XCTestCase {
    let report = JSONReporter.report(SampleRun.summary())

    private func keys(_ value: JSONValue?, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        guard let object = value?.objectValue else {
            XCTFail("not an object", file: file, line: line)
            return []
        }
        return object.keys
    }

    private func executions() -> [JSONValue] { report["run"]?["executions"]?.arrayValue ?? [] }

    func testTopLevelAndRunKeysAreNewmans() {
        XCTAssertEqual(keys(report), ["collection", "environment", "globals", "run"])
        XCTAssertEqual(
            keys(report["run"]), ["stats", "timings", "executions", "transfers", "failures", "error"])
        XCTAssertEqual(
            keys(report["run"]?["stats"]),
            [
                "iterations", "items", "scripts", "prerequests", "requests", "tests", "assertions",
                "testScripts",
                "prerequestScripts",
            ])
        XCTAssertEqual(keys(report["run"]?["stats"]?["assertions"]), ["total", "pending", "failed"])
        XCTAssertEqual(
            keys(report["run"]?["timings"]),
            [
                "responseAverage", "responseMin", "responseMax", "responseSd", "dnsAverage", "dnsMin",
                "dnsMax",
                "dnsSd", "firstByteAverage", "firstByteMin", "firstByteMax", "firstByteSd", "started",
                "completed",
            ])
        XCTAssertEqual(keys(report["environment"]), ["id", "values"])
        XCTAssertEqual(keys(report["globals"]), ["id", "values"])
        XCTAssertEqual(report["run"]?["error"], .null)
    }

    func testTimingsStatsAndTransfersHoldNewmansValues() {
        let timings = report["run"]?["timings"]
        XCTAssertEqual(timings?["responseAverage"], .number(JSONNumber(text: "15.75")))
        XCTAssertEqual(timings?["responseMin"], 4)
        XCTAssertEqual(timings?["responseMax"], 49)
        // newman prints 19.214252522541695, one unit in the last place away (its summation order).
        XCTAssertEqual(timings?["responseSd"]?.doubleValue ?? 0, 19.214252522541695, accuracy: 1e-12)
        XCTAssertEqual(timings?["started"], .number(JSONNumber(text: "1795923894136")))
        XCTAssertEqual(timings?["completed"], .number(JSONNumber(text: "1795923894291")))
        XCTAssertEqual(report["run"]?["transfers"], ["responseTotal": 1068])
        XCTAssertEqual(report["run"]?["stats"]?["assertions"], ["total": 6, "pending": 0, "failed": 1])
        XCTAssertEqual(report["run"]?["stats"]?["testScripts"], ["total": 4, "pending": 0, "failed": 1])
    }

    func testExecutionsHaveNewmansKeysWithBodyForStream() {
        let all = executions()
        XCTAssertEqual(all.count, 4)
        XCTAssertEqual(keys(all[0]), ["cursor", "item", "request", "response", "id", "assertions"])
        XCTAssertEqual(keys(all[3]), ["cursor", "item", "request", "response", "id", "testScript"])
        XCTAssertEqual(
            keys(all[0]["cursor"]),
            [
                "position", "iteration", "length", "cycles", "empty", "eof", "bof", "cr", "ref",
                "httpRequestId",
            ])
        XCTAssertEqual(keys(all[0]["request"]), ["url", "header", "method"])
        XCTAssertEqual(keys(all[1]["request"]), ["url", "header", "method", "body"])
        XCTAssertEqual(
            keys(all[0]["request"]?["url"]), ["protocol", "port", "path", "host", "query", "variable"])
        XCTAssertEqual(
            keys(all[0]["response"]),
            ["id", "status", "code", "header", "body", "cookie", "responseTime", "responseSize"])
        XCTAssertEqual(keys(all[1]["assertions"]?.arrayValue?.first), ["assertion", "skipped", "error"])
        XCTAssertEqual(
            keys(all[1]["assertions"]?.arrayValue?.first?["error"]),
            ["name", "index", "test", "message", "stack"])
        XCTAssertEqual(keys(all[3]["testScript"]?.arrayValue?.first?["error"]), ["type", "name", "message"])
    }

    func testExecutionValuesFollowTheSentRequestAndResponse() {
        let first = executions()[0]
        XCTAssertEqual(first["cursor"]?["bof"], true)
        XCTAssertEqual(first["cursor"]?["ref"], "db680c76-7daf-4169-add7-de8c20a9313a")
        XCTAssertEqual(first["id"], .string(SampleRun.listID))
        XCTAssertEqual(
            first["request"]?["url"],
            [
                "protocol": "http", "port": "18081", "path": ["get"], "host": ["127", "0", "0", "1"],
                "query": [["key": "top", "value": "5"]], "variable": [],
            ])
        XCTAssertEqual(
            first["request"]?["header"],
            [["key": "Accept", "value": "application/json"], ["key": "Authorization", "value": "****"]])
        XCTAssertEqual(first["response"]?["code"], 200)
        XCTAssertEqual(first["response"]?["status"], "OK")
        XCTAssertEqual(first["response"]?["body"], .string(String(repeating: "x", count: 331)))
        XCTAssertEqual(first["response"]?["responseSize"], 331)
        XCTAssertEqual(
            first["assertions"],
            [
                ["assertion": "status is 200", "skipped": false],
                ["assertion": "echoes the query", "skipped": false],
            ])
        XCTAssertEqual(executions()[1]["request"]?["body"], ["mode": "raw", "raw": #"{"Name": "Acme"}"#])
        XCTAssertEqual(
            executions()[2]["assertions"]?.arrayValue?.last, ["assertion": "not yet", "skipped": true])
    }

    func testFailuresNameTheErrorPlaceSourceAndParent() {
        let failures = report["run"]?["failures"]?.arrayValue ?? []
        XCTAssertEqual(failures.count, 2)
        XCTAssertEqual(keys(failures[0]), ["error", "at", "source", "parent", "cursor"])
        XCTAssertEqual(failures[0]["at"], "assertion:0 in test-script")
        XCTAssertEqual(failures[0]["error"]?["test"], "status is 201")
        XCTAssertEqual(failures[0]["error"]?["index"], 0)
        XCTAssertEqual(failures[0]["source"]?["id"], .string(SampleRun.createID))
        XCTAssertEqual(failures[0]["source"]?["name"], "Create account")
        XCTAssertEqual(failures[0]["parent"]?["name"], "Accounts")
        XCTAssertEqual(failures[0]["cursor"]?["ref"], "af353c64-f2ee-4764-a975-64e7dba55a96")
        XCTAssertEqual(failures[1]["at"], "test-script")
        XCTAssertEqual(failures[1]["error"]?["name"], "TypeError")
        XCTAssertEqual(failures[1]["parent"]?["name"], "Sample run")
    }

    func testTextIsTwoSpaceIndentedJSONOfTheReport() throws {
        let text = JSONReporter.text(SampleRun.summary())
        XCTAssertTrue(text.hasPrefix("{\n  \"collection\": {\n    \"info\": {"))
        XCTAssertEqual(try JSONParser.parse(text), report)
        XCTAssertFalse(text.contains("s3cr3t-token"))
    }

    func testEnvironmentVariablesAreExportedWithTypeAndEnabled() {
        var summary = SampleRun.summary()
        summary.environment = ScopeSnapshot(
            id: "env-1", name: "Local",
            variables: [
                Variable(key: "base", value: "http://127.0.0.1"),
                Variable(key: "off", value: 1, type: "number", disabled: true),
            ])
        XCTAssertEqual(
            JSONReporter.report(summary)["environment"],
            [
                "id": "env-1", "name": "Local",
                "values": [
                    ["key": "base", "value": "http://127.0.0.1", "type": "any", "enabled": true],
                    ["key": "off", "value": 1, "type": "number", "enabled": false],
                ],
            ])
    }

    func testRunErrorIsItsMessage() {
        var summary = SampleRun.summary()
        summary.runError = "bailed out"
        XCTAssertEqual(JSONReporter.report(summary)["run"]?["error"], "bailed out")
    }
}

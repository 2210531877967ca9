import CourierTestServer
import Foundation
import XCTest

/// newman options that used to be accepted without effect: `--bail` modifiers,
/// `--reporter-cli-show-timestamps` and `--no-insecure-file-read`, run through `courier`.
final class ParityOptionsCommandTests: XCTestCase {
    private var server: TestServer!
    private var fixture: CourierRunFixture!

    override func setUpWithError() throws {
        server = try TestServer.start()
        fixture = try CourierRunFixture("parity")
    }

    override func tearDown() {
        server.stop()
        fixture.remove()
    }

    private func run(_ arguments: [String]) throws -> CourierProcess.Result {
        try CourierProcess.run(["run", "c.json"] + arguments + ["--color", "off"], in: fixture.directory)
    }

    func testBailFolderStopsAtARequestErrorAndReportsWhy() throws {
        try fixture.writeCollection([
            ("first", server.baseURL + "/status/500"), ("refused", "http://127.0.0.1:1/"),
            ("never", server.baseURL + "/get"),
        ])
        let result = try run(["--bail", "folder", "-r", "cli,json", "--reporter-json-export", "r.json"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.standardOutput.contains(
                "error: the run was aborted by an error in \"refused\" (--bail folder)"),
            result.standardOutput)
        XCTAssertFalse(result.standardOutput.contains("never"))
        XCTAssertEqual(Set(executionsByName(try fixture.jsonRun("r.json")).keys), ["first", "refused"])
        XCTAssertFalse(result.standardError.contains("warning"), result.standardError)
    }

    func testBailFolderDoesNotStopForAFailedAssertionButBailFailureDoes() throws {
        let collection = """
            {"info": {"name": "fixture"}, "item": [
              {"name": "fails", "request": "\(server.baseURL)/get",
               "event": [{"listen": "test", "script": {"exec": ["pm.test('no', () => pm.expect(1).to.equal(2));"]}}]},
              {"name": "second", "request": "\(server.baseURL)/get"}
            ]}
            """
        try fixture.write(collection, to: "c.json")
        let folder = try run(["--bail", "folder"])
        XCTAssertEqual(folder.status, 1)
        XCTAssertTrue(folder.standardOutput.contains("→ second"), folder.standardOutput)
        let failure = try run(["--bail", "failure"])
        XCTAssertEqual(failure.status, 1)
        XCTAssertFalse(failure.standardOutput.contains("→ second"), failure.standardOutput)
        XCTAssertTrue(failure.standardOutput.contains("(--bail)"), failure.standardOutput)
    }

    func testBailFolderWithAnUnknownFolderSendsNothing() throws {
        try fixture.writeCollection([("only", server.baseURL + "/get")])
        let result = try run(["--bail", "folder", "--folder", "missing"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.standardError.contains("unable to find a folder or request: missing"), result.standardError
        )
        XCTAssertTrue(server.receivedRequests.isEmpty)
    }

    func testShowTimestampsPrefixesEachRequestLineWithTheLocalTime() throws {
        try fixture.writeCollection([
            ("one", server.baseURL + "/get"), ("two", server.baseURL + "/status/404"),
        ])
        let result = try run(["--reporter-cli-show-timestamps"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardError, "", "the option is no longer reported as unsupported")
        let pattern = try NSRegularExpression(
            pattern:
                #"^  \[\d{1,2}/\d{1,2}/\d{4}, \d{1,2}:\d{2}:\d{2} (AM|PM)\]  GET http://127\.0\.0\.1:\d+/"#,
            options: [.anchorsMatchLines])
        func stamps(_ text: String) -> Int {
            pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
        }
        XCTAssertEqual(stamps(result.standardOutput), 2, result.standardOutput)
        XCTAssertEqual(stamps(try run([]).standardOutput), 0)
    }

    func testNoInsecureFileReadRefusesAFileOutsideTheWorkingDirectory() throws {
        let outside = fixture.directory.deletingLastPathComponent().appendingPathComponent(
            "courier-outside-\(UUID().uuidString).txt")
        try Data("secret".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let collection = """
            {"info": {"name": "fixture"}, "item": [
              {"name": "upload", "request": {"method": "POST", "url": "\(server.baseURL)/post",
               "body": {"mode": "file", "file": {"src": "../\(outside.lastPathComponent)"}}}}
            ]}
            """
        try fixture.write(collection, to: "c.json")
        let secure = try run(["--no-insecure-file-read"])
        XCTAssertEqual(secure.standardError, "", "no 'not supported' warning any more")
        XCTAssertTrue(
            secure.standardOutput.contains(
                "Binary file load error: PPERM: insecure file access outside working directory"),
            secure.standardOutput)
        XCTAssertEqual(server.receivedRequests.last?.bodyText, "")

        let open = try run([])
        XCTAssertFalse(open.standardOutput.contains("PPERM"), open.standardOutput)
        XCTAssertEqual(server.receivedRequests.last?.bodyText, "secret")
    }
}

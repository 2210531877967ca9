import CourierTestServer
import Foundation
import XCTest

/// Hostile input end to end: the built `courier` on generated files ends with a clear error and a
/// non-zero exit, or runs; it never crashes or prints a stack trace.
final class BadInputLimitsTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-limits-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ bytes: Data) throws {
        try bytes.write(to: directory.appendingPathComponent(name))
    }

    private func run(_ arguments: [String]) throws -> CourierProcess.Result {
        try CourierProcess.run(["run"] + arguments + ["--color", "off"], in: directory)
    }

    /// A collection document around `items` (JSON text of the item array's members).
    private func collection(_ items: String, variables: String = "[]") -> Data {
        Data(
            #"{"info": {"name": "limits", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "variable": \#(variables), "item": [\#(items)]}"#
                .utf8)
    }

    /// Folders nested `depth` deep around one request to `url`.
    private func nestedFolders(_ depth: Int, url: String) -> Data {
        var text = #"{"name": "deepest", "request": "\#(url)"}"#
        for level in 0..<depth { text = #"{"name": "level \#(level)", "item": [\#(text)]}"# }
        return collection(text)
    }

    private func assertNoCrash(
        _ result: CourierProcess.Result, file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertLessThanOrEqual(
            result.status, 3, "crashed?\n\(result.standardError)", file: file, line: line)
        for marker in ["Fatal error", "Stack dump", "Segmentation", "stack overflow"] {
            XCTAssertFalse(
                result.standardError.contains(marker), result.standardError, file: file, line: line)
        }
    }

    func testTenThousandNestedFoldersEndWithANestingErrorAtItsPosition() throws {
        try write("deep.json", nestedFolders(10_000, url: "http://127.0.0.1:1/"))
        let result = try run(["deep.json"])
        assertNoCrash(result)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.standardError.contains("nesting deeper than 512 levels"), result.standardError)
        XCTAssertTrue(result.standardError.contains("line 1, column"), result.standardError)
    }

    func testSixtyFiveNestedFoldersEndWithAFolderNestingError() throws {
        try write("deep.json", nestedFolders(65, url: "http://127.0.0.1:1/"))
        let result = try run(["deep.json"])
        assertNoCrash(result)
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(
            result.standardError.contains("folder nesting deeper than 64 levels"), result.standardError)
    }

    func testSixtyFourNestedFoldersRun() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        try write("deep.json", nestedFolders(64, url: "\(server.baseURL)/get"))
        let result = try run(["deep.json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("deepest"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("level 0"), result.standardOutput)
    }

    func testAHundredThousandItemsLoadAndPlan() throws {
        let items = (0..<100_000).map { #"{"name": "item \#($0)", "request": "http://127.0.0.1:1/\#($0)"}"# }
        try write("huge.json", collection(items.joined(separator: ",")))
        // --folder picks the last item: the whole file is loaded, decoded and planned, one request is sent.
        let result = try run(["huge.json", "--folder", "item 99999"])
        assertNoCrash(result)
        XCTAssertTrue(result.standardOutput.contains("item 99999"), result.standardOutput)
        XCTAssertFalse(result.standardOutput.contains("item 99998"))
    }

    func testNulBytesInEveryFieldAreSentOrRefusedClearly() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let base = server.baseURL
        let nul = #"a\u0000b"#
        let items = [
            #"{"name": "name \#(nul)", "request": "\#(base)/get?q=\#(nul)"}"#,
            #"{"name": "header", "request": {"url": "\#(base)/get", "header": [{"key": "X-\#(nul)", "value": "\#(nul)"}]}}"#,
            #"{"name": "method", "request": {"method": "G\#(nul)", "url": "\#(base)/get"}}"#,
            #"{"name": "body", "request": {"method": "POST", "url": "\#(base)/post", "body": {"mode": "raw", "raw": "\#(nul)"}}}"#,
            #"{"name": "variable", "request": "\#(base)/get?v={{nul}}"}"#,
            #"{"name": "script", "event": [{"listen": "test", "script": {"exec": ["pm.test('nul \#(nul)', () => pm.expect(pm.variables.get('nul')).to.have.length(3));"]}}], "request": "\#(base)/get"}"#,
        ]
        try write(
            "nul.json",
            collection(items.joined(separator: ","), variables: #"[{"key": "nul", "value": "\#(nul)"}]"#))
        let result = try run(["nul.json"])
        assertNoCrash(result)
        XCTAssertEqual(result.status, 1, "the header and method items fail as requests")
        XCTAssertTrue(
            result.standardOutput.contains("Header name must be a valid HTTP token"), result.standardOutput)
        XCTAssertTrue(
            result.standardOutput.contains("Method must be a valid HTTP token"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("/get?v=a%00b"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("✓  nul a\u{0}b"), result.standardOutput)
    }

    func testInvalidUTF8IsReadAsLatin1() throws {
        var bytes = [UInt8](#"{"info": {"name": "caf"#.utf8)
        bytes += [0xE9, 0xFF]
        bytes += [UInt8](#""}, "item": []}"#.utf8)
        try write("latin1.json", Data(bytes))
        let result = try run(["latin1.json"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardOutput.contains("café\u{FF}"), result.standardOutput)
    }

    func testUnboundedScriptAllocationsEndWithAnErrorAndTheRunGoesOn() throws {
        let scripts = [
            "let a = []; while (true) a.push(new Array(1e6).fill(1));",
            "let s = 'x'; while (true) s += s;",
            "let s = 'x'; while (true) { s += s; s.charCodeAt(s.length - 1); }",
            "pm.test('the run goes on', () => {});",
        ]
        let items = scripts.enumerated().map { index, script in
            #"{"name": "script \#(index)", "event": [{"listen": "prerequest", "script": {"exec": ["\#(script)"]}}], "request": "http://127.0.0.1:1/"}"#
        }
        try write("memory.json", collection(items.joined(separator: ",")))
        let result = try run(["memory.json", "--max-script-memory", "256"])
        assertNoCrash(result)
        XCTAssertEqual(result.status, 1)
        let output = result.standardOutput
        XCTAssertTrue(output.contains("script memory limit exceeded"), output)
        XCTAssertTrue(output.contains("more than 256 MiB"), output)
        XCTAssertTrue(output.contains("RangeError"), output)
        XCTAssertTrue(output.contains("✓  the run goes on"), output)
    }

    func testTheDefaultLimitStopsAnUnboundedScriptWithoutATimeout() throws {
        let script = "let a = []; while (true) a.push(new Array(1e6).fill(1));"
        let items =
            #"{"name": "grows", "event": [{"listen": "prerequest", "script": {"exec": ["\#(script)"]}}], "request": "http://127.0.0.1:1/"}"#
        try write("memory.json", collection(items))
        let result = try run(["memory.json"])
        assertNoCrash(result)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.standardOutput.contains("more than 512 MiB; see --max-script-memory"),
            result.standardOutput)
    }
}

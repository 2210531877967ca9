import CourierTestServer
import Foundation
import XCTest

/// `courier run --parallel/--shard/--no-progress` end to end: the built executable against the test server.
final class ParallelCommandTests: XCTestCase {
    private var server: TestServer!
    private var directory: URL!

    override func setUpWithError() throws {
        server = try TestServer.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let test = #"""
            {"listen": "test", "script": {"exec": [
              "pm.test('status of ' + pm.iterationData.get('row'), () => pm.response.to.have.status(200));",
              "pm.test('even row', () => pm.expect(pm.iterationData.get('n') % 2).to.equal(0));"]}}
            """#
        let items = ["a", "b", "c"].map { name in
            #"{"name": "\#(name)", "event": [\#(test)], "request": "\#(server.baseURL)/delay-ms/5?item=\#(name)&row={{row}}"}"#
        }
        try write(
            "c.json",
            #"{"info": {"name": "parallel check"}, "item": [{"name": "F", "item": [\#(items[0]), \#(items[1])]}, \#(items[2])]}"#
        )
        try write("data.csv", "row,n\n" + (0..<6).map { "row\($0),\($0)" }.joined(separator: "\n") + "\n")
    }

    override func tearDown() {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    private func run(_ arguments: [String]) throws -> CourierProcess.Result {
        try CourierProcess.run(
            ["run", "c.json", "-d", "data.csv", "--color", "off"] + arguments, in: directory)
    }

    /// The CLI output without timings, sizes, durations and the table widths they set (which differ
    /// between any two runs).
    private func stable(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("duration") && !$0.contains("response time") && !$0.contains("average") }
            .map {
                $0.replacingOccurrences(of: #"\d+ms|\d+B"#, with: "_", options: .regularExpression)
                    .replacingOccurrences(of: "[ ─]+", with: " ", options: .regularExpression)
            }
            .joined(separator: "\n")
    }

    /// Item and assertion names with outcomes, in report order, from a JSON report.
    private func executions(_ report: String) throws -> [String] {
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(report)))
            as? [String: Any]
        let run = json?["run"] as? [String: Any]
        let executions = run?["executions"] as? [[String: Any]] ?? []
        return executions.map { execution in
            let cursor = execution["cursor"] as? [String: Any]
            let item = (execution["item"] as? [String: Any])?["name"] as? String ?? "?"
            let assertions = (execution["assertions"] as? [[String: Any]] ?? []).map {
                "\($0["assertion"] as? String ?? "?")=\($0["error"] == nil)"
            }
            return "\(cursor?["iteration"] ?? "?") \(item) \(assertions.joined(separator: ","))"
        }
    }

    func testParallelOutputAndReportMatchTheSequentialRun() throws {
        let sequential = try run(["-r", "cli,json", "--reporter-json-export", "seq.json"])
        let parallel = try run(["-r", "cli,json", "--reporter-json-export", "par.json", "--parallel", "4"])
        XCTAssertEqual(sequential.status, 1, "odd rows fail an assertion")
        XCTAssertEqual(parallel.status, 1)
        let parallelLines = stable(parallel.standardOutput).split(
            separator: "\n", omittingEmptySubsequences: false)
        let sequentialLines = stable(sequential.standardOutput).split(
            separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(parallelLines.count, sequentialLines.count)
        for (parallelLine, sequentialLine) in zip(parallelLines, sequentialLines)
        where parallelLine != sequentialLine {
            XCTFail("parallel: \(parallelLine)\nsequential: \(sequentialLine)")
        }
        XCTAssertEqual(parallel.standardError, "")
        let order = try executions("seq.json")
        XCTAssertEqual(order.count, 18)
        XCTAssertEqual(order.first, "0 a status of row0=true,even row=true")
        XCTAssertEqual(try executions("par.json"), order)
    }

    func testShardsOfTheCommandLineMakeUpTheWholeRun() throws {
        _ = try run(["-r", "json", "--reporter-json-export", "full.json"])
        var union: [String] = []
        for (index, arguments) in [["--shard", "1/2"], ["--shard", "2/2", "--parallel", "2"]].enumerated() {
            let result = try run(["-r", "json", "--reporter-json-export", "s\(index).json"] + arguments)
            XCTAssertEqual(result.status, index == 0 ? 0 : 1, "only odd rows fail; \(result.standardError)")
            union += try executions("s\(index).json")
        }
        XCTAssertEqual(union.sorted(), try executions("full.json").sorted())

        let folderShard = try run([
            "-r", "json", "--reporter-json-export", "f.json", "--shard", "2/2", "--shard-by", "folder",
        ])
        XCTAssertEqual(folderShard.status, 1)
        XCTAssertEqual(Set(try executions("f.json").map { $0.split(separator: " ")[1] }), ["c"])
    }

    func testBadValuesAreUsageErrors() throws {
        let cases: [([String], String)] = [
            (["--parallel", "0"], "positive integer"),
            (["--parallel", "65"], "from 1 to 64"),
            (["--shard", "5/4"], "K from 1 to 4"),
            (["--shard", "0/4"], "K from 1 to 4"),
            (["--shard", "two"], "expects K/N"),
            (["--shard", "1/0"], "at least one shard"),
            (["--shard", "1/2", "--shard-by", "request"], "iteration or folder"),
            (["--shard-by", "folder"], "needs '--shard K/N'"),
        ]
        for (arguments, message) in cases {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.standardError.contains(message), "\(arguments): \(result.standardError)")
            XCTAssertEqual(result.standardOutput, "", "\(arguments)")
        }
    }

    func testNoProgressLineWhenStdoutIsAPipe() throws {
        let result = try run(["--parallel", "2"])
        XCTAssertFalse(result.standardError.contains("requests"), result.standardError)
        XCTAssertFalse(result.standardError.contains("\r"))
        XCTAssertFalse(result.standardOutput.contains("\r"))
    }

    func testProgressLineOnATerminalUnlessTurnedOff() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            throw XCTSkip("no script(1)")
        }
        let courier = try CourierProcess.executable().path
        func underTerminal(_ extra: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = [
                "-qec", "'\(courier)' run c.json -d data.csv --color off \(extra)", "/dev/null",
            ]
            process.currentDirectoryURL = directory
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try underTerminal("")
        XCTAssertTrue(shown.contains("\r\u{1B}[K  ▸ 0/18 requests · 0 failed · 00:00"), shown)
        XCTAssertTrue(shown.contains("parallel check"), "the report is still printed")
        let hidden = try underTerminal("--no-progress")
        XCTAssertFalse(hidden.contains("requests ·"), hidden)
        XCTAssertFalse(try underTerminal("--silent").contains("requests ·"))
    }
}

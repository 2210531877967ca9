import CourierTestServer
import Foundation
import XCTest

/// Ctrl-C (SIGINT) and SIGTERM stop `courier run` after the current request; the reports are
/// written for what ran, marked interrupted, and the exit code is 128 + the signal.
final class InterruptTests: XCTestCase {
    /// Starts `courier` with `arguments`, waits until the first item's output appeared (the CLI
    /// writes once per finished item), sends `signals` a moment apart, and waits for the exit.
    private func runInterrupted(
        _ arguments: [String], in directory: URL, signals: [Int32]
    ) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = try CourierProcess.executable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let firstOutput = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outputData = Data()
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            var signalled = false
            while true {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                outputData.append(chunk)
                if !signalled, String(decoding: outputData, as: UTF8.self).contains("→ one") {
                    signalled = true
                    firstOutput.signal()
                }
            }
            if !signalled { firstOutput.signal() }
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        XCTAssertEqual(firstOutput.wait(timeout: .now() + 30), .success, "the first request finished")
        for signal in signals {
            Thread.sleep(forTimeInterval: 0.3)
            kill(process.processIdentifier, signal)
        }
        group.wait()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    private func writeSlowCollection(_ fixture: CourierRunFixture, server: TestServer, slowPath: String)
        throws
    {
        try fixture.writeCollection([
            ("one", server.baseURL + "/get"), ("two", server.baseURL + slowPath),
            ("three", server.baseURL + "/get"),
        ])
    }

    func testSIGINTStopsAfterTheCurrentRequestAndWritesMarkedReports() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let fixture = try CourierRunFixture("sigint")
        defer { fixture.remove() }
        try writeSlowCollection(fixture, server: server, slowPath: "/delay/2")
        let result = try runInterrupted(
            [
                "run", "c.json", "-r", "cli,json,junit", "--reporter-json-export", "r.json",
                "--reporter-junit-export",
                "r.xml", "--export-environment", "env.json", "--color", "off",
            ], in: fixture.directory, signals: [SIGINT])

        XCTAssertEqual(result.status, 130, result.error)
        let run = try fixture.jsonRun("r.json")
        XCTAssertEqual(run["interrupted"] as? Bool, true)
        XCTAssertEqual(run["error"] as? String, "the run was interrupted (SIGINT) after 2 requests")
        let executions = executionsByName(run)
        XCTAssertEqual(executions["one"]?.code, 200)
        XCTAssertEqual(executions["two"]?.code, 200, "the current request finished")
        XCTAssertNil(executions["three"], "no request after the signal")
        let junit = try fixture.junit("r.xml")
        XCTAssertTrue(junit.contains(#"interrupted="true""#))
        XCTAssertTrue(junit.contains(#"<testsuite name="two""#))
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(try fixture.text("env.json").utf8)))
        XCTAssertTrue(result.output.contains("the run was interrupted (SIGINT)"))
        XCTAssertTrue(result.error.contains("SIGINT received"))
    }

    func testSecondSIGTERMAbortsAHangingRequestAndStillWritesReports() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let fixture = try CourierRunFixture("sigterm")
        defer { fixture.remove() }
        try writeSlowCollection(fixture, server: server, slowPath: "/fault/hang")
        let result = try runInterrupted(
            [
                "run", "c.json", "-r", "cli,json,junit", "--reporter-json-export", "r.json",
                "--reporter-junit-export", "r.xml",
            ],
            in: fixture.directory, signals: [SIGTERM, SIGTERM])

        XCTAssertEqual(result.status, 143, result.error)
        let run = try fixture.jsonRun("r.json")
        XCTAssertEqual(run["interrupted"] as? Bool, true)
        let executions = executionsByName(run)
        XCTAssertEqual(executions["one"]?.code, 200)
        XCTAssertEqual(executions["two"]?.error, "request aborted: the run was interrupted")
        XCTAssertNil(executions["three"])
        XCTAssertTrue(try fixture.junit("r.xml").contains(#"interrupted="true""#))
    }
}

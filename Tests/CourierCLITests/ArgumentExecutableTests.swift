import Foundation
import XCTest

/// The built `courier` executable: exit codes and where its messages go.
final class ArgumentExecutableTests: XCTestCase {
    private struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `courier` executable built next to this test bundle (e.g. `.build/debug/courier`).
    private func courierExecutable(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let starts = [Bundle(for: Self.self).bundleURL, Bundle.main.bundleURL]
        for start in starts {
            var directory = start.hasDirectoryPath ? start : start.deletingLastPathComponent()
            for _ in 0..<4 {
                let candidate = directory.appendingPathComponent("courier")
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                directory = directory.deletingLastPathComponent()
            }
        }
        XCTFail("courier executable not found near \(starts); build it first", file: file, line: line)
        throw XCTSkip("no executable")
    }

    private func runCourier(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = try courierExecutable()
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }

    func testUnknownOptionExitsWithTwoAndExplainsOnStandardError() throws {
        let result = try runCourier(["run", "c.json", "--iteration-cout", "3"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.standardOutput, "")
        XCTAssertEqual(
            result.standardError,
            "error: unknown option '--iteration-cout'. Did you mean '--iteration-count'?\n"
                + "Run 'courier help run' for usage.\n")
    }

    func testVersionExitsWithZeroOnStandardOutput() throws {
        for flag in ["--version", "-v"] {
            let result = try runCourier([flag])
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.standardOutput, "courier 0.1.0\n")
            XCTAssertEqual(result.standardError, "")
        }
    }

    func testRunHelpExitsWithZeroOnStandardOutput() throws {
        let result = try runCourier(["run", "--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.standardOutput.hasPrefix("Usage: courier run <collection> [options]\n"))
        XCTAssertEqual(result.standardError, "")
    }
}

import Foundation
import XCTest

/// Runs the built `courier` executable (next to the test bundle) and captures what it printed.
struct CourierProcess {
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The `courier` executable built next to this test bundle (e.g. `.build/debug/courier`).
    static func executable(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let starts = [Bundle.main.bundleURL] + Bundle.allBundles.map(\.bundleURL)
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

    /// Runs `courier` with `arguments` in `directory` (default: the current one).
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        return try capture(process)
    }

    /// Starts `process` and waits for it, capturing stdout and stderr; a process still running after
    /// `timeout` seconds is terminated.
    static func capture(_ process: Process, timeout: TimeInterval? = nil) throws -> Result {
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        if let timeout { DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog) }
        // Read both pipes concurrently so a full stderr never blocks the child.
        nonisolated(unsafe) var errorData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self))
    }
}

import Foundation
import XCTest

final class ExecutableTests: XCTestCase {
    func testExecutablePrintsItsURLFirstAndExitsZeroOnSIGTERM() throws {
        let binary = try builtTestServerExecutable()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--port", "0"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var output = Data()
        while !output.contains(UInt8(ascii: "\n")) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            output += chunk
        }
        let line = String(decoding: output, as: UTF8.self).components(separatedBy: "\n")[0]
        XCTAssertNotNil(
            line.range(of: "^listening on http://127\\.0\\.0\\.1:[0-9]+$", options: .regularExpression), line)
        let base = String(line.dropFirst("listening on ".count))
        XCTAssertEqual(try curl(["-o", "/dev/null", "-w", "%{http_code}", base + "/get"]).output, "200")
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
    }
}

import Foundation
import XCTest

/// `courier-testserver --tls-port 0 --tls-expired-port 0`: the lines it prints and its clean exit.
final class TLSExecutableTests: XCTestCase {
    func testExecutablePrintsTLSLinesAfterTheFirstAndStopsSocatOnSIGTERM() throws {
        let binary = try builtTestServerExecutable()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/socat") else {
            throw XCTSkip("socat is not installed")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--port", "0", "--tls-port", "0", "--tls-expired-port", "0"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        var output = ""
        while !output.contains("ca certificate ") || !output.hasSuffix("\n") {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            output += String(decoding: chunk, as: UTF8.self)
        }
        let lines = output.components(separatedBy: "\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.count, 4, output)
        XCTAssertTrue(lines[0].hasPrefix("listening on http://127.0.0.1:"), lines[0])
        let tls = try XCTUnwrap(lines.first { $0.hasPrefix("tls listening on https://127.0.0.1:") })
        XCTAssertNotNil(lines.first { $0.hasPrefix("tls expired listening on https://127.0.0.1:") })
        let ca = String(
            try XCTUnwrap(lines.first { $0.hasPrefix("ca certificate ") }).dropFirst("ca certificate ".count))
        let port = try XCTUnwrap(tls.split(separator: ":").last.map(String.init))
        let result = try curl([
            "--cacert", ca, "--connect-to", "postman-echo.com:443:127.0.0.1:\(port)",
            "https://postman-echo.com/get",
        ])
        XCTAssertEqual(try jsonObject(result.output)["url"] as? String, "https://postman-echo.com/get")
        process.terminate()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: ca), "the certificates are deleted on exit")
    }
}

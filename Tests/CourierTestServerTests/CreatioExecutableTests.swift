import Foundation
import XCTest

/// `courier-testserver` passes its Creatio options to the server.
final class CreatioExecutableTests: XCTestCase {
    func testCreatioOptionsFromTheCommandLine() throws {
        let binary = try builtTestServerExecutable()
        let process = Process()
        process.executableURL = binary
        process.arguments = [
            "--port", "0", "--client-id", "cli-client", "--client-secret", "cli-secret", "--token-lifetime",
            "77",
            "--user", "Tester", "--password", "pa55",
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
        }
        var output = Data()
        while !output.contains(UInt8(ascii: "\n")) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            output += chunk
        }
        let line = String(decoding: output, as: UTF8.self).components(separatedBy: "\n")[0]
        let base = String(line.dropFirst("listening on ".count))

        let token = try jsonObject(
            try curl([
                "-d", "client_id=cli-client&client_secret=cli-secret&grant_type=client_credentials",
                base + "/connect/token",
            ]).output)
        XCTAssertEqual(token["expires_in"] as? Int, 77)
        let refused = try jsonObject(
            try curl([
                "-d", "client_id=courier-client&client_secret=courier-secret&grant_type=client_credentials",
                base + "/connect/token",
            ]).output)
        XCTAssertEqual(refused["error"] as? String, "invalid_client")
        let login = try jsonObject(
            try curl([
                "-H", "Content-Type: application/json", "-d",
                "{\"UserName\":\"Tester\",\"UserPassword\":\"pa55\"}",
                base + "/ServiceModel/AuthService.svc/Login",
            ]).output)
        XCTAssertEqual(login["Code"] as? Int, 0)
    }

    func testBadTokenLifetimeIsAUsageError() throws {
        let binary = try builtTestServerExecutable()
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--token-lifetime", "soon"]
        process.standardError = Pipe()
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
    }
}

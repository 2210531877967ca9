import CourierTestServer
import Foundation
import XCTest

/// https through the socat tunnel: certificates from the throwaway CA, `url` echoes with https, the expired
/// listener, and a clean stop.
final class TLSTests: XCTestCase {
    private func startTLSServer(_ options: TLSOptions = TLSOptions()) throws -> TestServer {
        guard
            ["/usr/bin/socat", "/usr/local/bin/socat"].contains(where: FileManager.default.isExecutableFile)
        else { throw XCTSkip("socat is not installed") }
        return try TestServer.start(tls: options)
    }

    func testHTTPSRequestThroughConnectToEchoesAnHTTPSURL() throws {
        let server = try startTLSServer()
        defer { server.stop() }
        let port = try XCTUnwrap(server.tlsPort)
        let ca = try XCTUnwrap(server.caCertificatePath)
        let result = try curl([
            "--cacert", ca, "--connect-to", "postman-echo.com:\(port):127.0.0.1:\(port)",
            "-w", "\n%{http_code}", "https://postman-echo.com:\(port)/get?a=1",
        ])
        XCTAssertEqual(result.exitCode, 0)
        let lines = result.output.components(separatedBy: "\n")
        XCTAssertEqual(lines.last, "200")
        let body = try jsonObject(lines.dropLast().joined(separator: "\n"))
        XCTAssertEqual(body["url"] as? String, "https://postman-echo.com:\(port)/get?a=1")
        XCTAssertEqual(server.receivedRequests.last?.target, "/get?a=1")
        XCTAssertEqual(server.tlsBaseURL, "https://127.0.0.1:\(port)")
    }

    func testDefaultHTTPSPortIsLeftOutOfTheEchoedURL() throws {
        let server = try startTLSServer()
        defer { server.stop() }
        let port = try XCTUnwrap(server.tlsPort)
        let result = try curl([
            "--cacert", try XCTUnwrap(server.caCertificatePath),
            "--connect-to", "httpbin.org:443:127.0.0.1:\(port)", "https://httpbin.org/get",
        ])
        XCTAssertEqual(result.exitCode, 0)
        XCTAssertEqual(try jsonObject(result.output)["url"] as? String, "https://httpbin.org/get")
    }

    func testNamesOutsideTheCertificateFailVerificationAndExtraNamesWork() throws {
        let server = try startTLSServer(TLSOptions(names: TLSOptions.defaultNames + ["api.example.test"]))
        defer { server.stop() }
        let port = try XCTUnwrap(server.tlsPort)
        let ca = try XCTUnwrap(server.caCertificatePath)
        let extra = try curl([
            "--cacert", ca, "--connect-to", "api.example.test:443:127.0.0.1:\(port)", "-o", "/dev/null",
            "-w", "%{http_code}", "https://api.example.test/get",
        ])
        XCTAssertEqual(extra.output, "200")
        let other = try curl([
            "--stderr", "/dev/null", "--cacert", ca, "--connect-to", "example.com:443:127.0.0.1:\(port)",
            "https://example.com/get",
        ])
        XCTAssertEqual(other.exitCode, 60, "curl reports a certificate problem")
        XCTAssertEqual(
            try curl(["--stderr", "/dev/null", "-o", "/dev/null", "https://127.0.0.1:\(port)/get"]).exitCode,
            60, "untrusted CA")
    }

    func testExpiredListenerFailsVerificationUnlessInsecure() throws {
        let server = try startTLSServer(TLSOptions(expired: true))
        defer { server.stop() }
        let port = try XCTUnwrap(server.expiredTLSPort)
        let ca = try XCTUnwrap(server.caCertificatePath)
        let mapping = "expired.badssl.com:443:127.0.0.1:\(port)"
        let verified = try curl([
            "--stderr", "/dev/null", "--cacert", ca, "--connect-to", mapping, "https://expired.badssl.com/",
        ])
        XCTAssertEqual(verified.exitCode, 60, "an expired certificate fails verification")
        let insecure = try curl([
            "-k", "--connect-to", mapping, "-o", "/dev/null", "-w", "%{http_code}",
            "https://expired.badssl.com/",
        ])
        XCTAssertEqual(insecure.output, "200")
    }

    func testStopEndsSocatAndDeletesTheCertificates() throws {
        let server = try startTLSServer(TLSOptions(expired: true))
        let ports = [try XCTUnwrap(server.tlsPort), try XCTUnwrap(server.expiredTLSPort)]
        let ca = try XCTUnwrap(server.caCertificatePath)
        // A request leaves a forked socat child behind for its connection until stop.
        _ = try curl(["--cacert", ca, "-o", "/dev/null", "https://127.0.0.1:\(ports[0])/get"])
        for port in ports { XCTAssertTrue(try socatRunning(port: port)) }
        server.stop()
        for port in ports { XCTAssertFalse(try socatRunning(port: port), "socat on \(port) outlived stop()") }
        XCTAssertFalse(FileManager.default.fileExists(atPath: ca))
    }

    func testPlainHomePageStandsInForOtherHosts() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let result = try curl([
            "--head", "--connect-to", "google.com:80:127.0.0.1:\(server.port)", "-o", "/dev/null",
            "-w", "%{http_code}", "http://google.com/",
        ])
        XCTAssertEqual(result.output, "200")
    }

    /// True when `pgrep -f` finds a process listening with OpenSSL on `port`.
    private func socatRunning(port: UInt16) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        process.arguments = ["-f", "OPENSSL-LISTEN:\(port),"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}

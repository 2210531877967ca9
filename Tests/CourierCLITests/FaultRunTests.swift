import CourierTestServer
import Foundation
import XCTest

/// `courier run` against broken servers: each fault fails its own request with a named error,
/// the next request still runs, and every report is written.
final class FaultRunTests: XCTestCase {
    func testEveryFaultFailsOnlyItsRequestAndReportsComplete() throws {
        let server = try TestServer.start(tls: TLSOptions())
        defer { server.stop() }
        let notTLS = try NotTLSListener.start()
        defer { notTLS.stop() }
        let fixture = try CourierRunFixture("faults")
        defer { fixture.remove() }
        let base = server.baseURL
        let faults: [(name: String, url: String, expected: (String) -> Bool)] = [
            ("reset-before", base + "/fault/reset-before", { $0 == "read ECONNRESET" }),
            ("close-before", base + "/fault/close-before", { $0 == "socket hang up" }),
            ("reset-during-body", base + "/fault/reset-during-body", { $0 == "read ECONNRESET" }),
            ("hang", base + "/fault/hang", { $0 == "ESOCKETTIMEDOUT" }),
            ("drip", base + "/fault/drip?bytes=100&delay=50", { $0 == "ESOCKETTIMEDOUT" }),
            (
                "bad-status-line", base + "/fault/bad-status-line",
                { $0 == "Parse Error: Invalid status line" }
            ),
            (
                "bad-chunked", base + "/fault/bad-chunked",
                { $0 == "Parse Error: Invalid character in chunk size" }
            ),
            ("bad-gzip", base + "/fault/bad-gzip", { $0 == "incorrect header check" }),
            (
                "big", base + "/fault/big?mb=5",
                { $0 == "response body larger than --max-response-size (1048576 bytes)" }
            ),
            (
                "big-chunked", base + "/fault/big?mb=5&chunked=1",
                { $0 == "response body larger than --max-response-size (1048576 bytes)" }
            ),
            (
                "redirect-loop", base + "/fault/redirect-loop",
                {
                    $0
                        == "Exceeded maxRedirects. Probably stuck in a redirect loop \(base)/fault/redirect-loop"
                }
            ),
            ("not-tls", notTLS.baseURL + "/get", { $0.hasPrefix("write EPROTO") }),
            (
                "untrusted-cert", try XCTUnwrap(server.tlsBaseURL) + "/get",
                {
                    [
                        "self-signed certificate in certificate chain",
                        "unable to get local issuer certificate",
                    ].contains($0)
                }
            ),
        ]
        var items: [(name: String, url: String)] = []
        for fault in faults {
            items.append((fault.name, fault.url))
            items.append(("after " + fault.name, base + "/get"))
        }
        try fixture.writeCollection(items)
        let result = try CourierProcess.run(
            [
                "run", "c.json", "--timeout-request", "1000", "--max-response-size", "1MB", "-r",
                "cli,json,junit",
                "--reporter-json-export", "r.json", "--reporter-junit-export", "r.xml", "--color", "off",
            ], in: fixture.directory)

        XCTAssertEqual(result.status, 1, result.standardError)
        let run = try fixture.jsonRun("r.json")
        let executions = executionsByName(run)
        XCTAssertEqual(executions.count, items.count)
        for fault in faults {
            let error = executions[fault.name]?.error
            XCTAssertTrue(error.map(fault.expected) ?? false, "\(fault.name): \(error ?? "no error")")
            XCTAssertEqual(executions["after " + fault.name]?.code, 200, "the request after \(fault.name)")
            XCTAssertTrue(
                result.standardOutput.contains("→ after \(fault.name)\n"),
                "CLI shows the request after \(fault.name)")
        }
        XCTAssertEqual((run["failures"] as? [Any])?.count, faults.count)
        let junit = try fixture.junit("r.xml")
        XCTAssertTrue(junit.contains("RequestError: Error: read ECONNRESET"))
        XCTAssertTrue(result.standardOutput.contains("Parse Error: Invalid status line"))
    }

    func testDefaultLimitStopsA60MegabyteBodyWithoutHoldingIt() throws {
        let server = try TestServer.start()
        defer { server.stop() }
        let fixture = try CourierRunFixture("big")
        defer { fixture.remove() }
        try fixture.writeCollection([
            ("big", server.baseURL + "/fault/big?mb=60"),
            ("big-chunked", server.baseURL + "/fault/big?mb=60&chunked=1"),
            ("after", server.baseURL + "/get"),
        ])
        // Run through a small python3 parent, so the peak resident size is this child's alone
        // (this test process may have started bigger children before, Chromium among them).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
                + "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)",
            try CourierProcess.executable().path, "run", "c.json", "-r", "json", "--reporter-json-export", "r.json",
        ]
        process.currentDirectoryURL = fixture.directory
        let result = try CourierProcess.capture(process)
        XCTAssertEqual(result.status, 1, result.standardError)
        let executions = executionsByName(try fixture.jsonRun("r.json"))
        let expected = "response body larger than --max-response-size (52428800 bytes)"
        XCTAssertEqual(executions["big"]?.error, expected)
        XCTAssertEqual(executions["big-chunked"]?.error, expected)
        XCTAssertEqual(executions["after"]?.code, 200)
        // At most the 50 MiB limit held once, plus the runtime.
        let peakKiB = Int(result.standardError.split(separator: "\n").last ?? "")
        XCTAssertNotNil(peakKiB, result.standardError)
        XCTAssertLessThan(peakKiB ?? .max, 400 * 1024, "peak resident size of the courier process, in KiB")
    }
}

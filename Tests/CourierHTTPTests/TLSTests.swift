import CourierHTTP
import Foundation
import XCTest

/// HTTPS against a server with a freshly made self-signed certificate for 127.0.0.1.
final class TLSTests: XCTestCase {
    private var directory: URL!
    private var server: EchoServer!
    private var certificate: String { directory.appendingPathComponent("cert.pem").path }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("courier-http-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = directory.appendingPathComponent("key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", key, "-out", certificate, "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ]
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try XCTSkipUnless(openssl.terminationStatus == 0, "openssl could not make a certificate")
        server = try EchoServer(certificateFile: certificate, keyFile: key)
    }

    override func tearDown() {
        server?.stop()
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func testSelfSignedCertificateIsRejectedByDefault() {
        XCTAssertThrowsError(try HTTPClient().send(HTTPRequest(url: server.baseURL + "/echo"))) { error in
            XCTAssertEqual((error as? HTTPError)?.kind, .tls)
            XCTAssertEqual((error as? HTTPError)?.message, "self-signed certificate")
        }
    }

    func testInsecureClientOrRequestSkipsVerification() throws {
        let insecureClient = HTTPClient(options: ClientOptions(insecure: true))
        XCTAssertEqual(try insecureClient.send(HTTPRequest(url: server.baseURL + "/echo")).status, 200)
        let response = try HTTPClient().send(
            HTTPRequest(url: server.baseURL + "/echo"), options: TransferOptions(insecure: true))
        XCTAssertEqual(response.status, 200)
        XCTAssertGreaterThanOrEqual(response.timings.tls, response.timings.connect)
    }

    func testExtraCAFileIsTrusted() throws {
        let client = HTTPClient(options: ClientOptions(caFile: certificate))
        let response = try client.send(HTTPRequest(url: server.baseURL + "/echo"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.effectiveURL, server.baseURL + "/echo")
    }
}

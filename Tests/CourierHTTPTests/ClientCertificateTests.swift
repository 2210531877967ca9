import CourierHTTP
import CourierTestServer
import Foundation
import XCTest

/// TLS client certificates against the test server's listener that requires one signed by its CA.
final class ClientCertificateTests: XCTestCase {
    private var server: TestServer!
    private var url: String { server.clientAuthTLSBaseURL! + "/get" }
    private var caFile: String { server.caCertificatePath! }

    override func setUpWithError() throws {
        do {
            server = try TestServer.start(tls: TLSOptions(clientAuth: true))
        } catch let error as TLSError {
            throw XCTSkip("https test server unavailable: \(error)")
        }
    }

    override func tearDown() {
        server?.stop()
    }

    private func client(_ certificates: ClientCertificates) -> HTTPClient {
        HTTPClient(
            options: ClientOptions(
                caFile: caFile, clientCertificates: certificates, environmentProxies: .none))
    }

    private var plainKeyCertificate: ClientCertificate {
        ClientCertificate(certificatePath: server.clientCertificatePath!, keyPath: server.clientKeyPath!)
    }

    func testWithoutACertificateTheRequestFailsWithAClearTLSError() {
        XCTAssertThrowsError(try client(ClientCertificates()).send(HTTPRequest(url: url))) { error in
            let failure = error as? HTTPError
            XCTAssertEqual(failure?.kind, .tls)
            // TLS 1.3: the refusal arrives as an alert or as a connection closed after the handshake.
            XCTAssertTrue(
                failure?.message.contains("requires a TLS client certificate and none was sent") == true,
                failure?.message ?? "\(error)")
        }
    }

    func testTheSingleCertificateIsPresented() throws {
        let response = try client(ClientCertificates(fallback: plainKeyCertificate)).send(
            HTTPRequest(url: url))
        XCTAssertEqual(response.status, 200)
    }

    func testAnEncryptedKeyOpensWithItsPassphrase() throws {
        let certificate = ClientCertificate(
            certificatePath: server.clientCertificatePath!, keyPath: server.encryptedClientKeyPath!,
            passphrase: server.clientKeyPassphrase)
        XCTAssertEqual(
            try client(ClientCertificates(fallback: certificate)).send(HTTPRequest(url: url)).status, 200)
    }

    func testAWrongPassphraseIsReportedAsAKeyProblem() {
        let certificate = ClientCertificate(
            name: "client", certificatePath: server.clientCertificatePath!,
            keyPath: server.encryptedClientKeyPath!,
            passphrase: "not-the-passphrase")
        XCTAssertThrowsError(
            try client(ClientCertificates(fallback: certificate)).send(HTTPRequest(url: url))
        ) { error in
            let failure = error as? HTTPError
            XCTAssertEqual(failure?.kind, .tls)
            XCTAssertTrue(
                failure?.message.hasPrefix("client certificate client could not be used") == true, "\(error)")
            XCTAssertTrue(failure?.message.contains("passphrase") == true, "\(error)")
            XCTAssertFalse(failure?.message.contains("not-the-passphrase") == true)
        }
    }

    func testTheFirstMatchingListEntryWinsOverTheSingleCertificate() throws {
        let port = server.clientAuthTLSPort!
        var listed = plainKeyCertificate
        listed.matches = [URLMatchPattern("https://127.0.0.1:\(port)/*")!]
        // The single certificate is unusable (missing file): only the list entry can make this pass.
        let broken = ClientCertificate(
            certificatePath: "/nonexistent/client.pem", keyPath: "/nonexistent/key.pem")
        let certificates = ClientCertificates(list: [listed], fallback: broken)
        XCTAssertEqual(try client(certificates).send(HTTPRequest(url: url)).status, 200)

        // An entry for another port does not apply, so the broken single certificate is used and fails.
        listed.matches = [URLMatchPattern("https://127.0.0.1:\(port == 1 ? 2 : 1)/*")!]
        XCTAssertThrowsError(
            try client(ClientCertificates(list: [listed], fallback: broken)).send(HTTPRequest(url: url)))
    }

    func testARequestsOwnCertificateIsUsed() throws {
        var options = TransferOptions()
        options.clientCertificate = plainKeyCertificate
        XCTAssertEqual(
            try client(ClientCertificates()).send(HTTPRequest(url: url), options: options).status, 200)
    }

    func testTheCertificateListFileIsRead() throws {
        let json = """
            [{"name": "local", "matches": ["https://127.0.0.1:*/*"],
              "key": {"src": "\(server.encryptedClientKeyPath!)"}, "cert": {"src": "\(server.clientCertificatePath!)"},
              "passphrase": "\(server.clientKeyPassphrase)"}]
            """
        let list = try ClientCertificateList.parse(Data(json.utf8))
        XCTAssertEqual(list.map(\.name), ["local"])
        XCTAssertEqual(try client(ClientCertificates(list: list)).send(HTTPRequest(url: url)).status, 200)
    }
}

import CourierTestServer
import Foundation
import XCTest

/// `courier run` with proxies (environment and collection), TLS client certificates and cookie jar
/// files, end to end against the test server, its client-certificate listener and its forward proxy.
final class TransportOptionsTests: XCTestCase {
    private var server: TestServer!
    private var proxy: ForwardProxy?
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() {
        proxy?.stop()
        server?.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    private func startServer(tls: TLSOptions? = nil) throws {
        do {
            server = try TestServer.start(tls: tls)
        } catch let error as TLSError {
            throw XCTSkip("https test server unavailable: \(error)")
        }
    }

    @discardableResult
    private func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs `courier run` with this process's environment minus every proxy variable, plus `environment`.
    private func run(_ arguments: [String], environment: [String: String] = [:]) throws
        -> CourierProcess.Result
    {
        var variables = ProcessInfo.processInfo.environment.filter {
            !$0.key.lowercased().hasSuffix("_proxy")
        }
        variables.merge(environment) { $1 }
        return try CourierProcess.run(
            ["run"] + arguments + ["--color", "off"], in: directory, environment: variables)
    }

    /// A one-request collection whose test checks whether the response came through the proxy.
    private func proxyCheckCollection(url: String, expectProxy: Bool, proxySetting: String? = nil) -> String {
        let expected = expectProxy ? "'1'" : "undefined"
        let proxyField = proxySetting.map { ", \"proxy\": \($0)" } ?? ""
        return """
            {"info": {"name": "Proxy check", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Get", "request": {"method": "GET", "url": "\(url)"\(proxyField)},
               "event": [{"listen": "test", "script": {"exec": [
                 "pm.test('proxy as expected', () => pm.expect(pm.response.headers.get('X-Courier-Test-Proxy')).to.eql(\(expected)));",
                 "pm.test('status', () => pm.response.to.have.status(200));"]}}]}]}
            """
    }

    // MARK: - Proxies

    func testHTTPProxyFromTheEnvironmentIsUsed() throws {
        try startServer()
        let proxy = try ForwardProxy.start()
        self.proxy = proxy
        try write("c.json", proxyCheckCollection(url: server.baseURL + "/get", expectProxy: true))
        let result = try run(["c.json"], environment: ["HTTP_PROXY": proxy.url])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        XCTAssertEqual(proxy.requests.map(\.target), [server.baseURL + "/get"])
    }

    func testNoProxyBypassesTheEnvironmentsProxy() throws {
        try startServer()
        let proxy = try ForwardProxy.start()
        self.proxy = proxy
        try write("c.json", proxyCheckCollection(url: server.baseURL + "/get", expectProxy: false))
        let result = try run(
            ["c.json"], environment: ["http_proxy": proxy.url, "no_proxy": "localhost,127.0.0.1"])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        XCTAssertEqual(proxy.requests, [])
    }

    func testTheCollectionsProxySettingIsUsedAndWinsOverTheEnvironment() throws {
        try startServer()
        let proxy = try ForwardProxy.start()
        self.proxy = proxy
        let setting =
            #"{"match": "http+https://*/*", "host": "127.0.0.1", "port": \#(proxy.port), "tunnel": false}"#
        try write(
            "c.json",
            proxyCheckCollection(url: server.baseURL + "/get", expectProxy: true, proxySetting: setting))
        let result = try run(["c.json"], environment: ["NO_PROXY": "*"])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        XCTAssertEqual(proxy.requests.count, 1)
    }

    func testHTTPSGoesThroughTheProxyWithConnect() throws {
        try startServer(tls: TLSOptions())
        let proxy = try ForwardProxy.start()
        self.proxy = proxy
        // Through a tunnel the proxy cannot add its header: the response is the origin's own.
        try write("c.json", proxyCheckCollection(url: server.tlsBaseURL! + "/get", expectProxy: false))
        let result = try run(
            ["c.json", "--ssl-extra-ca-certs", server.caCertificatePath!],
            environment: ["HTTPS_PROXY": proxy.url])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        XCTAssertEqual(proxy.requests.map(\.method), ["CONNECT"])
        XCTAssertEqual(proxy.requests.first?.target, "127.0.0.1:\(server.tlsPort!)")
    }

    func testProxyCredentialsInTheEnvironmentAreNeverPrinted() throws {
        try startServer()
        let proxy = try ForwardProxy.start()
        self.proxy = proxy
        try write("c.json", proxyCheckCollection(url: server.baseURL + "/get", expectProxy: true))
        let proxyURL = "http://courier:pr0xy-s3cret@127.0.0.1:\(proxy.port)"
        let result = try run(["c.json", "--verbose"], environment: ["HTTP_PROXY": proxyURL])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        XCTAssertEqual(
            proxy.requests.first?.proxyAuthorization,
            "Basic " + Data("courier:pr0xy-s3cret".utf8).base64EncodedString())
        XCTAssertFalse((result.standardOutput + result.standardError).contains("pr0xy-s3cret"))
    }

    // MARK: - Client certificates

    private func clientAuthCollection() throws {
        try write(
            "c.json",
            """
            {"info": {"name": "mTLS", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Get", "request": "\(server.clientAuthTLSBaseURL!)/get",
               "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', () => pm.response.to.have.status(200));"]}}]}]}
            """)
    }

    func testWithoutAClientCertificateTheRequestFailsClearly() throws {
        try startServer(tls: TLSOptions(clientAuth: true))
        try clientAuthCollection()
        let result = try run(["c.json", "--ssl-extra-ca-certs", server.caCertificatePath!])
        XCTAssertEqual(result.status, 1)
        // TLS 1.3: the refusal arrives as an alert or as a connection closed after the handshake.
        XCTAssertTrue(
            result.standardOutput.contains("requires a TLS client certificate and none was sent"),
            result.standardOutput)
    }

    func testTheClientCertificateOptionsAreUsed() throws {
        try startServer(tls: TLSOptions(clientAuth: true))
        try clientAuthCollection()
        let result = try run([
            "c.json", "--ssl-extra-ca-certs", server.caCertificatePath!, "--ssl-client-cert",
            server.clientCertificatePath!,
            "--ssl-client-key", server.clientKeyPath!,
        ])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        XCTAssertFalse(result.standardError.contains("not supported"), result.standardError)
    }

    func testAnEncryptedKeyWithItsPassphraseWorksAndTheWrongOneFailsClearly() throws {
        try startServer(tls: TLSOptions(clientAuth: true))
        try clientAuthCollection()
        let base = [
            "c.json", "--ssl-extra-ca-certs", server.caCertificatePath!, "--ssl-client-cert",
            server.clientCertificatePath!,
            "--ssl-client-key", server.encryptedClientKeyPath!, "--verbose",
        ]
        let good = try run(base + ["--ssl-client-passphrase", server.clientKeyPassphrase])
        XCTAssertEqual(good.status, 0, good.standardOutput + good.standardError)
        XCTAssertFalse((good.standardOutput + good.standardError).contains(server.clientKeyPassphrase))

        let bad = try run(base + ["--ssl-client-passphrase", "wrong-pass-9876"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.standardOutput.contains("could not be used"), bad.standardOutput)
        XCTAssertTrue(bad.standardOutput.contains("passphrase"), bad.standardOutput)
        XCTAssertFalse((bad.standardOutput + bad.standardError).contains("wrong-pass-9876"))
    }

    func testAMatchingCertificateListEntryIsUsed() throws {
        try startServer(tls: TLSOptions(clientAuth: true))
        try clientAuthCollection()
        try write(
            "certs.json",
            """
            [{"name": "elsewhere", "matches": ["https://example.com/*"], "cert": {"src": "/nonexistent.pem"}},
             {"name": "local", "matches": ["https://127.0.0.1:\(server.clientAuthTLSPort!)/*"],
              "key": {"src": "\(server.encryptedClientKeyPath!)"}, "cert": {"src": "\(server.clientCertificatePath!)"},
              "passphrase": "\(server.clientKeyPassphrase)"}]
            """)
        // The first entry's file does not exist: a readable list entry is required for every entry.
        let missing = try run([
            "c.json", "--ssl-extra-ca-certs", server.caCertificatePath!, "--ssl-client-cert-list",
            "certs.json",
        ])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.standardError.contains("/nonexistent.pem"), missing.standardError)

        try write(
            "certs.json",
            """
            [{"name": "elsewhere", "matches": ["https://example.com/*"], "cert": {"src": "\(server.caCertificatePath!)"}},
             {"name": "local", "matches": ["https://127.0.0.1:\(server.clientAuthTLSPort!)/*"],
              "key": {"src": "\(server.encryptedClientKeyPath!)"}, "cert": {"src": "\(server.clientCertificatePath!)"},
              "passphrase": "\(server.clientKeyPassphrase)"}]
            """)
        let result = try run([
            "c.json", "--ssl-extra-ca-certs", server.caCertificatePath!, "--ssl-client-cert-list",
            "certs.json",
        ])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
    }

    func testTheCollectionsCertificateSettingIsUsed() throws {
        try startServer(tls: TLSOptions(clientAuth: true))
        try write(
            "c.json",
            """
            {"info": {"name": "mTLS", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Get", "request": {"method": "GET", "url": "\(server.clientAuthTLSBaseURL!)/get",
               "certificate": {"name": "local", "matches": ["https://127.0.0.1/*"],
                 "cert": {"src": "\(server.clientCertificatePath!)"}, "key": {"src": "\(server.clientKeyPath!)"}}},
               "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', () => pm.response.to.have.status(200));"]}}]}]}
            """)
        let result = try run(["c.json", "--ssl-extra-ca-certs", server.caCertificatePath!])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
    }

    // MARK: - Cookie jars

    func testTheFinalCookieJarIsExported() throws {
        try startServer()
        try write(
            "c.json",
            """
            {"info": {"name": "Jar", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Set", "request": "\(server.baseURL)/cookies/set?jarred=yes"}]}
            """)
        let result = try run(["c.json", "--export-cookie-jar", "out/jar.json"])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        let data = try Data(contentsOf: directory.appendingPathComponent("out/jar.json"))
        let jar = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(jar["storeType"] as? String, "MemoryCookieStore")
        let cookies = try XCTUnwrap(jar["cookies"] as? [[String: Any]])
        XCTAssertEqual(cookies.count, 1)
        XCTAssertEqual(cookies.first?["key"] as? String, "jarred")
        XCTAssertEqual(cookies.first?["value"] as? String, "yes")
        XCTAssertEqual(cookies.first?["domain"] as? String, "127.0.0.1")
    }

    func testALoadedJarsCookieIsSentOnTheFirstRequest() throws {
        try startServer()
        try write(
            "jar.json",
            """
            {"version": "tough-cookie@4.1.3", "storeType": "MemoryCookieStore", "rejectPublicSuffixes": true,
             "cookies": [{"key": "loaded", "value": "from-file", "domain": "127.0.0.1", "path": "/", "hostOnly": true,
               "creation": "2026-01-01T00:00:00.000Z", "lastAccessed": "2026-01-01T00:00:00.000Z"}]}
            """)
        try write(
            "c.json",
            """
            {"info": {"name": "Jar", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "item": [{"name": "Read", "request": "\(server.baseURL)/cookies",
               "event": [{"listen": "test", "script": {"exec": [
                 "pm.test('loaded', () => pm.expect(pm.response.json().cookies.loaded).to.eql('from-file'));"]}}]}]}
            """)
        let result = try run(["c.json", "--cookie-jar", "jar.json"])
        XCTAssertEqual(result.status, 0, result.standardOutput + result.standardError)
        let cookie = server.receivedRequests.first?.headers.first { $0.name.lowercased() == "cookie" }?.value
        XCTAssertEqual(cookie, "loaded=from-file")

        try write("bad.json", "{\"not\": \"a jar\"}")
        let bad = try run(["c.json", "--cookie-jar", "bad.json"])
        XCTAssertEqual(bad.status, 3)
        XCTAssertTrue(bad.standardError.contains("cookie jar"), bad.standardError)
    }
}

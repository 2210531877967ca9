import CourierHTTP
import CourierTestServer
import Foundation
import XCTest

/// Proxies through the test server's forward proxy: the environment's, NO_PROXY, a request's own
/// setting, and https through CONNECT.
final class ProxyTests: XCTestCase {
    private var server: TestServer!
    private var proxy: ForwardProxy!

    override func setUpWithError() throws {
        server = try TestServer.start()
        proxy = try ForwardProxy.start()
    }

    override func tearDown() {
        proxy?.stop()
        server?.stop()
    }

    private func marked(_ response: HTTPResponse) -> Bool {
        response.headers.contains { $0.name.lowercased() == ForwardProxy.marker.lowercased() }
    }

    func testHTTPProxyFromTheEnvironmentCarriesHTTPRequests() throws {
        let proxies = EnvironmentProxies(environment: ["HTTP_PROXY": proxy.url])
        let client = HTTPClient(options: ClientOptions(environmentProxies: proxies))
        let response = try client.send(HTTPRequest(url: server.baseURL + "/get?via=env"))
        XCTAssertEqual(response.status, 200)
        XCTAssertTrue(marked(response))
        XCTAssertEqual(proxy.requests.map(\.target), [server.baseURL + "/get?via=env"])
    }

    func testLowerCaseNamesWorkToo() throws {
        let proxies = EnvironmentProxies(environment: ["http_proxy": proxy.url])
        let response = try HTTPClient(options: ClientOptions(environmentProxies: proxies))
            .send(HTTPRequest(url: server.baseURL + "/get"))
        XCTAssertTrue(marked(response))
    }

    func testNoProxyBypassesTheProxy() throws {
        for noProxy in ["127.0.0.1", "localhost,127.0.0.1:\(server.port)", "*"] {
            let proxies = EnvironmentProxies(environment: ["HTTP_PROXY": proxy.url, "NO_PROXY": noProxy])
            let response = try HTTPClient(options: ClientOptions(environmentProxies: proxies))
                .send(HTTPRequest(url: server.baseURL + "/get"))
            XCTAssertEqual(response.status, 200)
            XCTAssertFalse(marked(response), noProxy)
        }
        XCTAssertEqual(proxy.requests, [])
        // Another port listed: not bypassed.
        let proxies = EnvironmentProxies(environment: ["HTTP_PROXY": proxy.url, "NO_PROXY": "127.0.0.1:1"])
        let response = try HTTPClient(options: ClientOptions(environmentProxies: proxies))
            .send(HTTPRequest(url: server.baseURL + "/get"))
        XCTAssertTrue(marked(response))
    }

    func testARequestsProxySettingWinsOverTheEnvironment() throws {
        let client = HTTPClient(
            options: ClientOptions(
                environmentProxies: EnvironmentProxies(environment: [
                    "HTTP_PROXY": "http://127.0.0.1:1", "NO_PROXY": "*",
                ])))
        var options = TransferOptions()
        options.proxy = ProxySetting(host: "127.0.0.1", port: Int(proxy.port))
        let response = try client.send(HTTPRequest(url: server.baseURL + "/get"), options: options)
        XCTAssertTrue(marked(response))
        // A setting that does not match the URL, or is disabled, leaves the environment's choice.
        options.proxy = ProxySetting(match: "https://*/*", host: "127.0.0.1", port: Int(proxy.port))
        XCTAssertFalse(marked(try client.send(HTTPRequest(url: server.baseURL + "/get"), options: options)))
        options.proxy = ProxySetting(host: "127.0.0.1", port: Int(proxy.port), disabled: true)
        XCTAssertFalse(marked(try client.send(HTTPRequest(url: server.baseURL + "/get"), options: options)))
        XCTAssertEqual(proxy.requests.count, 1)
    }

    func testTunnelSettingUsesConnectForPlainHTTP() throws {
        var options = TransferOptions()
        options.proxy = ProxySetting(host: "127.0.0.1", port: Int(proxy.port), tunnel: true)
        let response = try HTTPClient(options: ClientOptions(environmentProxies: .none))
            .send(HTTPRequest(url: server.baseURL + "/get"), options: options)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(proxy.requests.map(\.tunnel), [true])
    }

    func testProxyCredentialsAreSent() throws {
        var options = TransferOptions()
        options.proxy = ProxySetting(
            host: "127.0.0.1", port: Int(proxy.port), username: "user", password: "p@ss word")
        _ = try HTTPClient(options: ClientOptions(environmentProxies: .none))
            .send(HTTPRequest(url: server.baseURL + "/get"), options: options)
        let expected = "Basic " + Data("user:p@ss word".utf8).base64EncodedString()
        XCTAssertEqual(proxy.requests.first?.proxyAuthorization, expected)
        XCTAssertTrue(ProxyServer(url: "http://user:s3cret@host:1").secrets.contains("s3cret"))
    }

    func testHTTPSGoesThroughAConnectTunnel() throws {
        proxy.stop()
        server.stop()
        do {
            server = try TestServer.start(tls: TLSOptions())
        } catch let error as TLSError {
            throw XCTSkip("https test server unavailable: \(error)")
        }
        proxy = try ForwardProxy.start()
        let proxies = EnvironmentProxies(environment: ["HTTPS_PROXY": proxy.url])
        let client = HTTPClient(
            options: ClientOptions(caFile: server.caCertificatePath, environmentProxies: proxies))
        let response = try client.send(HTTPRequest(url: server.tlsBaseURL! + "/get"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(proxy.requests.map(\.method), ["CONNECT"])
        XCTAssertEqual(proxy.requests.first?.target, "127.0.0.1:\(server.tlsPort!)")
    }

    func testTheProxyCountsWhatItCarriedAndReachesOnlyLoopback() throws {
        let proxies = EnvironmentProxies(environment: ["HTTP_PROXY": proxy.url])
        let client = HTTPClient(options: ClientOptions(environmentProxies: proxies))
        _ = try client.send(HTTPRequest(url: server.baseURL + "/get"))
        let refused = try client.send(HTTPRequest(url: "http://192.0.2.1:9/get"))
        XCTAssertEqual(refused.status, 502)
        let stats = try HTTPClient(options: ClientOptions(environmentProxies: .none))
            .send(HTTPRequest(url: proxy.url + "/__proxy/stats"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: stats.body) as? [String: Any])
        XCTAssertEqual(object["forwarded"] as? Int, 1)
        XCTAssertEqual(object["tunnels"] as? Int, 0)
    }

    func testWithoutSettingsNothingGoesThroughAProxy() throws {
        let response = try HTTPClient(options: ClientOptions(environmentProxies: .none))
            .send(HTTPRequest(url: server.baseURL + "/get"))
        XCTAssertFalse(marked(response))
    }
}

import Foundation

/// Proxies named by the environment, read the way newman's HTTP library reads them:
/// http URLs use `HTTP_PROXY` (or `http_proxy`); https URLs use `HTTPS_PROXY` (or `https_proxy`),
/// else the http proxy; `NO_PROXY` (or `no_proxy`) lists hosts to reach directly.
///
/// `NO_PROXY` is a comma-separated list: `*` turns proxies off; `name` or `.name` matches the host and
/// its subdomains; `name:port` only that port.
public struct EnvironmentProxies: Sendable, Equatable {
    /// The proxy for http URLs.
    public var httpProxy: String?
    /// The proxy for https URLs (falls back to `httpProxy`).
    public var httpsProxy: String?
    /// The `NO_PROXY` entries.
    public var noProxy: [String]

    /// Reads the variables from `environment` (upper-case names first, as newman does).
    public init(environment: [String: String]) {
        func value(_ name: String) -> String? {
            let found = environment[name.uppercased()] ?? environment[name.lowercased()]
            guard let found, !found.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return found.trimmingCharacters(in: .whitespaces)
        }
        httpProxy = value("http_proxy")
        httpsProxy = value("https_proxy")
        noProxy = (value("no_proxy") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
    }

    /// No proxy at all.
    public static let none = EnvironmentProxies(environment: [:])

    /// The proxies of this process's environment.
    public static var process: EnvironmentProxies {
        EnvironmentProxies(environment: ProcessInfo.processInfo.environment)
    }

    /// True when no variable names a proxy.
    public var isEmpty: Bool { httpProxy == nil && httpsProxy == nil }

    /// The proxy for `url`, or nil to connect directly.
    public func proxy(for url: String) -> ProxyServer? {
        proxy(for: URLTarget(url))
    }

    func proxy(for target: URLTarget) -> ProxyServer? {
        let chosen: String?
        switch target.scheme {
        case "http": chosen = httpProxy
        case "https": chosen = httpsProxy ?? httpProxy
        default: chosen = nil
        }
        guard let chosen, !bypasses(target) else { return nil }
        return ProxyServer(url: chosen)
    }

    /// True when `NO_PROXY` names the target.
    func bypasses(_ target: URLTarget) -> Bool {
        for entry in noProxy {
            if entry == "*" { return true }
            var name = Substring(entry)
            if let colon = name.lastIndex(of: ":"), !name.hasSuffix("]"),
                let port = Int(name[name.index(after: colon)...])
            {
                guard port == target.port else { continue }
                name = name[..<colon]
            }
            if name.hasPrefix("*") { name = name.dropFirst() }
            if name.hasPrefix(".") { name = name.dropFirst() }
            if name.hasPrefix("["), name.hasSuffix("]") { name = name.dropFirst().dropLast() }
            if target.host == name || target.host.hasSuffix("." + name) { return true }
        }
        return false
    }

    /// Passwords in the proxy URLs, for the run's set of secrets.
    public var secrets: [String] {
        [httpProxy, httpsProxy].compactMap { $0 }.flatMap { ProxyServer(url: $0).secrets }
    }
}

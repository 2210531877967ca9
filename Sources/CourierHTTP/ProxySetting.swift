import Foundation

/// A collection request's `proxy` object: `{match, host, port, tunnel, disabled}` (plus
/// `authenticate`, `username`, `password`). It wins over the environment's proxies for the URLs it
/// matches.
public struct ProxySetting: Sendable, Equatable {
    /// The URLs it applies to (`match`, default `http+https://*/*`; several patterns may be joined by `,`).
    public var matches: [URLMatchPattern]
    /// The proxy host, optionally with a scheme (`http://proxy.local`).
    public var host: String
    /// The proxy port (default 8080).
    public var port: Int
    /// Tunnel with `CONNECT` even for plain http.
    public var tunnel: Bool
    /// Ignore the setting (the environment's proxies apply).
    public var disabled: Bool
    /// Proxy credentials, sent when both are set; the password is a secret.
    public var username: String?
    public var password: String?

    /// Makes a setting; the defaults are Postman's.
    public init(
        match: String = "http+https://*/*", host: String, port: Int = 8080, tunnel: Bool = false,
        disabled: Bool = false, username: String? = nil, password: String? = nil
    ) {
        matches = match.split(separator: ",").compactMap { URLMatchPattern(String($0)) }
        self.host = host
        self.port = port
        self.tunnel = tunnel
        self.disabled = disabled
        self.username = username
        self.password = password
    }

    /// The proxy for `url`, or nil when the setting is disabled, has no host or does not match.
    public func proxy(for url: String) -> ProxyServer? {
        proxy(for: URLTarget(url))
    }

    func proxy(for target: URLTarget) -> ProxyServer? {
        guard !disabled, !host.isEmpty, matches.contains(where: { $0.matches(target) }) else { return nil }
        var scheme = "http"
        var name = host
        if let range = host.range(of: "://") {
            scheme = String(host[..<range.lowerBound])
            name = String(host[range.upperBound...])
        }
        while name.hasSuffix("/") { name.removeLast() }
        var credentials = ""
        if let username, let password, !username.isEmpty {
            credentials = Self.encode(username) + ":" + Self.encode(password) + "@"
        }
        return ProxyServer(url: "\(scheme)://\(credentials)\(name):\(port)", tunnel: tunnel)
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

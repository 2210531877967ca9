import Foundation

/// A proxy a request goes through: `CURLOPT_PROXY` and `CURLOPT_HTTPPROXYTUNNEL`.
public struct ProxyServer: Sendable, Equatable {
    /// `scheme://[user:password@]host:port` (credentials percent-encoded).
    public var url: String
    /// Tunnel with `CONNECT` even for plain http (https always tunnels).
    public var tunnel: Bool

    /// Makes a proxy; a URL without a scheme gets `http://`.
    public init(url: String, tunnel: Bool = false) {
        self.url = url.contains("://") ? url : "http://" + url
        self.tunnel = tunnel
    }

    /// The password (and the whole `user:password`) in the URL, raw and decoded: secrets to mask.
    public var secrets: [String] {
        guard let schemeEnd = url.range(of: "://") else { return [] }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest[..<(rest.firstIndex(of: "/") ?? rest.endIndex)]
        guard let at = authority.lastIndex(of: "@") else { return [] }
        let userInfo = String(authority[..<at])
        var values = [userInfo]
        if let colon = userInfo.firstIndex(of: ":") {
            let password = String(userInfo[userInfo.index(after: colon)...])
            values.append(password)
            if let decoded = password.removingPercentEncoding { values.append(decoded) }
        }
        return Array(Set(values.filter { !$0.isEmpty }))
    }
}

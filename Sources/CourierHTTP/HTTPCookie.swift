import Foundation

/// A cookie in the client's jar.
public struct HTTPCookie: Sendable, Equatable {
    /// The cookie name.
    public var name: String
    /// The cookie value.
    public var value: String
    /// The domain, without a leading dot.
    public var domain: String
    /// The path.
    public var path: String
    /// When it expires; nil for a session cookie.
    public var expires: Date?
    /// Sent over HTTPS only.
    public var secure: Bool
    /// Hidden from scripts in browsers (`HttpOnly`).
    public var httpOnly: Bool
    /// Sent only to `domain` itself, not its subdomains.
    public var hostOnly: Bool

    /// Makes a cookie.
    public init(
        name: String, value: String, domain: String, path: String = "/", expires: Date? = nil,
        secure: Bool = false, httpOnly: Bool = false, hostOnly: Bool = true
    ) {
        self.name = name
        self.value = value
        self.domain = domain
        self.path = path
        self.expires = expires
        self.secure = secure
        self.httpOnly = httpOnly
        self.hostOnly = hostOnly
    }
}

extension HTTPCookie {
    /// Parses one line of curl's `CURLINFO_COOKIELIST` (Netscape cookie-file format).
    init?(netscapeLine line: String) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count >= 7 else { return nil }
        var domain = String(fields[0])
        let httpOnly = domain.hasPrefix("#HttpOnly_")
        if httpOnly { domain.removeFirst("#HttpOnly_".count) }
        if domain.hasPrefix(".") { domain.removeFirst() }
        let expiry = Int(fields[4]) ?? 0
        self.init(
            name: String(fields[5]), value: fields[6...].joined(separator: "\t"), domain: domain,
            path: String(fields[2]),
            expires: expiry == 0 ? nil : Date(timeIntervalSince1970: TimeInterval(expiry)),
            secure: fields[3] == "TRUE", httpOnly: httpOnly, hostOnly: fields[1] != "TRUE")
    }

    /// This cookie as a Netscape cookie-file line, the form `CURLOPT_COOKIELIST` accepts.
    var netscapeLine: String {
        let prefix = httpOnly ? "#HttpOnly_" : ""
        let host = hostOnly ? domain : "." + domain
        let expiry = expires.map { Int($0.timeIntervalSince1970) } ?? 0
        return [
            prefix + host, hostOnly ? "FALSE" : "TRUE", path, secure ? "TRUE" : "FALSE",
            String(expiry), name, value,
        ].joined(separator: "\t")
    }
}

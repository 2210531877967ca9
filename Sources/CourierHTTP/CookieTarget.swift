import Foundation

/// Where a cookie would be sent: the host, path and security of one URL, with the matching rules
/// of the client's jar (curl's, which are RFC 6265's).
///
/// A cookie applies to a URL when its domain matches the host (exactly for a host-only cookie,
/// else the host or any subdomain), its path is a prefix of the URL's path on a `/` boundary, it
/// is not `Secure` or the URL is secure (`https`, or a loopback host, as curl allows), and it
/// has not expired.
public struct CookieTarget: Sendable, Equatable {
    /// The host, lower-cased, IPv6 addresses without brackets.
    public var host: String
    /// The path, starting with `/` (query and fragment removed).
    public var path: String
    /// True when `Secure` cookies are sent there.
    public var secure: Bool

    /// The target of `url`; a URL without a scheme is taken as `http://`. Nil when it has no host
    /// or its host holds characters no host name can have.
    public init?(url: String) {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let parts = URLTarget(trimmed)
        guard !parts.host.isEmpty, parts.host.unicodeScalars.allSatisfy(Self.hostCharacters.contains),
            !trimmed.contains(where: { $0.isWhitespace })
        else { return nil }
        host = parts.host.hasSuffix(".") ? String(parts.host.dropLast()) : parts.host
        path = parts.path.hasPrefix("/") ? parts.path : "/" + parts.path
        secure = parts.scheme == "https" || parts.scheme == "wss" || Self.loopbackHosts.contains(host)
    }

    /// What a host name (or an IP address, IPv6 without brackets) may hold.
    private static let hostCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~:%"))

    /// Hosts curl treats as secure for cookies even over plain HTTP.
    private static let loopbackHosts: Set<String> = ["localhost", "127.0.0.1", "::1"]

    /// True when `cookie` would be sent to this target at `now`.
    public func matches(_ cookie: HTTPCookie, now: Date = Date()) -> Bool {
        if let expires = cookie.expires, expires <= now { return false }
        if cookie.secure && !secure { return false }
        return domainMatches(cookie.domain, hostOnly: cookie.hostOnly) && Self.pathMatches(cookie.path, path)
    }

    /// True when a cookie for `domain` reaches this host: the same name, or (unless host-only)
    /// a subdomain of it.
    public func domainMatches(_ domain: String, hostOnly: Bool) -> Bool {
        var domain = domain.lowercased()
        if domain.hasPrefix(".") { domain.removeFirst() }
        return host == domain || (!hostOnly && host.hasSuffix("." + domain))
    }

    /// The path a cookie set for this URL gets when it names none (RFC 6265 5.1.4): the URL's
    /// path up to, not including, its last `/`, or `/`.
    public var defaultPath: String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// RFC 6265 path-match: the same path, or `cookiePath` a prefix of `requestPath` ending at a `/`.
    /// As in curl, a cookie path's trailing `/` is dropped first (`/a/` matches `/a`).
    static func pathMatches(_ cookiePath: String, _ requestPath: String) -> Bool {
        var cookiePath = cookiePath.hasPrefix("/") ? cookiePath : "/"
        if cookiePath.count > 1, cookiePath.hasSuffix("/") { cookiePath.removeLast() }
        if cookiePath == requestPath { return true }
        guard requestPath.hasPrefix(cookiePath) else { return false }
        return cookiePath.hasSuffix("/") || requestPath.dropFirst(cookiePath.count).hasPrefix("/")
    }
}

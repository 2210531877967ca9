import Foundation

/// A Postman URL match pattern (`https://*.example.com/*`, `http+https://host:8080/api/*`, `<all_urls>`),
/// as used by client certificate lists and proxy settings.
///
/// Schemes are joined with `+` (`*` means http or https); a host of `*` matches any host and `*.name`
/// matches `name` and its subdomains; a port, when written, must equal the URL's (explicit or default)
/// port, and when left out any port matches; the path is a glob where `*` matches any characters.
public struct URLMatchPattern: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public let description: String
    private let matchesEverything: Bool
    private let schemes: [String]
    private let host: String
    private let port: String?
    private let path: String

    /// Parses a pattern; nil when it has no `://`.
    public init?(_ pattern: String) {
        description = pattern
        let trimmed = pattern.trimmingCharacters(in: .whitespaces)
        if trimmed == "<all_urls>" || trimmed == "*" {
            matchesEverything = true
            schemes = []
            host = "*"
            port = nil
            path = "*"
            return
        }
        guard let range = trimmed.range(of: "://") else { return nil }
        matchesEverything = false
        schemes = trimmed[..<range.lowerBound].lowercased().split(separator: "+").map(String.init)
        let rest = trimmed[range.upperBound...]
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = rest[..<slash].lowercased()
        var portText: String?
        if let colon = authority.lastIndex(of: ":"), !authority.hasSuffix("]") {
            portText = String(authority[authority.index(after: colon)...])
            authority = String(authority[..<colon])
        }
        if authority.hasPrefix("["), authority.hasSuffix("]") {
            authority = String(authority.dropFirst().dropLast())
        }
        host = authority
        port = portText
        path = slash == rest.endIndex ? "*" : String(rest[slash...])
    }

    /// True when `url` fits the pattern.
    public func matches(_ url: String) -> Bool {
        matches(URLTarget(url))
    }

    func matches(_ target: URLTarget) -> Bool {
        if matchesEverything { return true }
        let schemeOK = schemes.contains {
            $0 == target.scheme || ($0 == "*" && (target.scheme == "http" || target.scheme == "https"))
        }
        guard schemeOK, hostMatches(target.host) else { return false }
        if let port, port != "*" {
            guard let wanted = Int(port), wanted == target.port else { return false }
        }
        return Self.glob(path, matches: target.path)
    }

    private func hostMatches(_ name: String) -> Bool {
        if host == "*" || host == name { return true }
        if host.hasPrefix("*.") {
            let base = host.dropFirst(2)
            return name == base || name.hasSuffix("." + base)
        }
        return false
    }

    /// A glob where `*` matches any run of characters, everything else itself.
    static func glob(_ pattern: String, matches text: String) -> Bool {
        let p = Array(pattern.utf8)
        let t = Array(text.utf8)
        var pi = 0
        var ti = 0
        var star = -1
        var mark = 0
        while ti < t.count {
            if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi
                mark = ti
                pi += 1
            } else if pi < p.count, p[pi] == t[ti] {
                pi += 1
                ti += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                ti = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}

/// The scheme, host, port and path of a request URL, split by hand for matching (client certificate
/// patterns, proxy rules); cheaper than a full parse and tolerant of odd URLs.
struct URLTarget: Equatable {
    /// The scheme, lower-cased (`http` when the URL has none).
    var scheme: String
    /// The host, lower-cased, IPv6 addresses without brackets.
    var host: String
    /// The explicit port, or the scheme's default (80, 443), or nil for unknown schemes.
    var port: Int?
    /// The path, starting with `/` (query and fragment removed).
    var path: String

    /// Splits `url`.
    init(_ url: String) {
        var rest = Substring(url)
        if let range = rest.range(of: "://") {
            scheme = rest[..<range.lowerBound].lowercased()
            rest = rest[range.upperBound...]
        } else {
            scheme = "http"
        }
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var explicitPort: Int?
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = authority[authority.index(after: authority.startIndex)..<close].lowercased()
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { explicitPort = Int(after.dropFirst()) }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon].lowercased()
            explicitPort = Int(authority[authority.index(after: colon)...])
        } else {
            host = authority.lowercased()
        }
        port = explicitPort ?? Self.defaultPort(scheme)
        var pathPart = rest[authorityEnd...]
        if let end = pathPart.firstIndex(where: { $0 == "?" || $0 == "#" }) { pathPart = pathPart[..<end] }
        path = pathPart.isEmpty ? "/" : String(pathPart)
    }

    /// 80 for http, 443 for https, nil otherwise.
    static func defaultPort(_ scheme: String) -> Int? {
        switch scheme {
        case "http": 80
        case "https": 443
        default: nil
        }
    }
}

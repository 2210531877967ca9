/// A request URL in Postman's parts. The runner turns it into a string, substitutes variables
/// on that string and parses it again, as postman-runtime does (a `{{var}}` may expand into
/// several parts).
public struct RequestURL: Sendable, Equatable {
    public var scheme: String?
    /// `user` and `password` from `user:password@host`.
    public var user: String?
    public var password: String?
    /// Host labels (joined with ".").
    public var host: [String]
    public var port: String?
    /// Path segments (joined with "/"); a leading "/" is implied when there is a host.
    public var path: [String]
    public var query: [QueryParam]
    public var hash: String?
    /// Values for `:name` path segments.
    public var pathVariables: [Variable]

    public init(
        scheme: String? = nil, user: String? = nil, password: String? = nil, host: [String] = [], port: String? = nil,
        path: [String] = [], query: [QueryParam] = [], hash: String? = nil, pathVariables: [Variable] = []
    ) {
        self.scheme = scheme
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.path = path
        self.query = query
        self.hash = hash
        self.pathVariables = pathVariables
    }

    /// Parses a URL string the lenient way Postman does: no validation, every part optional,
    /// `{{variables}}` allowed anywhere.
    public static func parse(_ text: String) -> RequestURL {
        var url = RequestURL()
        var rest = Substring(text.trimmingLeadingWhitespace())

        if let hashIndex = rest.firstIndex(of: "#") {
            url.hash = String(rest[rest.index(after: hashIndex)...])
            rest = rest[..<hashIndex]
        }
        if let queryIndex = rest.firstIndex(of: "?") {
            url.query = parseQuery(rest[rest.index(after: queryIndex)...])
            rest = rest[..<queryIndex]
        }
        if let schemeEnd = rest.range(of: "://") ?? rest.range(of: ":\\\\"),
            !rest[..<schemeEnd.lowerBound].isEmpty,
            !rest[..<schemeEnd.lowerBound].contains(where: { "/{}".contains($0) })
        {
            url.scheme = String(rest[..<schemeEnd.lowerBound])
            rest = rest[schemeEnd.upperBound...]
        }
        // Authority: up to the first "/" (or "\" after a scheme).
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || ($0 == "\\" && url.scheme != nil) }) ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        let pathPart = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") {
            let userInfo = authority[..<at]
            authority = authority[authority.index(after: at)...]
            if let colon = userInfo.firstIndex(of: ":") {
                url.user = String(userInfo[..<colon])
                url.password = String(userInfo[userInfo.index(after: colon)...])
            } else {
                url.user = String(userInfo)
            }
        }
        if let colon = authority.lastIndex(of: ":"), !authority[authority.index(after: colon)...].contains("]") {
            let port = authority[authority.index(after: colon)...]
            url.port = String(port)
            authority = authority[..<colon]
        }
        url.host = authority.isEmpty ? [] : authority.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if !pathPart.isEmpty {
            url.path = pathPart.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        }
        return url
    }

    /// Splits a query string on "&" into parameters; "a" (no "=") has a nil value.
    public static func parseQuery(_ text: Substring) -> [QueryParam] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "&", omittingEmptySubsequences: false).map { pair in
            if let equals = pair.firstIndex(of: "=") {
                return QueryParam(key: String(pair[..<equals]), value: String(pair[pair.index(after: equals)...]))
            }
            return QueryParam(key: String(pair), value: nil)
        }
    }

    /// The host part as written ("api.example.com").
    public var hostString: String { host.joined(separator: ".") }

    /// The URL as a string, built from the parts (disabled query parameters left out).
    public func toString(includeDisabledQuery: Bool = false) -> String {
        var text = ""
        if let scheme { text += scheme + "://" }
        if let user {
            text += user
            if let password { text += ":" + password }
            text += "@"
        }
        text += hostString
        if let port { text += ":" + port }
        if !path.isEmpty { text += "/" + path.joined(separator: "/") }
        let params = query.filter { includeDisabledQuery || !$0.disabled }
        if !params.isEmpty || (query.isEmpty == false && includeDisabledQuery) {
            text += "?" + params.map(\.text).joined(separator: "&")
        }
        if let hash, !hash.isEmpty { text += "#" + hash }
        return text
    }
}

extension QueryParam {
    /// "key=value", "key" when the value is nil, "=value" when the key is nil.
    public var text: String {
        switch (key, value) {
        case (let key?, let value?): return key + "=" + value
        case (let key?, nil): return key
        case (nil, let value?): return "=" + value
        case (nil, nil): return ""
        }
    }
}

extension String {
    fileprivate func trimmingLeadingWhitespace() -> Substring {
        self[(firstIndex(where: { !$0.isWhitespace }) ?? endIndex)...]
    }
}

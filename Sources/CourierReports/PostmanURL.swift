import CourierModel

/// Turns a sent URL string into the url object postman-collection writes in reports:
/// `{protocol, port, path, host, query, variable}` (`hash` when there is a fragment).
/// Query keys and values stay as written (not decoded); user info is left out.
enum PostmanURL {
    static func json(_ url: String) -> JSONValue {
        var rest = Substring(url)
        var object = JSONObject()
        var hash: String?
        if let index = rest.firstIndex(of: "#") {
            hash = String(rest[rest.index(after: index)...])
            rest = rest[..<index]
        }
        var queryText: Substring?
        if let index = rest.firstIndex(of: "?") {
            queryText = rest[rest.index(after: index)...]
            rest = rest[..<index]
        }
        if let range = rest.range(of: "://") {
            object["protocol"] = .string(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        let pathText = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var hostText = authority
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            hostText = authority[...close]
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { object["port"] = .string(String(after.dropFirst())) }
        } else if let colon = authority.lastIndex(of: ":") {
            hostText = authority[..<colon]
            object["port"] = .string(String(authority[authority.index(after: colon)...]))
        }
        if !pathText.isEmpty {
            let segments = pathText.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
            object["path"] = .array(segments.map { .string(String($0)) })
        }
        if let hash { object["hash"] = .string(hash) }
        let hostParts =
            hostText.hasPrefix("[")
            ? [hostText] : hostText.split(separator: ".", omittingEmptySubsequences: false)
        object["host"] = .array(hostParts.map { .string(String($0)) })
        object["query"] = .array(query(queryText))
        object["variable"] = .array([])
        return .object(object)
    }

    /// `a=1&b` → `[{key: "a", value: "1"}, {key: "b", value: null}]`.
    private static func query(_ text: Substring?) -> [JSONValue] {
        guard let text, !text.isEmpty else { return [] }
        return text.split(separator: "&", omittingEmptySubsequences: false).map { pair in
            if let equals = pair.firstIndex(of: "=") {
                return [
                    "key": .string(String(pair[..<equals])),
                    "value": .string(String(pair[pair.index(after: equals)...])),
                ]
            }
            return ["key": .string(String(pair)), "value": .null]
        }
    }
}

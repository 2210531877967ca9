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
    /// `{{variables}}` allowed anywhere. Scans UTF-8 bytes once: this runs for every request.
    public static func parse(_ text: String) -> RequestURL {
        var text = text
        return text.withUTF8 { URLScanner(bytes: $0).parse() }
    }

    /// Splits a query string on "&" into parameters; "a" (no "=") has a nil value.
    public static func parseQuery(_ text: Substring) -> [QueryParam] {
        guard !text.isEmpty else { return [] }
        var string = String(text)
        return string.withUTF8 { bytes in
            let scanner = URLScanner(bytes: bytes)
            return scanner.query(from: 0, to: bytes.count)
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
        if !params.isEmpty {
            text += "?" + params.map(\.escapedText).joined(separator: "&")
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


extension QueryParam {
    /// `text` with the characters that would split the query when it is parsed again (`&`, `#`,
    /// and `=` in keys) percent-encoded, except inside `{{variable}}` references. Parameters that
    /// came from a URL string never contain them; those from a URL object may.
    var escapedText: String {
        QueryParam(key: key.map { Self.escape($0, isKey: true) }, value: value.map { Self.escape($0, isKey: false) }).text
    }

    private static func escape(_ text: String, isKey: Bool) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "#" || (isKey && $0 == "=") }) else { return text }
        var output = ""
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let rest = text[index...]
            if rest.hasPrefix("{{") {
                depth += 1
                output += "{{"
                index = text.index(index, offsetBy: 2)
                continue
            }
            if rest.hasPrefix("}}"), depth > 0 {
                depth -= 1
                output += "}}"
                index = text.index(index, offsetBy: 2)
                continue
            }
            let character = text[index]
            switch character {
            case "&" where depth == 0: output += "%26"
            case "#" where depth == 0: output += "%23"
            case "=" where depth == 0 && isKey: output += "%3D"
            default: output.append(character)
            }
            index = text.index(after: index)
        }
        return output
    }
}

/// The byte-level scanner behind `RequestURL.parse`.
private struct URLScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
    }

    func first(_ byte: UInt8, from: Int, to: Int) -> Int? {
        var index = from
        while index < to {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The pieces of `from..<to` between `separator` bytes, empty pieces kept.
    func split(from: Int, to: Int, on separator: UInt8) -> [String] {
        var parts: [String] = []
        var start = from
        var index = from
        while index < to {
            if bytes[index] == separator {
                parts.append(string(start, index))
                start = index + 1
            }
            index += 1
        }
        parts.append(string(start, to))
        return parts
    }

    func query(from: Int, to: Int) -> [QueryParam] {
        guard from < to else { return [] }
        var params: [QueryParam] = []
        var start = from
        var index = from
        while index <= to {
            if index == to || bytes[index] == UInt8(ascii: "&") {
                if let equals = first(UInt8(ascii: "="), from: start, to: index) {
                    params.append(QueryParam(key: string(start, equals), value: string(equals + 1, index)))
                } else {
                    params.append(QueryParam(key: string(start, index), value: nil))
                }
                start = index + 1
            }
            index += 1
        }
        return params
    }

    func parse() -> RequestURL {
        var url = RequestURL()
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0A || bytes[start] == 0x0D {
            start += 1
        }
        if let hashIndex = first(UInt8(ascii: "#"), from: start, to: end) {
            url.hash = string(hashIndex + 1, end)
            end = hashIndex
        }
        if let queryIndex = first(UInt8(ascii: "?"), from: start, to: end) {
            // A bare "?" is kept: `/get?` is sent as written.
            url.query = queryIndex + 1 == end ? [QueryParam(key: nil, value: nil)] : query(from: queryIndex + 1, to: end)
            end = queryIndex
        }
        // Scheme: "name://" or "name:\\", where name has no "/", "{" or "}".
        if let colon = first(UInt8(ascii: ":"), from: start, to: end), colon > start, colon + 2 < end,
            bytes[colon + 1] == bytes[colon + 2],
            bytes[colon + 1] == UInt8(ascii: "/") || bytes[colon + 1] == UInt8(ascii: "\\"),
            !bytes[start..<colon].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") })
        {
            url.scheme = string(start, colon)
            start = colon + 3
        }
        // Authority: up to the first "/" (or "\\" after a scheme).
        var authorityEnd = start
        while authorityEnd < end, bytes[authorityEnd] != UInt8(ascii: "/"),
            !(bytes[authorityEnd] == UInt8(ascii: "\\") && url.scheme != nil)
        {
            authorityEnd += 1
        }
        var hostStart = start
        var hostEnd = authorityEnd
        var at: Int? = nil
        for index in start..<authorityEnd where bytes[index] == UInt8(ascii: "@") { at = index }
        if let at {
            if let colon = first(UInt8(ascii: ":"), from: start, to: at) {
                url.user = string(start, colon)
                url.password = string(colon + 1, at)
            } else {
                url.user = string(start, at)
            }
            hostStart = at + 1
        }
        var lastColon: Int? = nil
        for index in hostStart..<hostEnd where bytes[index] == UInt8(ascii: ":") { lastColon = index }
        if let colon = lastColon, first(UInt8(ascii: "]"), from: colon + 1, to: hostEnd) == nil {
            url.port = string(colon + 1, hostEnd)
            hostEnd = colon
        }
        url.host = hostEnd > hostStart ? split(from: hostStart, to: hostEnd, on: UInt8(ascii: ".")) : []
        if authorityEnd < end {
            url.path = split(from: authorityEnd + 1, to: end, on: UInt8(ascii: "/"))
        }
        return url
    }
}

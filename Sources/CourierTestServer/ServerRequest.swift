/// One parsed HTTP request, as routes see it.
struct ServerRequest: Sendable {
    var method: String
    /// The request target exactly as received, e.g. `/get?a=1`.
    var target: String
    var version: String
    /// Header fields in arrival order, names as sent.
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// `http` or `https`, used when echoing `url`.
    var scheme: String
    /// Host and port to report when the request has no Host header.
    var fallbackHost: String

    /// The target without its query string.
    var path: String {
        if let q = target.firstIndex(of: "?") { return String(target[..<q]) }
        return target
    }

    /// The raw query string (without `?`), or "".
    var rawQuery: String {
        if let q = target.firstIndex(of: "?") { return String(target[target.index(after: q)...]) }
        return ""
    }

    /// The query as decoded key/value pairs in order.
    var queryPairs: [(String, String)] { FormEncoding.decodePairs(rawQuery) }

    /// The first value of a header, compared case-insensitively.
    func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The media type of the body, lower-cased, without parameters.
    var mediaType: String {
        guard let type = header("Content-Type") else { return "" }
        return String(type.prefix { $0 != ";" }).trimmedOWS.lowercased()
    }

    /// True when the client asked to close the connection after this exchange.
    var wantsClose: Bool {
        let tokens = (header("Connection") ?? "").lowercased().split(separator: ",").map {
            String($0).trimmedOWS
        }
        if tokens.contains("close") { return true }
        if version == "HTTP/1.0" { return !tokens.contains("keep-alive") }
        return false
    }

    /// Host as postman-echo echoes it: the Host header without the scheme's default port.
    var echoHost: String {
        let host = header("Host") ?? fallbackHost
        let defaultPort = scheme == "https" ? ":443" : ":80"
        if host.hasSuffix(defaultPort) { return String(host.dropLast(defaultPort.count)) }
        return host
    }

    /// The `url` field of postman-echo responses: scheme, host, then the raw target byte for byte.
    var echoURL: String {
        if target.hasPrefix("http://") || target.hasPrefix("https://") { return target }
        return scheme + "://" + echoHost + target
    }

    /// The body decoded as UTF-8 (invalid bytes replaced).
    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

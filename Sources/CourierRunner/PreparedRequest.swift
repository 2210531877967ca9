import CourierHTTP
import CourierModel
import Foundation

/// A request with variables resolved, on its way to the wire: auth and implicit headers are
/// added to it before it is sent.
struct PreparedRequest {
    var method: String
    var url: RequestURL
    var headers: [HeaderField]
    var body: Data?
    /// The Content-Type the body mode implies, added when the user set none.
    var defaultContentType: String?
    /// Warnings for the console (file load errors and the like).
    var warnings: [String] = []
    /// Send URL parts as written, without percent-encoding.
    var disableURLEncoding = false

    /// True when a header with this name (case-insensitive) is present.
    func hasHeader(_ name: String) -> Bool {
        headers.contains { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// The value of the last header with this name.
    func header(_ name: String) -> String? {
        headers.last { $0.name.equalsIgnoringASCIICase(name) }?.value
    }

    /// Sets a header, replacing every existing one with that name (case-insensitive).
    mutating func setHeader(_ name: String, _ value: String) {
        headers.removeAll { $0.name.equalsIgnoringASCIICase(name) }
        headers.append(HeaderField(name: name, value: value))
    }

    /// "host[:port]" for the Host header.
    var hostHeader: String {
        let host = url.hostString
        if let port = url.port, !port.isEmpty { return host + ":" + port }
        return host
    }

    /// The URL to send: scheme defaulted to http, parts percent-encoded unless disabled.
    var wireURL: String {
        var parts = url
        if parts.scheme == nil || parts.scheme?.isEmpty == true { parts.scheme = "http" }
        parts.scheme = parts.scheme?.lowercased()
        if parts.port?.isEmpty == true { parts.port = nil }
        parts.hash = nil
        if !disableURLEncoding {
            parts.user = parts.user.map(URLEncoding.userInfo)
            parts.password = parts.password.map(URLEncoding.userInfo)
            parts.path = parts.path.map(URLEncoding.path)
            parts.query = parts.query.map { param in
                QueryParam(key: param.key.map(URLEncoding.query), value: param.value.map(URLEncoding.query), disabled: param.disabled)
            }
        }
        var text = parts.toString()
        if parts.path.isEmpty {
            // "http://host?x" must become "http://host/?x".
            let authorityEnd = text.range(of: "://").map { text[$0.upperBound...].firstIndex(where: { $0 == "?" }) } ?? nil
            if let authorityEnd { text.insert("/", at: authorityEnd) } else if !text.hasSuffix("/") { text += "/" }
        }
        return text
    }
}

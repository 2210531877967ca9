import CourierModel
import Foundation

/// The parts of a prepared request that signatures cover, as they will go on the wire.
struct SigningTarget {
    /// Lower-case scheme, `http` when the URL has none.
    let scheme: String
    /// Lower-case host name.
    let host: String
    /// The port written in the URL, if any.
    let explicitPort: Int?
    /// Path as sent (percent-encoded), at least "/".
    let path: String
    /// Query string as sent, without "?" ("" when there is none).
    let query: String

    init(_ request: PreparedRequest) {
        let url = request.url
        scheme = (url.scheme?.isEmpty == false ? url.scheme! : "http").lowercased()
        host = url.hostString.lowercased()
        explicitPort = url.port.flatMap { Int($0) }
        let wire = request.wireURL
        var rest = Substring(wire)
        if let separator = wire.range(of: "://") { rest = wire[separator.upperBound...] }
        let target = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = String(target)
            query = ""
        }
    }

    /// The port the connection uses: explicit, else the scheme's default.
    var port: Int { explicitPort ?? (scheme == "https" ? 443 : 80) }

    /// "host" or "host:port" when the port is not the scheme's default.
    var authority: String {
        if let explicitPort, explicitPort != (scheme == "https" ? 443 : 80) {
            return "\(host):\(explicitPort)"
        }
        return host
    }

    /// Path and query as on the request line.
    var pathAndQuery: String { query.isEmpty ? path : path + "?" + query }
}

/// RFC 3986 percent-encoding and form-body helpers shared by the signers.
enum PercentEncoding {
    /// Encodes everything but `A-Z a-z 0-9 - . _ ~` (OAuth 1.0, AWS).
    static func rfc3986(_ text: String, keepSlash: Bool = false) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 48...57, 65...90, 97...122, 45, 46, 95, 126: output.append(byte)
            case 47 where keepSlash: output.append(byte)
            default: output += [37, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `%XX` sequences (and `+` as space when `plusAsSpace`); invalid sequences stay as written.
    static func decode(_ text: String, plusAsSpace: Bool = false) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(37) || (plusAsSpace && bytes.contains(43)) else { return text }
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 37, index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
                continue
            }
            output.append(plusAsSpace && byte == 43 ? 32 : byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }

    /// Decoded `key=value` pairs of an `application/x-www-form-urlencoded` body.
    static func formPairs(_ body: Data?) -> [(String, String)] {
        guard let body, !body.isEmpty else { return [] }
        return String(decoding: body, as: UTF8.self).split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (
                decode(String(parts[0]), plusAsSpace: true),
                parts.count > 1 ? decode(String(parts[1]), plusAsSpace: true) : ""
            )
        }
    }
}

extension PreparedRequest {
    /// The media type the request will carry (explicit header, else the body's default), lower-cased, without parameters.
    var mediaType: String {
        let value = header("Content-Type") ?? defaultContentType ?? ""
        return value.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            ?? ""
    }
}

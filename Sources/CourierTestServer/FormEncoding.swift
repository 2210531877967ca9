/// Percent-decoding of query strings and `application/x-www-form-urlencoded` bodies.
enum FormEncoding {
    /// Splits `a=1&b&c=3` into decoded pairs; empty pieces are skipped, a key without `=` gets "".
    static func decodePairs(_ text: String) -> [(String, String)] {
        guard !text.isEmpty else { return [] }
        var pairs: [(String, String)] = []
        for piece in text.split(separator: "&", omittingEmptySubsequences: true) {
            if let eq = piece.firstIndex(of: "=") {
                pairs.append((decode(piece[..<eq]), decode(piece[piece.index(after: eq)...])))
            } else {
                pairs.append((decode(piece), ""))
            }
        }
        return pairs
    }

    /// Decodes `%XX` escapes and `+` as space; malformed escapes stay as they are.
    static func decode<S: StringProtocol>(_ text: S) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(37) || bytes.contains(43) else { return String(text) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 37, i + 2 < bytes.count, let h = hexValue(bytes[i + 1]), let l = hexValue(bytes[i + 2]) {
                out.append(h << 4 | l)
                i += 3
            } else {
                out.append(b == 43 ? 32 : b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: return b - 48
        case 65...70: return b - 55
        case 97...102: return b - 87
        default: return nil
        }
    }
}

extension FormEncoding {
    /// Decodes `%XX` escapes only (`+` stays `+`), as OAuth header values need.
    static func percentDecode(_ text: String) -> String {
        decode(text.replacingPlus())
    }

    /// RFC 3986 encoding: everything except `A-Z a-z 0-9 - . _ ~` becomes `%XX` (upper-case hex).
    static func rfc3986Encode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case 48...57, 65...90, 97...122, 45, 46, 95, 126: out.append(b)
            default: out += [37, hex[Int(b >> 4)], hex[Int(b & 15)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// `+` written as `%2B`, so a later form decode keeps it.
    fileprivate func replacingPlus() -> String {
        guard contains("+") else { return self }
        return split(separator: "+", omittingEmptySubsequences: false).joined(separator: "%2B")
    }
}

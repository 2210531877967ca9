/// Percent-encoding of URL parts as postman-url-encoder does it: only characters that are not
/// allowed in that part are encoded, and existing `%XX` sequences are left alone.
enum URLEncoding {
    private static let pathExtra: Set<UInt8> = Set(" \"#<>?`{}".utf8)
    private static let queryExtra: Set<UInt8> = Set(" \"#'<>".utf8)
    private static let userInfoExtra: Set<UInt8> = Set(" \"#<>?`{}/:;=@[\\]^|".utf8)

    /// Encodes one path segment.
    static func path(_ text: String) -> String { encode(text, extra: pathExtra) }

    /// Encodes a query key or value.
    static func query(_ text: String) -> String { encode(text, extra: queryExtra) }

    /// Encodes a user name or password.
    static func userInfo(_ text: String) -> String { encode(text, extra: userInfoExtra) }

    private static func encode(_ text: String, extra: Set<UInt8>) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 < 0x21 || $0 > 0x7E || extra.contains($0) }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte < 0x21 || byte > 0x7E || extra.contains(byte) {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigit(byte >> 4))
                output.append(hexDigit(byte & 0x0F))
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }

    /// `application/x-www-form-urlencoded` encoding of a key or value (space as `%20`, like
    /// postman-runtime's querystring encoding).
    static func form(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            let isUnreserved =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || "-_.!~*'()".utf8.contains(byte)
            if isUnreserved {
                output.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                output += "%"
                output.unicodeScalars.append(Unicode.Scalar(hexDigit(byte >> 4)))
                output.unicodeScalars.append(Unicode.Scalar(hexDigit(byte & 0x0F)))
            }
        }
        return output
    }
}

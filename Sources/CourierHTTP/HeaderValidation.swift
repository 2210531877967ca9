/// Rejects methods and headers that would corrupt the request (as Node does before sending).
enum HeaderValidation {
    /// Throws `invalidRequest` unless the method is an HTTP token.
    static func check(method: String) throws(HTTPError) {
        guard !method.isEmpty, method.utf8.allSatisfy(isTokenByte) else {
            throw HTTPError(
                kind: .invalidRequest, message: "Method must be a valid HTTP token [\"\(method)\"]")
        }
    }

    /// Throws `invalidRequest` for an empty or malformed name, or CR, LF or NUL in a value.
    static func check(_ headers: [HTTPHeader]) throws(HTTPError) {
        for header in headers {
            guard !header.name.isEmpty, header.name.utf8.allSatisfy(isTokenByte) else {
                throw HTTPError(
                    kind: .invalidRequest,
                    message: "Header name must be a valid HTTP token [\"\(header.name)\"]")
            }
            if header.value.utf8.contains(where: { $0 == 13 || $0 == 10 || $0 == 0 }) {
                throw HTTPError(
                    kind: .invalidRequest, message: "Invalid character in header content [\"\(header.name)\"]"
                )
            }
        }
    }

    /// Whether a byte may appear in an HTTP token (RFC 9110 `tchar`).
    static func isTokenByte(_ byte: UInt8) -> Bool {
        byte < 64 ? (tokenBitsLow >> UInt64(byte)) & 1 == 1 : byte < 128 && (tokenBitsHigh >> UInt64(byte - 64)) & 1 == 1
    }

    /// `tchar` as two 64-bit masks (bytes 0-63 and 64-127), built once.
    private static let (tokenBitsLow, tokenBitsHigh): (UInt64, UInt64) = {
        var low: UInt64 = 0
        var high: UInt64 = 0
        let symbols = "!#$%&'*+-.^_`|~".utf8
        for byte in UInt8(0)..<128 {
            let letterOrDigit =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard letterOrDigit || symbols.contains(byte) else { continue }
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        return (low, high)
    }()
}

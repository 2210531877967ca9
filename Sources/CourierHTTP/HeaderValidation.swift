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
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }
}

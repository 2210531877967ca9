import CCurl

/// Host and port of a URL, read with curl's own URL parser (so they agree with what curl dials).
struct URLParts {
    /// The host name or address (IPv6 without brackets), or nil when the URL does not parse.
    var host: String?
    /// The port, explicit or the scheme's default.
    var port: Int?

    /// Parses a URL.
    init(_ url: String) {
        guard let parser = curl_url() else { return }
        defer { curl_url_cleanup(parser) }
        let flags = UInt32(CURLU_GUESS_SCHEME | CURLU_NON_SUPPORT_SCHEME)
        guard curl_url_set(parser, CURLUPART_URL, url, flags) == CURLUE_OK else { return }
        host = Self.part(parser, CURLUPART_HOST, 0).map {
            $0.hasPrefix("[") && $0.hasSuffix("]") ? String($0.dropFirst().dropLast()) : $0
        }
        port = Self.part(parser, CURLUPART_PORT, UInt32(CURLU_DEFAULT_PORT)).flatMap { Int($0) }
    }

    /// One part of a parsed URL.
    private static func part(_ parser: OpaquePointer, _ which: CURLUPart, _ flags: UInt32) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard curl_url_get(parser, which, &value, flags) == CURLUE_OK, let value else { return nil }
        defer { curl_free(value) }
        return String(cString: value)
    }
}

import CCurl
import Foundation

/// Messages for responses that broke mid-way (resets, malformed HTTP, bad encodings, TLS
/// handshakes, size limits, aborts), worded as newman's (Node's) where Node has a wording.
enum FaultMessages {
    /// The body went past `TransferOptions.maxResponseSize`.
    static func tooLarge(_ limit: Int) -> String {
        "response body larger than --max-response-size (\(limit) bytes)"
    }

    /// The transfer was aborted through a `TransferCancellation`.
    static let interrupted = "request aborted: the run was interrupted"

    /// A status line that is not `HTTP/x.y NNN reason`.
    static let badStatusLine = "Parse Error: Invalid status line"

    /// True when curl's text says the status line was not HTTP (its wording varies by version).
    static func isBadStatusLine(_ text: String) -> Bool {
        [
            "HTTP/0.9", "Unsupported HTTP version in response", "Invalid status line",
            "Unsupported response code",
        ]
        .contains { text.contains($0) }
    }

    /// A receive or send failure: a broken chunked body, a reset (`read ECONNRESET`), or curl's text.
    static func transfer(_ text: String, code: CURLcode, osError: Int) -> String {
        // curl's text first: the OS error code may be left over from an earlier transfer.
        if text.contains("hexadecimal sequence in chunked") {
            return "Parse Error: Invalid character in chunk size"
        }
        if text.contains("chunked") { return "Parse Error: Invalid chunked encoding (\(text))" }
        let verb = code == CURLE_SEND_ERROR ? "write" : "read"
        if text.contains("Connection reset") || osError == Int(ECONNRESET) && text.contains(" failure") {
            return "\(verb) ECONNRESET"
        }
        if text.contains("Broken pipe") { return "write EPIPE" }
        return text
    }

    /// A body whose `Content-Encoding` does not decode: zlib's own words, as Node reports them.
    static func badContentEncoding(_ text: String) -> String {
        guard let range = text.range(of: "unencoding: ") else { return text }
        return String(text[range.upperBound...])
    }

    /// A TLS handshake that failed before any certificate was judged.
    static func handshake(_ text: String) -> String {
        if text.contains("SSL_ERROR_SYSCALL") || text.contains("unexpected eof") {
            return "Client network socket disconnected before secure TLS connection was established"
        }
        if text.contains("wrong version number") || text.contains("packet length too long") {
            return "write EPROTO TLS handshake failed (the server did not answer in TLS): \(text)"
        }
        return "TLS handshake failed: \(text)"
    }
}

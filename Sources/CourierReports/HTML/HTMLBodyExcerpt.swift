import Foundation

/// The start of a request or response body, short enough to keep the report small.
enum HTMLBodyExcerpt {
    /// Characters kept from each body.
    static let limit = 2048

    /// The body as text, cut at `limit` characters with a note of what was left out; a note
    /// alone for binary bodies (those holding NUL bytes).
    static func text(_ body: Data) -> String {
        if body.contains(0) { return "(\(body.count) bytes of binary data)" }
        let text = String(decoding: body, as: UTF8.self)
        guard text.count > limit else { return text }
        let kept = text.prefix(limit)
        let omitted = body.count - kept.utf8.count
        return kept + "\n… (\(omitted) more bytes)"
    }
}

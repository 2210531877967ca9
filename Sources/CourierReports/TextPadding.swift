/// Padding by visible characters, for the CLI tables.
enum TextPadding {
    /// `text` followed by spaces up to `width` characters.
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Spaces followed by `text` up to `width` characters.
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// JavaScript's `Math.round` (halves go up).
    static func jsRound(_ value: Double) -> Int { Int((value + 0.5).rounded(.down)) }
}

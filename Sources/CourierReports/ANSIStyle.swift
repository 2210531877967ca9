/// Wraps text in ANSI colour codes, or leaves it alone when colour is off.
struct ANSIStyle {
    let enabled: Bool

    func red(_ text: String) -> String { wrap(text, "31", "39") }
    func green(_ text: String) -> String { wrap(text, "32", "39") }
    func yellow(_ text: String) -> String { wrap(text, "33", "39") }
    func cyan(_ text: String) -> String { wrap(text, "36", "39") }
    func gray(_ text: String) -> String { wrap(text, "90", "39") }
    func bold(_ text: String) -> String { wrap(text, "1", "22") }
    func underline(_ text: String) -> String { wrap(text, "4", "24") }

    private func wrap(_ text: String, _ open: String, _ close: String) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(open)m\(text)\u{1B}[\(close)m"
    }
}

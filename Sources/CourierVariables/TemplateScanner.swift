/// Finds `{{name}}` references the way newman's `/{{([^{}]*?)}}/g` does, over UTF-8 bytes.
///
/// A reference starts at the leftmost `{{` whose following run of non-brace bytes is closed by
/// `}}`; the name is that run, taken as written (spaces included). Matches do not overlap.
enum TemplateScanner {
    private static let open = UInt8(ascii: "{")
    private static let close = UInt8(ascii: "}")

    /// One pass of substitution. `replacement` gets each name and returns the text to insert,
    /// or `nil` to keep the reference as written. Returns `nil` when the text has no reference;
    /// otherwise the new text and whether any inserted text differed from its reference.
    static func substitute(
        _ text: String, replacement: (String) -> String?
    ) -> (text: String, changed: Bool)? {
        var text = text
        return text.withUTF8 { bytes -> (text: String, changed: Bool)? in
            var output: [UInt8] = []
            var copied = 0
            var changed = false
            var found = false
            forEachReference(in: bytes) { start, nameStart, nameEnd in
                found = true
                let name = decode(bytes, nameStart..<nameEnd)
                guard let value = replacement(name) else { return }
                let end = nameEnd + 2
                if output.isEmpty { output.reserveCapacity(bytes.count + value.utf8.count) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                output.append(contentsOf: value.utf8)
                copied = end
                if !value.utf8.elementsEqual(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    changed = true
                }
            }
            guard found else { return nil }
            if copied == 0 && output.isEmpty { return (String(decoding: bytes, as: UTF8.self), false) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<bytes.count]))
            return (String(decoding: output, as: UTF8.self), changed)
        }
    }

    /// The names of every reference in `text`, in order (duplicates kept).
    static func names(in text: String) -> [String] {
        spans(in: text).map(\.name)
    }

    /// Every reference in `text` with its UTF-8 byte offsets (`start ..< end`, braces included).
    static func spans(in text: String) -> [(name: String, start: Int, end: Int)] {
        var text = text
        return text.withUTF8 { bytes in
            var spans: [(name: String, start: Int, end: Int)] = []
            forEachReference(in: bytes) { start, nameStart, nameEnd in
                spans.append((decode(bytes, nameStart..<nameEnd), start, nameEnd + 2))
            }
            return spans
        }
    }

    /// True when `text` has more `{{` openings than complete references: some reference is
    /// composed around another one (`{{url_{{env}}}}`) or left half-formed.
    static func hasNestedReference(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var openings = 0
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == open, bytes[index + 1] == open { openings += 1 }
                index += 1
            }
            guard openings > 0 else { return false }
            var references = 0
            forEachReference(in: bytes) { _, _, _ in references += 1 }
            return openings > references
        }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Calls `body(start, nameStart, nameEnd)` for each reference; the reference spans
    /// `start ..< nameEnd + 2`.
    private static func forEachReference(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, Int, Int) -> Void
    ) {
        let count = bytes.count
        var i = 0
        while i + 3 < count {
            guard bytes[i] == open, bytes[i + 1] == open else {
                i += 1
                continue
            }
            var j = i + 2
            while j < count, bytes[j] != open, bytes[j] != close { j += 1 }
            if j == count { return }  // no brace left: no further reference can close
            if bytes[j] == close, j + 1 < count, bytes[j + 1] == close {
                body(i, i + 2, j)
                i = j + 2
            } else {
                // Between i + 2 and j there is no brace, so the next possible start is i + 1
                // (when j == i + 2) or j.
                i = j > i + 2 ? j : i + 1
            }
        }
    }
}

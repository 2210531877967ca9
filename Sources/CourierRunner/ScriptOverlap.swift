/// Whether an item's test scripts may run while the next request is already on the wire.
///
/// A test script overlaps the next request only when it cannot change anything that request
/// depends on: no variable writes, no flow control, no requests of its own, no dynamic code. The
/// check is on the script's text: every word in it (identifiers, property names, the words inside
/// strings and comments alike) is compared with the names that reach those capabilities, so
/// `pm.environment.set(...)`, `pm["environment"]["set"](...)` and `postman.setNextRequest(...)`
/// all keep the script in line. Escapes that could spell such a name (`\u0073et`, `"\x73et"`)
/// keep it in line too. The check errs on the safe side: a test named "set up" runs in line.
enum ScriptOverlap {
    /// Overlap only after responses quicker than this (see `Runner.mayOverlapTests`).
    static let maxResponseMilliseconds = 50.0

    /// Names that write variables, change the run's flow, send requests, reach the cookie jar or
    /// the engine's internals, or run code built from strings.
    static let blockingWords: Set<String> = [
        "set", "unset", "clear", "replaceIn", "setNextRequest", "skipRequest", "execution", "sendRequest",
        "postman", "jar", "eval", "Function", "constructor", "require", "import", "__courier", "globalThis",
        "Reflect", "setTimeout", "setInterval", "setImmediate",
    ]

    private static let longestBlockingWord = blockingWords.map(\.utf8.count).max() ?? 0

    /// True when none of `sources` can affect the next request.
    static func isIndependent(_ sources: [String]) -> Bool {
        sources.allSatisfy(isIndependent)
    }

    /// True when `source` names none of `blockingWords` and has no escape that could spell one.
    static func isIndependent(_ source: String) -> Bool {
        var source = source
        return source.withUTF8 { bytes in
            var wordStart: Int? = nil
            var position = 0
            while position <= bytes.count {
                let byte = position < bytes.count ? bytes[position] : 0
                if isWordByte(byte) {
                    if wordStart == nil { wordStart = position }
                } else {
                    if let start = wordStart, position - start <= longestBlockingWord {
                        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                        if blockingWords.contains(word) { return false }
                    }
                    wordStart = nil
                    if byte == UInt8(ascii: "\\"), position + 1 < bytes.count, isEscapeThatSpells(bytes[position + 1]) {
                        return false
                    }
                }
                position += 1
            }
            return true
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    /// `\u`, `\x` and octal escapes can spell any letter.
    private static func isEscapeThatSpells(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "u") || byte == UInt8(ascii: "x") || (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte)
    }
}

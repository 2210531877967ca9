/// Whether an item's test scripts may run while the next request is already on the wire.
///
/// A test script overlaps the next request only when it cannot change anything that request
/// depends on: no flow control, no requests of its own, no dynamic code, and variable writes only
/// through `.set('name', ...)` / `.unset('name')` with the name written out, so the names it may
/// write are known before it runs (the runner then checks the next request reads none of them).
/// The check is on the script's text: every word in it (identifiers, property names, the words
/// inside strings and comments alike) is compared with the names that reach other capabilities,
/// so `pm["environment"]["clear"]()` and `postman.setNextRequest(...)` keep the script in line;
/// escapes that could spell such a name (`\u0073et`, `"\x73et"`) keep it in line too. The check
/// errs on the safe side: a test named "clear cache" runs in line.
enum ScriptOverlap {
    /// Names that change the run's flow, send requests, reach the cookie jar or the engine's
    /// internals, clear or rewrite variables wholesale, or run code built from strings.
    static let blockingWords: Set<String> = [
        "clear", "replaceIn", "setNextRequest", "skipRequest", "execution", "sendRequest",
        "postman", "jar", "eval", "Function", "constructor", "require", "import", "__courier", "globalThis",
        "Reflect", "setTimeout", "setInterval", "setImmediate",
        // A scope's internals: `pm.environment._values.push(...)` writes without `set`.
        "_values", "_dirty", "_find", "_layers",
    ]
    /// Variable writes, allowed only as `.set('name', ...)` / `.unset('name')`.
    static let writingWords: Set<String> = ["set", "unset"]

    /// Every word of `blockingWords` and `writingWords` as bytes, by length, with whether it
    /// writes: this check runs for every item, so it compares bytes instead of hashing strings.
    private static let wordsByLength: [[(bytes: [UInt8], writes: Bool)]] = {
        let all = blockingWords.map { (Array($0.utf8), false) } + writingWords.map { (Array($0.utf8), true) }
        var table = Array(
            repeating: [(bytes: [UInt8], writes: Bool)](), count: (all.map(\.0.count).max() ?? 0) + 1)
        for (bytes, writes) in all { table[bytes.count].append((bytes, writes)) }
        return table
    }()

    /// Whether the word at `range` is a blocking word (false), a writing word (true), or neither (nil).
    /// Every word starting with `__` blocks: the engine's own globals (`__courier_sendRequest`, a
    /// word of its own) and `__proto__`.
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool? {
        if range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "_"),
            bytes[range.lowerBound + 1] == UInt8(ascii: "_")
        {
            return false
        }
        guard range.count < wordsByLength.count else { return nil }
        for candidate in wordsByLength[range.count]
        where candidate.bytes.withUnsafeBufferPointer({
            $0.elementsEqual(UnsafeBufferPointer(rebasing: bytes[range]))
        }) {
            return candidate.writes
        }
        return nil
    }

    /// The variable names `sources` may write (empty: none), or nil when they may do something
    /// else the next request could depend on.
    static func writtenNames(_ sources: [String]) -> Set<String>? {
        var names = Set<String>()
        for source in sources {
            guard let written = writtenNames(source) else { return nil }
            names.formUnion(written)
        }
        return names
    }

    /// The names `source` writes through literal `.set`/`.unset` calls, or nil when it names any
    /// of `blockingWords`, writes any other way, or has an escape that could spell a name.
    static func writtenNames(_ source: String) -> Set<String>? {
        var source = source
        return source.withUTF8 { bytes -> Set<String>? in
            var names = Set<String>()
            var wordStart: Int? = nil
            var position = 0
            while position <= bytes.count {
                let byte = position < bytes.count ? bytes[position] : 0
                if isWordByte(byte) {
                    if wordStart == nil { wordStart = position }
                    position += 1
                    continue
                }
                if let start = wordStart, let writes = classify(bytes, start..<position) {
                    guard writes,
                        let (name, nameStart) = literalCall(bytes, wordStart: start, wordEnd: position)
                    else {
                        return nil
                    }
                    names.insert(name)
                    wordStart = nil
                    position = nameStart
                    continue
                }
                wordStart = nil
                if byte == UInt8(ascii: "\\"), position + 1 < bytes.count,
                    isEscapeThatSpells(bytes[position + 1])
                {
                    return nil
                }
                position += 1
            }
            return names
        }
    }

    /// For a `set`/`unset` word: when it is a method call whose first argument is a plain string
    /// literal (`.set('name'`, `.unset("name"`), the name and where the name starts. The scan goes
    /// on inside the literal: JavaScript may not see a string there (`'.set("'; code; '")'`).
    private static func literalCall(
        _ bytes: UnsafeBufferPointer<UInt8>, wordStart: Int, wordEnd: Int
    ) -> (String, Int)? {
        var before = wordStart - 1
        while before >= 0, isSpace(bytes[before]) { before -= 1 }
        guard before >= 0, bytes[before] == UInt8(ascii: ".") else { return nil }
        var index = wordEnd
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "(") else { return nil }
        index += 1
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "'") || bytes[index] == UInt8(ascii: "\"")
        else {
            return nil
        }
        let quote = bytes[index]
        let nameStart = index + 1
        index = nameStart
        while index < bytes.count, bytes[index] != quote {
            if bytes[index] == UInt8(ascii: "\\") || bytes[index] == UInt8(ascii: "\n") { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        // The literal must be the whole first argument (not `'prefix' + name`).
        var after = index + 1
        while after < bytes.count, isSpace(bytes[after]) { after += 1 }
        guard after < bytes.count, bytes[after] == UInt8(ascii: ",") || bytes[after] == UInt8(ascii: ")")
        else {
            return nil
        }
        return (
            String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self),
            nameStart
        )
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "$"):
            return true
        default:
            return false
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// `\u`, `\x` and octal escapes can spell any letter.
    private static func isEscapeThatSpells(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "u") || byte == UInt8(ascii: "x")
            || (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(byte)
    }
}

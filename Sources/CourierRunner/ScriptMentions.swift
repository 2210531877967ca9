/// Whether a script's text names something, by a plain byte search.
///
/// The runner skips handing a script the request or the cookie jar when its text never names them;
/// this check runs for every script of every item, so it must cost next to nothing
/// (Foundation's `contains` is a locale-aware search, about 30,000 instructions a call).
enum ScriptMentions {
    /// True when `word` occurs in `source` (exact bytes, case-sensitive).
    static func contains(_ source: String, _ word: String) -> Bool {
        var source = source
        var word = word
        return source.withUTF8 { haystack in
            word.withUTF8 { needle in
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { return false }
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    if haystack[start] == first {
                        var matched = 1
                        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                        if matched == needle.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}

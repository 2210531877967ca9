/// The `classname` newman gives JUnit test cases: the suite name in UpperCamelCase
/// (`Accounts / List accounts` → `AccountsListAccounts`), splitting words as lodash does.
enum JUnitClassName {
    static func make(_ name: String) -> String {
        words(name).map { word in
            word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined()
    }

    /// Words: runs of letters and digits, split where lower case turns to upper case, where an
    /// upper-case run meets a capitalised word (`XMLHttp` → `XML`, `Http`), and between letters
    /// and digits.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = []
        }
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                flush()
                continue
            }
            if let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = previous.isLowercase && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                let digitBoundary = previous.isNumber != character.isNumber
                if lowerToUpper || acronymEnd || digitBoundary { flush() }
            }
            current.append(character)
        }
        flush()
        return words
    }
}

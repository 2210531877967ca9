/// Parses `$filter` text into an `ODataExpression`, resolving property paths against one entity set.
///
/// Grammar: `or` < `and` < `not` < comparison (`eq ne gt ge lt le`) < primary (parentheses, function calls,
/// literals, property paths). Literals: `'text'` (`''` escapes a quote), numbers, `true`, `false`, `null`,
/// unquoted GUIDs, `guid'...'`, and dates such as `2024-01-31` or `2024-01-31T10:00:00Z`.
struct ODataFilterParser {
    private enum Token: Equatable {
        case name(String)
        case text(String)
        case number(String)
        case guid(String)
        case date(Double)
        case open, close, comma
    }

    private var tokens: [Token] = []
    private var index = 0
    private let set: ODataEntitySet

    /// The expression for `text` on `set`; throws a 400 `ODataError` for syntax errors or unknown properties.
    static func parse(_ text: String, for set: ODataEntitySet) throws -> ODataExpression {
        var parser = ODataFilterParser(set: set)
        parser.tokens = try tokenize(text)
        guard !parser.tokens.isEmpty else { throw ODataError.badQuery("The $filter expression is empty.") }
        let expression = try parser.orExpression()
        guard parser.index == parser.tokens.count else {
            throw ODataError.badQuery("Syntax error at token \(parser.index + 1) in '\(text)'.")
        }
        return expression
    }

    private init(set: ODataEntitySet) { self.set = set }

    // MARK: Tokens

    private static func tokenize(_ text: String) throws -> [Token] {
        let c = Array(text)
        var tokens: [Token] = []
        var i = 0
        func isNameChar(_ ch: Character) -> Bool {
            ch.isLetter || ch.isNumber || ch == "_" || ch == "/" || ch == "$"
        }
        func quoted() throws -> String {
            var out = ""
            i += 1
            while i < c.count {
                if c[i] == "'" {
                    if i + 1 < c.count, c[i + 1] == "'" {
                        out.append("'")
                        i += 2
                        continue
                    }
                    i += 1
                    return out
                }
                out.append(c[i])
                i += 1
            }
            throw ODataError.badQuery("Unterminated string literal in '\(text)'.")
        }
        while i < c.count {
            let ch = c[i]
            if ch == " " || ch == "\t" {
                i += 1
            } else if ch == "(" {
                tokens.append(.open)
                i += 1
            } else if ch == ")" {
                tokens.append(.close)
                i += 1
            } else if ch == "," {
                tokens.append(.comma)
                i += 1
            } else if ch == "'" {
                tokens.append(.text(try quoted()))
            } else if i + 36 <= c.count, let guid = GUIDText.normalized(String(c[i..<i + 36])),
                i + 36 == c.count || !isNameChar(c[i + 36])
            {
                tokens.append(.guid(guid))
                i += 36
            } else if i + 10 <= c.count, c[i..<i + 4].allSatisfy(\.isNumber), c[i + 4] == "-", c[i + 7] == "-"
            {
                var end = i
                while end < c.count, c[end].isNumber || "-:.TZtz+".contains(c[end]) { end += 1 }
                let literal = String(c[i..<end])
                guard let seconds = ODataDate.parse(literal) else {
                    throw ODataError.badQuery("Invalid date literal '\(literal)'.")
                }
                tokens.append(.date(seconds))
                i = end
            } else if ch.isNumber || (ch == "-" && i + 1 < c.count && c[i + 1].isNumber) {
                var end = i + 1
                while end < c.count, c[end].isNumber || c[end] == "." { end += 1 }
                if end < c.count, c[end] == "e" || c[end] == "E" {
                    end += 1
                    if end < c.count, c[end] == "+" || c[end] == "-" { end += 1 }
                    while end < c.count, c[end].isNumber { end += 1 }
                }
                let literal = String(c[i..<end])
                if end < c.count, "mMdDfFlL".contains(c[end]) { end += 1 }
                guard Double(literal) != nil else {
                    throw ODataError.badQuery("Invalid number '\(literal)'.")
                }
                tokens.append(.number(literal))
                i = end
            } else if ch.isLetter || ch == "_" {
                var end = i
                while end < c.count, isNameChar(c[end]) { end += 1 }
                let name = String(c[i..<end])
                i = end
                let lowered = name.lowercased()
                if i < c.count, c[i] == "'", ["guid", "datetime", "datetimeoffset"].contains(lowered) {
                    let inner = try quoted()
                    if lowered == "guid" {
                        guard let guid = GUIDText.normalized(inner) else {
                            throw ODataError.badQuery("Invalid GUID literal '\(inner)'.")
                        }
                        tokens.append(.guid(guid))
                    } else {
                        guard let seconds = ODataDate.parse(inner) else {
                            throw ODataError.badQuery("Invalid date literal '\(inner)'.")
                        }
                        tokens.append(.date(seconds))
                    }
                } else {
                    tokens.append(.name(name))
                }
            } else {
                throw ODataError.badQuery("Syntax error: character '\(ch)' at position \(i) in '\(text)'.")
            }
        }
        return tokens
    }

    // MARK: Grammar

    private var current: Token? { index < tokens.count ? tokens[index] : nil }

    private mutating func keyword(_ word: String) -> Bool {
        if case .name(let name)? = current, name == word {
            index += 1
            return true
        }
        return false
    }

    private mutating func orExpression() throws -> ODataExpression {
        var left = try andExpression()
        while keyword("or") { left = .or(left, try andExpression()) }
        return left
    }

    private mutating func andExpression() throws -> ODataExpression {
        var left = try notExpression()
        while keyword("and") { left = .and(left, try notExpression()) }
        return left
    }

    private mutating func notExpression() throws -> ODataExpression {
        if keyword("not") { return .not(try notExpression()) }
        return try comparison()
    }

    private mutating func comparison() throws -> ODataExpression {
        let left = try primary()
        if case .name(let op)? = current, ODataExpression.comparisons.contains(op) {
            index += 1
            return .compare(op, left, try primary())
        }
        return left
    }

    private mutating func primary() throws -> ODataExpression {
        guard let token = current else { throw ODataError.badQuery("The $filter expression ends too early.") }
        index += 1
        switch token {
        case .open:
            let inner = try orExpression()
            guard current == .close else { throw ODataError.badQuery("')' expected in $filter.") }
            index += 1
            return inner
        case .text(let s): return .literal(.text(s))
        case .guid(let g): return .literal(.guid(g))
        case .date(let d): return .literal(.date(d))
        case .number(let n):
            if let int = Int(n) { return .literal(.integer(int)) }
            return .literal(.decimal(Double(n) ?? 0))
        case .name(let name):
            switch name {
            case "true": return .literal(.boolean(true))
            case "false": return .literal(.boolean(false))
            case "null": return .literal(.null)
            default: break
            }
            if current == .open {
                let lowered = name.lowercased()
                guard let arity = ODataExpression.functions[lowered] else {
                    throw ODataError.badQuery("An unknown function with name '\(name)' was found.")
                }
                index += 1
                var arguments: [ODataExpression] = []
                if current != .close {
                    arguments.append(try orExpression())
                    while current == .comma {
                        index += 1
                        arguments.append(try orExpression())
                    }
                }
                guard current == .close else {
                    throw ODataError.badQuery("')' expected after '\(name)' arguments.")
                }
                index += 1
                guard arguments.count == arity else {
                    throw ODataError.badQuery("Function '\(name)' takes \(arity) arguments.")
                }
                return .call(lowered, arguments)
            }
            let segments = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            return .property(try ODataPropertyPath.resolve(segments, in: set))
        case .close, .comma:
            throw ODataError.badQuery("Syntax error in $filter: unexpected '\(token == .close ? ")" : ",")'.")
        }
    }
}

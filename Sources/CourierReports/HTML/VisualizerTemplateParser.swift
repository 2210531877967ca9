import CourierModel

/// A value a template names: a path into the data (`a.b`, `this`, `../x`, `@index`) or a literal.
enum VisualizerArgument: Equatable {
    case path(VisualizerPath)
    case literal(JSONValue?)
}

/// A path into the data: `up` contexts out (`../`), from the data variables (`@`), then keys.
struct VisualizerPath: Equatable {
    var up = 0
    var isData = false
    /// Written with `this.` or `./`: block parameters do not apply.
    var explicitThis = false
    var segments: [String] = []
}

/// What sits inside one mustache: a helper or path name, then its arguments.
struct VisualizerExpression: Equatable {
    var name: VisualizerArgument
    var params: [VisualizerArgument] = []
    var hash: [String: VisualizerArgument] = [:]
    /// `as |item index|` on a block.
    var blockParams: [String] = []
    /// A partial block or decorator: renders nothing.
    var unsupported = false

    /// The simple name (`if`, `each`) when the expression starts with one, for helper lookup.
    var helperName: String? {
        guard case .path(let path) = name, path.up == 0, !path.isData, !path.explicitThis,
            path.segments.count == 1
        else { return nil }
        return path.segments[0]
    }
}

/// One piece of a parsed template.
indirect enum VisualizerNode: Equatable {
    case text(String)
    case value(VisualizerExpression, escaped: Bool)
    case block(VisualizerExpression, body: [VisualizerNode], inverse: [VisualizerNode])
}

/// Why a template could not be parsed; `message` is short and names the offending tag.
struct VisualizerTemplateError: Error, Equatable {
    let message: String
}

/// Turns template text into nodes: text, `{{value}}`, `{{{raw}}}` and blocks with their
/// `{{else}}` parts. Comments, partials and decorators leave nothing behind.
struct VisualizerTemplateParser {
    /// The deepest nesting of blocks accepted.
    static let depthLimit = 64

    private enum Tag {
        case value(VisualizerExpression, escaped: Bool)
        case open(VisualizerExpression, inverted: Bool)
        case otherwise(VisualizerExpression?)
        case close(String)
        case nothing
    }

    private enum Token {
        case text(String)
        case tag(Tag, source: String)
    }

    private var tokens: [Token] = []
    private var position = 0

    /// The nodes of `source`, or the first problem found.
    static func parse(_ source: String) throws(VisualizerTemplateError) -> [VisualizerNode] {
        var parser = VisualizerTemplateParser()
        parser.tokens = try tokenize(source)
        let nodes = try parser.nodes(depth: 0)
        if parser.position < parser.tokens.count,
            case .tag(let tag, let text) = parser.tokens[parser.position]
        {
            if case .close = tag { throw VisualizerTemplateError(message: "\(text) closes no open block") }
            throw VisualizerTemplateError(message: "\(text) outside a block")
        }
        return nodes
    }

    /// Nodes up to the next `{{else}}` or `{{/...}}` (left for the caller) or the end.
    private mutating func nodes(depth: Int) throws(VisualizerTemplateError) -> [VisualizerNode] {
        var nodes: [VisualizerNode] = []
        while position < tokens.count {
            switch tokens[position] {
            case .text(let text):
                position += 1
                if !text.isEmpty { nodes.append(.text(text)) }
            case .tag(let tag, let source):
                switch tag {
                case .otherwise, .close: return nodes
                case .nothing: position += 1
                case .value(let expression, let escaped):
                    position += 1
                    nodes.append(.value(expression, escaped: escaped))
                case .open(let expression, let inverted):
                    position += 1
                    guard depth < Self.depthLimit else {
                        throw VisualizerTemplateError(
                            message: "blocks nest deeper than \(Self.depthLimit) levels")
                    }
                    nodes.append(
                        try block(
                            expression, inverted: inverted, source: source, closes: expression,
                            depth: depth + 1))
                }
            }
        }
        return nodes
    }

    /// The rest of a block opened by `source`: its body, any `{{else}}` (or `{{else if ...}}`,
    /// which opens a block the same close ends) and the close.
    private mutating func block(
        _ expression: VisualizerExpression, inverted: Bool, source: String,
        closes opener: VisualizerExpression,
        depth: Int
    ) throws(VisualizerTemplateError) -> VisualizerNode {
        let body = try nodes(depth: depth)
        var inverse: [VisualizerNode] = []
        guard position < tokens.count, case .tag(let tag, let text) = tokens[position] else {
            throw VisualizerTemplateError(message: "\(source) is never closed")
        }
        position += 1
        switch tag {
        case .otherwise(let chained?):
            guard depth < Self.depthLimit else {
                throw VisualizerTemplateError(message: "blocks nest deeper than \(Self.depthLimit) levels")
            }
            inverse = [try block(chained, inverted: false, source: source, closes: opener, depth: depth + 1)]
        case .otherwise(nil):
            inverse = try nodes(depth: depth)
            guard position < tokens.count, case .tag(.close(let name), let closeText) = tokens[position]
            else {
                throw VisualizerTemplateError(message: "\(source) is never closed")
            }
            position += 1
            try checkClose(name, text: closeText, opener: opener, source: source)
        case .close(let name):
            try checkClose(name, text: text, opener: opener, source: source)
        default:
            throw VisualizerTemplateError(message: "\(source) is never closed")
        }
        return inverted
            ? .block(expression, body: inverse, inverse: body)
            : .block(expression, body: body, inverse: inverse)
    }

    private func checkClose(
        _ name: String, text: String, opener: VisualizerExpression, source: String
    ) throws(VisualizerTemplateError) {
        let openName: String
        switch opener.name {
        case .path(let path): openName = Self.pathText(path)
        case .literal: openName = ""
        }
        guard name == openName else {
            throw VisualizerTemplateError(message: "\(text) does not close \(source)")
        }
    }

    private static func pathText(_ path: VisualizerPath) -> String {
        var text = String(repeating: "../", count: path.up) + (path.isData ? "@" : "")
        if path.explicitThis { text += path.segments.isEmpty ? "this" : "this." }
        return text + path.segments.joined(separator: ".")
    }

    // MARK: - Tokens

    private static func tokenize(_ source: String) throws(VisualizerTemplateError) -> [Token] {
        var tokens: [Token] = []
        var text = ""
        var stripNext = false
        var rest = source[...]
        func flushText() {
            if stripNext { text = String(text.drop { $0.isWhitespace }) }
            tokens.append(.text(text))
            text = ""
        }
        while let open = rest.range(of: "{{") {
            text += rest[..<open.lowerBound]
            if text.hasSuffix("\\") && !text.hasSuffix("\\\\") {
                // `\{{x}}` is written as it stands, without the backslash.
                text.removeLast()
                let end = rest[open.upperBound...].range(of: "}}")?.upperBound ?? rest.endIndex
                text += rest[open.lowerBound..<end]
                rest = rest[end...]
                continue
            }
            if text.hasSuffix("\\\\") { text.removeLast() }
            let afterOpen = rest[open.upperBound...]
            let (inner, end) = try tagContent(afterOpen, at: String(rest[open.lowerBound...].prefix(24)))
            var content = inner[...]
            if content.hasPrefix("~") {
                content = content.dropFirst()
                while let last = text.last, last.isWhitespace { text.removeLast() }
            }
            flushText()
            stripNext = false
            if content.hasSuffix("~") {
                content = content.dropLast()
                stripNext = true
            }
            // The tag as errors quote it, cut short so a message stays one short line.
            var whole = String(rest[open.lowerBound..<end])
            if whole.count > 60 { whole = whole.prefix(57) + "…" }
            tokens.append(.tag(tag(content), source: whole))
            rest = rest[end...]
        }
        text += rest
        flushText()
        return tokens
    }

    /// The text between `{{` and its closing braces, and the index after them. Comments may
    /// hold `}}` when written `{{!-- ... --}}`; `{{{raw}}}` ends at `}}}`.
    private static func tagContent(
        _ afterOpen: Substring, at context: String
    ) throws(VisualizerTemplateError) -> (String, String.Index) {
        let lead = afterOpen.hasPrefix("~") ? afterOpen.dropFirst() : afterOpen
        var from = lead.startIndex
        let enders: [String]
        if lead.hasPrefix("!--") {
            enders = ["--}}", "--~}}"]
            from = lead.index(after: from)
        } else if lead.hasPrefix("{") {
            enders = ["}}}", "}~}}"]
        } else {
            enders = ["}}"]
        }
        let found = enders.compactMap { afterOpen[from...].range(of: $0) }.min {
            $0.lowerBound < $1.lowerBound
        }
        guard let found else {
            let what = lead.hasPrefix("!") ? "comment" : "tag"
            throw VisualizerTemplateError(
                message: "unclosed \(what) at \(context.split(separator: "\n").first ?? "")")
        }
        return (String(afterOpen[..<found.upperBound].dropLast(2)), found.upperBound)
    }

    /// What one tag's content (without `{{`, `}}` and strip marks) means.
    private static func tag(_ content: Substring) -> Tag {
        var content = content
        if content.hasPrefix("!") { return .nothing }
        if content.hasPrefix("{") && content.hasSuffix("}") {
            content = content.dropFirst().dropLast()
            return expression(content).map { .value($0, escaped: false) } ?? .nothing
        }
        content = content.drop { $0.isWhitespace }
        guard let first = content.first else { return .nothing }
        switch first {
        case "&": return expression(content.dropFirst()).map { .value($0, escaped: false) } ?? .nothing
        case ">", "*": return .nothing
        case "#":
            let rest = content.dropFirst()
            if rest.hasPrefix("*") || rest.hasPrefix(">") {
                // Decorator and partial blocks: parsed to find their close, then render nothing.
                guard var expression = expression(rest.dropFirst()) else { return .nothing }
                expression.unsupported = true
                return .open(expression, inverted: false)
            }
            return expression(rest).map { .open($0, inverted: false) } ?? .nothing
        case "/":
            return .close(content.dropFirst().trimmingCharacters(in: .whitespaces))
        case "^":
            let rest = content.dropFirst()
            if rest.allSatisfy(\.isWhitespace) { return .otherwise(nil) }
            return expression(rest).map { .open($0, inverted: true) } ?? .nothing
        default:
            let words = words(content)
            if words.first == "else" {
                return .otherwise(words.count > 1 ? expression(words.dropFirst()) : nil)
            }
            return expression(words[...]).map { .value($0, escaped: true) } ?? .nothing
        }
    }

    private static func expression(_ content: Substring) -> VisualizerExpression? {
        expression(words(content)[...])
    }

    private static func expression(_ words: ArraySlice<String>) -> VisualizerExpression? {
        guard let first = words.first else { return nil }
        var expression = VisualizerExpression(name: argument(first))
        var rest = words.dropFirst()
        while let word = rest.first {
            rest = rest.dropFirst()
            if word == "as", let params = rest.first, params.hasPrefix("|") {
                expression.blockParams = params.trimmingCharacters(in: ["|"]).split(
                    whereSeparator: \.isWhitespace
                )
                .map(String.init)
                rest = rest.dropFirst()
            } else if let equals = word.firstIndex(of: "="), !word.hasPrefix("\""), !word.hasPrefix("'") {
                expression.hash[String(word[..<equals])] = argument(
                    String(word[word.index(after: equals)...]))
            } else {
                expression.params.append(argument(word))
            }
        }
        return expression
    }

    /// The words of a tag: split at whitespace, keeping quoted strings, `[segments]`,
    /// `(subexpressions)` and `|block params|` whole.
    private static func words(_ content: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var bracket = false
        var parens = 0
        var pipe = false
        for character in content {
            if let open = quote {
                word.append(character)
                if character == open { quote = nil }
                continue
            }
            if bracket {
                word.append(character)
                if character == "]" { bracket = false }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "[": bracket = true
            case "(": parens += 1
            case ")": parens = max(0, parens - 1)
            case "|": pipe.toggle()
            default:
                if character.isWhitespace && parens == 0 && !pipe {
                    if !word.isEmpty { words.append(word) }
                    word = ""
                    continue
                }
            }
            word.append(character)
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// One word as a literal (`"text"`, `12`, `true`, `null`) or a path.
    private static func argument(_ word: String) -> VisualizerArgument {
        if word.count >= 2, let first = word.first, first == "\"" || first == "'", word.last == first {
            return .literal(.string(String(word.dropFirst().dropLast())))
        }
        switch word {
        case "true": return .literal(.bool(true))
        case "false": return .literal(.bool(false))
        case "null": return .literal(.null)
        case "undefined": return .literal(nil)
        default: break
        }
        if word.hasPrefix("(") { return .literal(nil) }  // subexpressions call helpers: none known
        if let first = word.first, first.isNumber || (first == "-" && word.count > 1),
            Double(word) != nil
        {
            return .literal(.number(JSONNumber(text: word)))
        }
        return .path(path(word))
    }

    private static func path(_ word: String) -> VisualizerPath {
        var path = VisualizerPath()
        var rest = word[...]
        if rest.hasPrefix("@") {
            path.isData = true
            rest = rest.dropFirst()
        }
        while rest.hasPrefix("../") {
            path.up += 1
            rest = rest.dropFirst(3)
        }
        if rest == ".." {
            path.up += 1
            rest = ""
        }
        var segments: [String] = []
        var segment = ""
        var bracket = false
        for character in rest {
            if bracket {
                if character == "]" { bracket = false } else { segment.append(character) }
            } else if character == "[" {
                bracket = true
            } else if character == "." || character == "/" {
                segments.append(segment)
                segment = ""
            } else {
                segment.append(character)
            }
        }
        segments.append(segment)
        segments.removeAll { $0.isEmpty }
        if let first = segments.first, first == "this" || first == ".", !path.isData {
            path.explicitThis = true
            segments.removeFirst()
        } else if rest.hasPrefix("./") || rest == "." {
            path.explicitThis = true
        }
        path.segments = segments
        return path
    }
}

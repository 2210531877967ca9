import CourierModel

/// One context of a rendering: the value `this` names, the `@` data of the innermost
/// `{{#each}}` (`@index`, `@key`, `@first`, `@last`) and block parameters.
struct VisualizerFrame {
    var value: JSONValue?
    var index: Int?
    var key: JSONValue?
    var count = 0
    var blockParams: [String: JSONValue] = [:]

    /// `@name` in this context.
    func data(_ name: String) -> JSONValue? {
        guard let index else { return nil }
        switch name {
        case "index": return .number(JSONNumber(index))
        case "key": return key
        case "first": return .bool(index == 0)
        case "last": return .bool(index == count - 1)
        default: return nil
        }
    }
}

/// Walks parsed nodes against the data, writing HTML within the limits.
struct VisualizerRenderer {
    let root: JSONValue?
    /// The contexts, innermost last; blocks push and pop theirs.
    private var frames: [VisualizerFrame]
    private(set) var output = ""
    private(set) var truncated = false
    private var bytes = 0
    private var steps = 0

    init(root: JSONValue?) {
        self.root = root
        frames = [VisualizerFrame(value: root)]
    }

    /// Renders `nodes` in the current context.
    mutating func render(_ nodes: [VisualizerNode]) {
        for node in nodes {
            steps += 1
            if steps > VisualizerTemplate.stepLimit { truncated = true }
            if truncated { return }
            switch node {
            case .text(let text): write(text)
            case .value(let expression, let escaped):
                let text = VisualizerValues.text(value(of: expression))
                write(escaped ? HTMLEscaping.escape(text) : text)
            case .block(let expression, let body, let inverse):
                block(expression, body: body, inverse: inverse)
            }
        }
    }

    private mutating func write(_ text: String) {
        let count = text.utf8.count
        guard bytes + count <= VisualizerTemplate.outputLimit else {
            var room = VisualizerTemplate.outputLimit - bytes
            for character in text {
                room -= character.utf8.count
                if room < 0 { break }
                output.append(character)
            }
            truncated = true
            return
        }
        bytes += count
        output += text
    }

    /// A `{{...}}` tag's value: a path, a literal, or what a known inline helper returns.
    private func value(of expression: VisualizerExpression) -> JSONValue? {
        if expression.unsupported { return nil }
        if let helper = expression.helperName, !expression.params.isEmpty || !expression.hash.isEmpty {
            switch helper {
            case "lookup":
                guard expression.params.count >= 2 else { return nil }
                let key = VisualizerValues.text(resolve(expression.params[1]))
                return VisualizerValues.member(key, of: resolve(expression.params[0]))
            default:
                return nil  // unknown helpers (and `log`) write nothing
            }
        }
        return resolve(expression.name)
    }

    private mutating func block(
        _ expression: VisualizerExpression, body: [VisualizerNode], inverse: [VisualizerNode]
    ) {
        if expression.unsupported { return }
        let first = expression.params.first.flatMap { resolve($0) }
        switch expression.helperName {
        case "if", "unless":
            var truthy = VisualizerValues.isTruthy(first)
            if case .number(let number) = first, number.doubleValue == 0,
                VisualizerValues.isTruthy(expression.hash["includeZero"].flatMap { resolve($0) })
            {
                truthy = true
            }
            if expression.helperName == "unless" { truthy.toggle() }
            render(truthy ? body : inverse)
        case "each":
            each(first, expression: expression, body: body, inverse: inverse)
        case "with":
            guard VisualizerValues.isTruthy(first) else { return render(inverse) }
            var frame = frames[frames.count - 1]
            frame.value = first
            frame.blockParams = expression.blockParams.first.map { [$0: first ?? .null] } ?? [:]
            render(body, in: frame)
        default:
            guard expression.params.isEmpty, expression.hash.isEmpty else { return }  // unknown helper
            section(resolve(expression.name), expression: expression, body: body, inverse: inverse)
        }
    }

    /// `body` rendered with `frame` as the innermost context.
    private mutating func render(_ body: [VisualizerNode], in frame: VisualizerFrame) {
        frames.append(frame)
        render(body)
        frames.removeLast()
    }

    /// `{{#path}}`: a list repeats the body, `true` renders it in place, `false`, null and a
    /// missing value render the `{{else}}` part, and anything else becomes the body's context.
    private mutating func section(
        _ value: JSONValue?, expression: VisualizerExpression, body: [VisualizerNode],
        inverse: [VisualizerNode]
    ) {
        switch value {
        case .bool(true): render(body)
        case nil, .null, .bool(false): render(inverse)
        case .array: each(value, expression: expression, body: body, inverse: inverse)
        case let value?:
            var frame = frames[frames.count - 1]
            frame.value = value
            frame.blockParams = [:]
            render(body, in: frame)
        }
    }

    /// `{{#each}}` over an array's elements or an object's members; the `{{else}}` part when
    /// there are none or the value is neither.
    private mutating func each(
        _ value: JSONValue?, expression: VisualizerExpression, body: [VisualizerNode],
        inverse: [VisualizerNode]
    ) {
        let count: Int
        switch value {
        case .array(let items): count = items.count
        case .object(let object): count = object.count
        default: count = 0
        }
        guard count > 0 else { return render(inverse) }
        var frame = frames[frames.count - 1]
        frame.count = count
        frame.blockParams = [:]
        frames.append(frame)
        defer { frames.removeLast() }
        for index in 0..<count {
            steps += 1
            if steps > VisualizerTemplate.stepLimit { truncated = true }
            if truncated { return }
            let key: JSONValue
            let element: JSONValue
            switch value {
            case .array(let items): (key, element) = (.number(JSONNumber(index)), items[index])
            case .object(let object):
                (key, element) = (.string(object.members[index].key), object.members[index].value)
            default: return
            }
            frames[frames.count - 1].value = element
            frames[frames.count - 1].index = index
            frames[frames.count - 1].key = key
            if expression.blockParams.count > 0 {
                frames[frames.count - 1].blockParams[expression.blockParams[0]] = element
            }
            if expression.blockParams.count > 1 {
                frames[frames.count - 1].blockParams[expression.blockParams[1]] = key
            }
            render(body)
        }
    }

    /// The value an argument names in the current context; nil when the path leads nowhere.
    private func resolve(_ argument: VisualizerArgument) -> JSONValue? {
        switch argument {
        case .literal(let value): return value
        case .path(let path): return resolve(path)
        }
    }

    private func resolve(_ path: VisualizerPath) -> JSONValue? {
        var segments = path.segments[...]
        var value: JSONValue?
        if path.isData {
            guard let name = segments.popFirst() else { return nil }
            value = name == "root" ? root : frames[frames.count - 1].data(name)
        } else if path.up == 0, !path.explicitThis, let name = segments.first,
            let parameter = frames.reversed().lazy.compactMap({ $0.blockParams[name] }).first
        {
            segments = segments.dropFirst()
            value = parameter
        } else {
            value = frames[max(0, frames.count - 1 - path.up)].value
        }
        for segment in segments {
            value = VisualizerValues.member(segment, of: value)
            if value == nil { return nil }
        }
        return value
    }
}

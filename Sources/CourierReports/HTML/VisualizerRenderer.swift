import CourierModel

/// One context of a rendering: the value `this` names, the `@` data and block parameters.
struct VisualizerFrame {
    var value: JSONValue?
    var data: [String: JSONValue] = [:]
    var blockParams: [String: JSONValue] = [:]
}

/// Walks parsed nodes against the data, writing HTML within the limits.
struct VisualizerRenderer {
    let root: JSONValue?
    private(set) var output = ""
    private(set) var truncated = false
    private var bytes = 0
    private var steps = 0

    init(root: JSONValue?) { self.root = root }

    /// Renders `nodes` with `frames` (innermost last) as the contexts.
    mutating func render(_ nodes: [VisualizerNode], frames: [VisualizerFrame]) {
        for node in nodes {
            steps += 1
            if steps > VisualizerTemplate.stepLimit { truncated = true }
            if truncated { return }
            switch node {
            case .text(let text): write(text)
            case .value(let expression, let escaped):
                let text = VisualizerValues.text(value(of: expression, frames: frames))
                write(escaped ? HTMLEscaping.escape(text) : text)
            case .block(let expression, let body, let inverse):
                block(expression, body: body, inverse: inverse, frames: frames)
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
    private func value(of expression: VisualizerExpression, frames: [VisualizerFrame]) -> JSONValue? {
        if expression.unsupported { return nil }
        if let helper = expression.helperName, !expression.params.isEmpty || !expression.hash.isEmpty {
            switch helper {
            case "lookup":
                guard expression.params.count >= 2 else { return nil }
                let key = VisualizerValues.text(resolve(expression.params[1], frames: frames))
                return VisualizerValues.member(key, of: resolve(expression.params[0], frames: frames))
            default:
                return nil  // unknown helpers (and `log`) write nothing
            }
        }
        return resolve(expression.name, frames: frames)
    }

    private mutating func block(
        _ expression: VisualizerExpression, body: [VisualizerNode], inverse: [VisualizerNode], frames: [VisualizerFrame]
    ) {
        if expression.unsupported { return }
        let first = expression.params.first.flatMap { resolve($0, frames: frames) }
        switch expression.helperName {
        case "if", "unless":
            var truthy = VisualizerValues.isTruthy(first)
            if case .number(let number) = first, number.doubleValue == 0,
                VisualizerValues.isTruthy(expression.hash["includeZero"].flatMap { resolve($0, frames: frames) })
            {
                truthy = true
            }
            if expression.helperName == "unless" { truthy.toggle() }
            render(truthy ? body : inverse, frames: frames)
        case "each":
            each(first, expression: expression, body: body, inverse: inverse, frames: frames)
        case "with":
            guard VisualizerValues.isTruthy(first) else { return render(inverse, frames: frames) }
            var frame = frames.last ?? VisualizerFrame(value: nil)
            frame.value = first
            frame.blockParams = expression.blockParams.first.map { [$0: first ?? .null] } ?? [:]
            render(body, frames: frames + [frame])
        default:
            guard expression.params.isEmpty, expression.hash.isEmpty else { return }  // unknown helper
            section(resolve(expression.name, frames: frames), expression: expression, body: body, inverse: inverse,
                frames: frames)
        }
    }

    /// `{{#path}}`: a list repeats the body, `true` renders it in place, `false`, null and a
    /// missing value render the `{{else}}` part, and anything else becomes the body's context.
    private mutating func section(
        _ value: JSONValue?, expression: VisualizerExpression, body: [VisualizerNode], inverse: [VisualizerNode],
        frames: [VisualizerFrame]
    ) {
        switch value {
        case .bool(true): render(body, frames: frames)
        case nil, .null, .bool(false): render(inverse, frames: frames)
        case .array: each(value, expression: expression, body: body, inverse: inverse, frames: frames)
        case let value?:
            var frame = frames.last ?? VisualizerFrame(value: nil)
            frame.value = value
            frame.blockParams = [:]
            render(body, frames: frames + [frame])
        }
    }

    /// `{{#each}}` over an array's elements or an object's members; the `{{else}}` part when
    /// there are none or the value is neither.
    private mutating func each(
        _ value: JSONValue?, expression: VisualizerExpression, body: [VisualizerNode], inverse: [VisualizerNode],
        frames: [VisualizerFrame]
    ) {
        let entries: [(key: JSONValue, value: JSONValue)]
        switch value {
        case .array(let items): entries = items.enumerated().map { (.number(JSONNumber($0.offset)), $0.element) }
        case .object(let object): entries = object.members.map { (.string($0.key), $0.value) }
        default: entries = []
        }
        guard !entries.isEmpty else { return render(inverse, frames: frames) }
        var frame = frames.last ?? VisualizerFrame(value: nil)
        for (index, entry) in entries.enumerated() {
            if truncated { return }
            frame.value = entry.value
            frame.data["index"] = .number(JSONNumber(index))
            frame.data["key"] = entry.key
            frame.data["first"] = .bool(index == 0)
            frame.data["last"] = .bool(index == entries.count - 1)
            frame.blockParams = [:]
            if expression.blockParams.count > 0 { frame.blockParams[expression.blockParams[0]] = entry.value }
            if expression.blockParams.count > 1 { frame.blockParams[expression.blockParams[1]] = entry.key }
            render(body, frames: frames + [frame])
        }
    }

    /// The value an argument names in `frames`; nil when the path leads nowhere.
    private func resolve(_ argument: VisualizerArgument, frames: [VisualizerFrame]) -> JSONValue? {
        switch argument {
        case .literal(let value): return value
        case .path(let path): return resolve(path, frames: frames)
        }
    }

    private func resolve(_ path: VisualizerPath, frames: [VisualizerFrame]) -> JSONValue? {
        var segments = path.segments[...]
        var value: JSONValue?
        if path.isData {
            guard let name = segments.popFirst() else { return nil }
            value = name == "root" ? root : frames.last?.data[name]
        } else if path.up == 0, !path.explicitThis, let name = segments.first,
            let parameter = frames.reversed().lazy.compactMap({ $0.blockParams[name] }).first
        {
            segments = segments.dropFirst()
            value = parameter
        } else {
            let index = max(0, frames.count - 1 - path.up)
            value = frames.isEmpty ? root : frames[index].value
        }
        for segment in segments {
            value = VisualizerValues.member(segment, of: value)
            if value == nil { return nil }
        }
        return value
    }
}

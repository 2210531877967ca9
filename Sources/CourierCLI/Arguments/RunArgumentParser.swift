/// Parses the arguments after `courier run` into `RunCommandOptions`, driven by `RunOptionTable`.
struct RunArgumentParser {
    private var tokens: [Token]
    private var position = 0
    private var options = RunCommandOptions(collection: .file(""))
    private var collection: InputSource?
    private var reportersGiven = false

    /// The outcome of one option: keep going, or stop and show help or the version.
    private enum Outcome {
        case proceed
        case stop(CourierCommand)
    }

    /// Parses `arguments` (without `run` itself) into a command: `.run`, or `.help`/`.version`.
    static func parse<Arguments: Sequence<String>>(
        _ arguments: Arguments
    ) throws(UsageError) -> CourierCommand {
        var parser = RunArgumentParser(tokens: tokenize(arguments))
        return try parser.parseAll()
    }

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    private mutating func parseAll() throws(UsageError) -> CourierCommand {
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            let outcome: Outcome
            switch token {
            case .positional(let argument):
                try takeCollection(argument)
                outcome = .proceed
            case .long(let name, let inlineValue):
                outcome = try parseLong(name, inlineValue: inlineValue)
            case .short(let cluster):
                outcome = try parseShortCluster(cluster)
            }
            if case .stop(let command) = outcome { return command }
        }
        guard let collection else {
            throw UsageError(
                message: "missing collection argument",
                suggestion: "Usage: courier run <collection> [options]", command: .run)
        }
        options.collection = collection
        return .run(options)
    }

    private mutating func takeCollection(_ argument: String) throws(UsageError) {
        guard collection == nil else {
            throw UsageError(
                message: "unexpected argument '\(argument)'",
                suggestion: "'courier run' takes one collection", command: .run)
        }
        guard !argument.isEmpty else {
            throw UsageError(message: "the collection argument is empty", command: .run)
        }
        collection = InputSource(argument: argument)
    }

    // MARK: Long and short options

    private mutating func parseLong(
        _ name: String, inlineValue: String?
    ) throws(UsageError) -> Outcome {
        let spelling = "--\(name)"
        guard let spec = RunOptionTable.option(long: name) else {
            if name.hasPrefix("reporter-"), name.count > "reporter-".count {
                takeReporterOption(String(name.dropFirst("reporter-".count)), inlineValue: inlineValue)
                return .proceed
            }
            throw UsageError(
                message: "unknown option '\(spelling)'",
                suggestion: didYouMean(spelling, among: RunOptionTable.options.map(\.longSpelling)),
                command: .run)
        }
        let value: String?
        switch spec.value {
        case .none:
            if inlineValue != nil {
                throw UsageError(message: "option '\(spelling)' does not take a value", command: .run)
            }
            value = nil
        case .required:
            if let inlineValue {
                value = inlineValue
            } else {
                value = try takeRequiredValue(for: spelling)
            }
        case .optional:
            value = inlineValue ?? takeOptionalValue(for: spec)
        }
        return try apply(spec, value: value, spelling: spelling)
    }

    /// `-xk`, `-n 3`, `-n3`: flags may share a dash; a value option takes the rest or the next argument.
    private mutating func parseShortCluster(_ cluster: String) throws(UsageError) -> Outcome {
        var rest = Substring(cluster)
        while let letter = rest.first {
            rest = rest.dropFirst()
            let spelling = "-\(letter)"
            guard let spec = RunOptionTable.option(short: letter) else {
                throw UsageError(message: "unknown option '\(spelling)'", command: .run)
            }
            var value: String?
            if spec.value != .none {
                if rest.isEmpty {
                    value = try takeRequiredValue(for: spelling)
                } else {
                    value = String(rest.first == "=" ? rest.dropFirst() : rest)
                    rest = ""
                }
            }
            let outcome = try apply(spec, value: value, spelling: spelling)
            if case .stop = outcome { return outcome }
        }
        return .proceed
    }

    /// The next argument as a value; an empty value or a following option counts as missing.
    private mutating func takeRequiredValue(for spelling: String) throws(UsageError) -> String {
        guard position < tokens.count, case .positional(let value) = tokens[position], !value.isEmpty
        else {
            throw UsageError(message: "option '\(spelling)' needs a value", command: .run)
        }
        position += 1
        return value
    }

    /// The next argument, only when this option accepts it (for `--bail`: modifiers only).
    private mutating func takeOptionalValue(for spec: OptionSpec) -> String? {
        guard position < tokens.count, case .positional(let value) = tokens[position],
            ValueParsers.bailModifiers(value) != nil
        else { return nil }
        position += 1
        return value
    }

    /// `--reporter-<rest>`: the value is `=value`, else the next argument unless it is an option,
    /// else `true`.
    private mutating func takeReporterOption(_ key: String, inlineValue: String?) {
        if let inlineValue {
            options.reporterOptions[key] = inlineValue
        } else if position < tokens.count, case .positional(let value) = tokens[position] {
            position += 1
            options.reporterOptions[key] = value
        } else {
            options.reporterOptions[key] = "true"
        }
    }

    // MARK: Effects

    private mutating func apply(
        _ spec: OptionSpec, value: String?, spelling: String
    ) throws(UsageError) -> Outcome {
        if let value, value.isEmpty {
            throw UsageError(message: "option '\(spelling)' needs a value", command: .run)
        }
        let text = value ?? ""
        switch spec.action {
        case .setFlag(let field, let flag):
            options[keyPath: field] = flag
        case .setText(let field):
            options[keyPath: field] = text
        case .appendText(let field):
            options[keyPath: field].append(text)
        case .setSource(let field):
            options[keyPath: field] = InputSource(argument: text)
        case .setPositiveInteger(let field):
            options[keyPath: field] = try ValueParsers.positiveInteger(text, for: spelling)
        case .setMilliseconds(let field):
            options[keyPath: field] = try ValueParsers.milliseconds(text, for: spelling)
        case .setByteSize(let field):
            options[keyPath: field] = try ValueParsers.byteSize(text, for: spelling)
        case .appendVariable(let field):
            options[keyPath: field].append(try ValueParsers.variable(text, for: spelling))
        case .setReporters:
            let names = try ValueParsers.reporterList(text, for: spelling)
            var reporters = reportersGiven ? options.reporters : []
            for name in names where !reporters.contains(name) {
                reporters.append(name)
            }
            options.reporters = reporters
            reportersGiven = true
        case .setColor:
            options.color = try ValueParsers.color(text, for: spelling)
        case .setColorOff:
            options.color = .off
        case .setBail:
            if value == nil {
                options.bail = BailSetting()
            } else {
                options.bail = try ValueParsers.bail(text, for: spelling)
            }
        case .appendConnectTo:
            options.connectTo.append(try ValueParsers.connectTo(text, for: spelling))
        case .setCount(let field):
            options[keyPath: field] = try ValueParsers.count(text, for: spelling)
        case .setRetryOn:
            options.retryOn = try ValueParsers.retryOn(text, for: spelling)
        case .setReporterFlag(let key):
            options.reporterOptions[key] = "true"
        case .showHelp:
            return .stop(.help(topic: .run))
        case .showVersion:
            return .stop(.version)
        }
        return .proceed
    }
}

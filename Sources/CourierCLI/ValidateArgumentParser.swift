/// Parses the arguments after `courier validate`: one collection, `-e`, `-g`, `-d`, `--env-var`,
/// `--global-var` and `-h`. Values follow the option or an `=` (long options only).
enum ValidateArgumentParser {
    /// One option of `courier validate`: names, placeholder and help line.
    struct Option {
        let long: String
        let short: Character?
        let placeholder: String?
        let help: String

        var label: String {
            let names = short.map { "-\($0), --\(long)" } ?? "    --\(long)"
            return placeholder.map { "\(names) <\($0)>" } ?? names
        }
    }

    static let options: [Option] = [
        Option(long: "environment", short: "e", placeholder: "path", help: "Environment file or URL"),
        Option(long: "globals", short: "g", placeholder: "path", help: "Globals file or URL"),
        Option(
            long: "iteration-data", short: "d", placeholder: "path",
            help: "Data file (JSON or CSV) or URL; its columns count as defined"),
        Option(
            long: "env-var", short: nil, placeholder: "key=value",
            help: "Define an environment variable; repeatable"),
        Option(
            long: "global-var", short: nil, placeholder: "key=value",
            help: "Define a global variable; repeatable"),
        Option(long: "help", short: "h", placeholder: nil, help: "Show help"),
    ]

    /// Parses `arguments` (without `validate`) into `.validate`, or `.help(topic: .validate)`.
    static func parse<Arguments: Sequence<String>>(_ arguments: Arguments) throws(UsageError)
        -> CourierCommand
    {
        let tokens = tokenize(arguments)
        var options = ValidateCommandOptions(collection: .file(""))
        var collection: InputSource?
        var position = 0
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            let option: Option
            var value: String?
            switch token {
            case .positional(let argument):
                guard collection == nil else {
                    throw UsageError(
                        message: "unexpected argument '\(argument)'",
                        suggestion: "'courier validate' takes one collection",
                        command: .validate)
                }
                guard !argument.isEmpty else {
                    throw UsageError(message: "the collection argument is empty", command: .validate)
                }
                collection = InputSource(argument: argument)
                continue
            case .long(let name, let inline):
                guard let found = self.options.first(where: { $0.long == name }) else {
                    throw UsageError(
                        message: "unknown option '--\(name)'",
                        suggestion: didYouMean("--\(name)", among: self.options.map { "--\($0.long)" }),
                        command: .validate)
                }
                option = found
                value = inline
            case .short(let cluster):
                guard cluster.count == 1, let found = self.options.first(where: { $0.short == cluster.first })
                else {
                    throw UsageError(message: "unknown option '-\(cluster)'", command: .validate)
                }
                option = found
            }
            let spelling = "--\(option.long)"
            if option.placeholder == nil {
                if value != nil {
                    throw UsageError(
                        message: "option '\(spelling)' does not take a value", command: .validate)
                }
                return .help(topic: .validate)
            }
            if value == nil, position < tokens.count, case .positional(let next) = tokens[position] {
                value = next
                position += 1
            }
            guard let text = value, !text.isEmpty else {
                throw UsageError(message: "option '\(spelling)' needs a value", command: .validate)
            }
            switch option.long {
            case "environment": options.environment = InputSource(argument: text)
            case "globals": options.globals = InputSource(argument: text)
            case "iteration-data": options.iterationData = InputSource(argument: text)
            case "env-var": options.environmentVariables.append(try variable(text, spelling))
            default: options.globalVariables.append(try variable(text, spelling))
            }
        }
        guard let collection else {
            throw UsageError(
                message: "missing collection argument", suggestion: "Usage: \(CommandName.validate.synopsis)",
                command: .validate)
        }
        options.collection = collection
        return .validate(options)
    }

    private static func variable(_ text: String, _ spelling: String) throws(UsageError) -> VariableOverride {
        do {
            return try ValueParsers.variable(text, for: spelling)
        } catch {
            throw UsageError(message: error.message, command: .validate)
        }
    }
}

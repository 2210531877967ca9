/// Parses Courier's arguments (without the program name) into the command to carry out.
///
/// `courier --help`, `courier help [command]` and `courier run --help` give `.help`;
/// `courier --version` and `-v` give `.version`; `courier run ...` gives `.run`.
/// Anything the user must fix is thrown as a `UsageError`.
public func parseCommandLine(_ args: [String]) throws(UsageError) -> CourierCommand {
    guard let first = args.first else {
        throw UsageError(message: "no command given", suggestion: "Try 'courier run <collection>'")
    }
    let rest = args.dropFirst()
    if first.hasPrefix("-"), first.count > 1 {
        return try parseGlobalOption(first)
    }
    switch CommandName(rawValue: first) {
    case .run:
        return try RunArgumentParser.parse(rest)
    case .help:
        return try parseHelpTopic(rest)
    case .merge:
        return try MergeArgumentParser.parse(rest)
    case .validate:
        return try ValidateArgumentParser.parse(rest)
    case nil:
        throw unknownCommand(first)
    }
}

/// `courier --help`, `courier -v`, and so on: options accepted before any command.
private func parseGlobalOption(_ argument: String) throws(UsageError) -> CourierCommand {
    let spec = GlobalOptionTable.options.first {
        argument == $0.longSpelling || $0.short.map { "-\($0)" } == argument
    }
    switch spec?.action {
    case .showHelp: return .help(topic: nil)
    case .showVersion: return .version
    default:
        let names = GlobalOptionTable.options.map(\.longSpelling)
        throw UsageError(
            message: "unknown option '\(argument)'", suggestion: didYouMean(argument, among: names))
    }
}

/// `courier help [command]`.
private func parseHelpTopic(_ arguments: ArraySlice<String>) throws(UsageError) -> CourierCommand {
    guard let topic = arguments.first else { return .help(topic: nil) }
    if arguments.count > 1 {
        let extra = arguments[arguments.startIndex + 1]
        throw UsageError(message: "unexpected argument '\(extra)'", command: .help)
    }
    guard let command = CommandName(rawValue: topic) else { throw unknownCommand(topic) }
    return .help(topic: command)
}

private func unknownCommand(_ name: String) -> UsageError {
    UsageError(
        message: "unknown command '\(name)'",
        suggestion: didYouMean(name, among: CommandName.allCases.map(\.rawValue)))
}

/// The commands Courier knows, by the name typed after `courier`.
public enum CommandName: String, CaseIterable, Sendable {
    /// `courier run <collection> [options]`: run a collection.
    case run
    /// `courier help [command]`: print help.
    case help
    /// `courier merge <report.json>... [options]`: combine the JSON reports of sharded runs.
    case merge
    /// `courier validate <collection> [options]`: lint a collection without sending anything.
    case validate

    /// One line describing the command, for `courier help`.
    public var summary: String {
        switch self {
        case .run: return "Run a Postman collection (v2.0 or v2.1) and report the results"
        case .help: return "Show the list of commands, or the options of one command"
        case .merge: return "Merge the JSON reports of sharded runs into one JSON, JUnit or HTML report"
        case .validate: return "Check a collection for problems without sending any request"
        }
    }

    /// How the command is called, for help texts.
    public var synopsis: String {
        switch self {
        case .run: return "courier run <collection> [options]"
        case .help: return "courier help [command]"
        case .merge: return "courier merge <report.json>... [options]"
        case .validate: return "courier validate <collection> [options]"
        }
    }
}

/// What the command line asks Courier to do, once parsed.
public enum CourierCommand: Equatable, Sendable {
    /// Run a collection with these options.
    case run(RunCommandOptions)
    /// Print help: the overview when the topic is nil, else the help of that command.
    case help(topic: CommandName?)
    /// Print `courier <version>`.
    case version
    /// Merge JSON reports with these options.
    case merge(MergeCommandOptions)
    /// Lint a collection with these inputs.
    case validate(ValidateCommandOptions)
}

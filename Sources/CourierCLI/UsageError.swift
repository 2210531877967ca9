/// A mistake on the command line: what is wrong plus an optional fix-it hint.
///
/// The executable prints `rendered` on stderr and exits with code 2.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, without the `error: ` prefix, e.g. `unknown option '--iteration-cout'`.
    public var message: String
    /// A hint that helps to fix it, e.g. `Did you mean '--iteration-count'?`, or nil.
    public var suggestion: String?
    /// The command whose help the user should read (nil: the overview).
    public var command: CommandName?

    /// Creates a usage error.
    public init(message: String, suggestion: String? = nil, command: CommandName? = nil) {
        self.message = message
        self.suggestion = suggestion
        self.command = command
    }

    /// The diagnostic line: `error: <message>` followed by `. <suggestion>` when there is one.
    public var description: String {
        guard let suggestion else { return "error: \(message)" }
        return "error: \(message). \(suggestion)"
    }

    /// The line pointing to the relevant help, e.g. `Run 'courier help run' for usage.`
    public var helpHint: String {
        guard let command else { return "Run 'courier help' for usage." }
        return "Run 'courier help \(command.rawValue)' for usage."
    }

    /// Everything the executable writes on stderr: the diagnostic and the help hint, each on a line.
    public var rendered: String {
        "\(description)\n\(helpHint)\n"
    }
}

/// Whether an option takes a value, and the placeholder shown for it in help.
enum OptionValue: Equatable, Sendable {
    /// A flag: `--insecure`.
    case none
    /// A value is required: `--timeout <ms>` or `--timeout=<ms>`.
    case required(placeholder: String)
    /// A value may follow: `--bail [folder,failure]`.
    case optional(placeholder: String)
}

/// The sections of `courier help run`, in display order.
enum OptionGroup: CaseIterable, Sendable {
    case inputs, runControl, requests, reporters, exports, output, general

    /// The section heading.
    var title: String {
        switch self {
        case .inputs: return "Inputs"
        case .runControl: return "Run control"
        case .requests: return "Requests, files and TLS"
        case .reporters: return "Reporters"
        case .exports: return "Exports"
        case .output: return "Output"
        case .general: return "General"
        }
    }
}

/// What an option does to the options being built, once its value is known.
enum OptionAction: Sendable {
    case setFlag(WritableKeyPath<RunCommandOptions, Bool> & Sendable, to: Bool)
    case setText(WritableKeyPath<RunCommandOptions, String?> & Sendable)
    case appendText(WritableKeyPath<RunCommandOptions, [String]> & Sendable)
    case setSource(WritableKeyPath<RunCommandOptions, InputSource?> & Sendable)
    case setPositiveInteger(WritableKeyPath<RunCommandOptions, Int?> & Sendable)
    case setMilliseconds(WritableKeyPath<RunCommandOptions, Int?> & Sendable)
    /// A size in bytes, with an optional unit (`50MB`); see `ValueParsers.byteSize`.
    case setByteSize(WritableKeyPath<RunCommandOptions, Int?> & Sendable)
    case appendVariable(WritableKeyPath<RunCommandOptions, [VariableOverride]> & Sendable)
    case setReporters
    case setColor
    case setColorOff
    case setBail
    case appendConnectTo
    /// A whole number, zero allowed (`--retries`).
    case setCount(WritableKeyPath<RunCommandOptions, Int?> & Sendable)
    case setRetryOn
    /// A known reporter flag stored in `reporterOptions` under this key, e.g. `cli-no-summary`.
    case setReporterFlag(String)
    case showHelp
    case showVersion
}

/// One option, declared once: its names, value, help line and effect. Drives parsing and help.
struct OptionSpec: Sendable {
    /// The long name without dashes, e.g. `iteration-count`.
    let long: String
    /// The short name without the dash, e.g. `n`.
    let short: Character?
    let value: OptionValue
    let group: OptionGroup
    /// One line for help.
    let help: String
    let action: OptionAction

    init(
        _ long: String, short: Character? = nil, _ value: OptionValue,
        _ group: OptionGroup, _ help: String, _ action: OptionAction
    ) {
        self.long = long
        self.short = short
        self.value = value
        self.group = group
        self.help = help
        self.action = action
    }

    /// A flag: an option without a value.
    init(
        _ long: String, short: Character? = nil, _ group: OptionGroup, _ help: String,
        _ action: OptionAction
    ) {
        self.init(long, short: short, .none, group, help, action)
    }

    /// `--long`, as typed by the user.
    var longSpelling: String { "--\(long)" }

    /// The left column of help: `-n, --iteration-count <n>` or `    --folder <name>`.
    var helpLabel: String {
        let names = short.map { "-\($0), --\(long)" } ?? "    --\(long)"
        switch value {
        case .none: return names
        case .required(let placeholder): return "\(names) <\(placeholder)>"
        case .optional(let placeholder): return "\(names) [\(placeholder)]"
        }
    }
}

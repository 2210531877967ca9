/// How the CLI reporter prints. Silence (`--silent`) is the caller's business: it simply does
/// not print what the reporter returns.
public struct CLIReporterOptions: Sendable, Equatable {
    /// ANSI colours (`--color on`, or `auto` on a terminal without `NO_COLOR`).
    public var color: Bool
    /// Unicode symbols and box drawing; `false` for `--disable-unicode` (plain ASCII).
    public var unicode: Bool
    /// Headers, bodies and timing phases for each request, and DNS/first-byte averages.
    public var verbose: Bool
    /// Parts newman's `--reporter-cli-no-*` options leave out.
    public var hidden: Set<HiddenPart>
    /// `--reporter-cli-show-timestamps`: each request line starts with the local time it was sent.
    public var showTimestamps: Bool

    /// What `--reporter-cli-no-banner`, `-no-summary`, `-no-failures`, `-no-assertions`,
    /// `-no-success-assertions` and `-no-console` leave out.
    public enum HiddenPart: String, Sendable, CaseIterable {
        case banner, summary, failures, assertions, successAssertions = "success-assertions", console

        /// The option that hides this part, without `--reporter-cli-` (e.g. `no-summary`).
        public var optionName: String { "no-" + rawValue }
    }

    /// Makes options; the defaults are newman's `--color off` output.
    public init(
        color: Bool = false, unicode: Bool = true, verbose: Bool = false, hidden: Set<HiddenPart> = [],
        showTimestamps: Bool = false
    ) {
        self.color = color
        self.unicode = unicode
        self.verbose = verbose
        self.hidden = hidden
        self.showTimestamps = showTimestamps
    }
}

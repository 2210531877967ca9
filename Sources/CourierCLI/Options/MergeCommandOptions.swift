/// Everything `courier merge` was asked to do: which JSON reports to combine and which
/// reports to write from the result.
public struct MergeCommandOptions: Equatable, Sendable {
    /// The JSON reports of the shards (`courier run -r json` output), in the order given.
    public var reports: [String]
    /// `-r, --reporters <list>`: `cli` (a summary on stdout), `json`, `junit`, `html`; `["cli"]`
    /// by default.
    public var reporters: [String] = ["cli"]
    /// `--reporter-json-export <path>`: where the merged JSON report goes.
    public var reporterJSONExport: String?
    /// `--reporter-junit-export <path>`: where the merged JUnit report goes.
    public var reporterJUnitExport: String?
    /// `--reporter-html-export <path>`: where the merged HTML report goes.
    public var reporterHTMLExport: String?
    /// `--color on|off|auto` (`--no-color`): colour of the summary on stdout.
    public var color: ColorChoice = .auto
    /// `--disable-unicode`: plain ASCII in the summary.
    public var disableUnicode = false
    /// `-x, --suppress-exit-code`: exit 0 even when the merged run has failures.
    public var suppressExitCode = false

    /// The reporters `courier merge` can write.
    public static let knownReporters = ["cli", "json", "junit", "html"]

    /// Options merging `reports`, every other setting at its default.
    public init(reports: [String]) {
        self.reports = reports
    }
}

/// `courier help merge`: usage, what merging does, the options and the exit codes.
func mergeHelp() -> String {
    var lines = [
        "Usage: \(CommandName.merge.synopsis)",
        "",
        "\(CommandName.merge.summary).",
        "Each <report.json> is a JSON report written by 'courier run -r json' (for example one per",
        "shard of a '--shard K/N' run). Executions are combined in iteration order, counts are summed,",
        "and the run spans the earliest start to the latest end.",
        "",
        "Options:",
    ]
    let rows = MergeArgumentParser.options.map { option -> (String, String) in
        let names = option.short.map { "-\($0), --\(option.long)" } ?? "    --\(option.long)"
        return (option.placeholder.map { "\(names) <\($0)>" } ?? names, option.help)
    }
    let width = (rows.map(\.0.count).max() ?? 0) + 2
    lines += rows.map { label, help in
        "  \(label)\(String(repeating: " ", count: width - label.count))\(help)"
    }
    lines += [
        "",
        "Report files go where the run's would: the path given, or newman/newman-run-report-<time>.<ext>.",
        "",
        "Exit codes: 0 when the merged run has no failure (or with -x), 1 when it has failures, 2 for",
        "a mistake on the command line, 3 when a report cannot be read or is not a JSON report.",
    ]
    return lines.joined(separator: "\n") + "\n"
}

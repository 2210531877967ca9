/// The help text for a topic: the overview when `topic` is nil, else that command's help.
///
/// Written for stdout; each line ends with a newline.
public func helpText(for topic: CommandName?) -> String {
    switch topic {
    case nil: return overviewHelp()
    case .run: return runHelp()
    case .merge: return mergeHelp()
    case .validate: return validateHelp()
    case .help:
        return """
            Usage: \(CommandName.help.synopsis)

            \(CommandName.help.summary).

            """
    }
}

/// The text `courier --version` prints.
public func versionText() -> String {
    "courier \(courierVersion)\n"
}

private func overviewHelp() -> String {
    var lines = [
        "Courier \(courierVersion): runs Postman collections from the command line, as newman does.",
        "",
        "Usage: courier <command> [options]",
        "",
        "Commands:",
    ]
    lines += table(CommandName.allCases.map { ($0.rawValue, $0.summary) })
    lines += ["", "Options:"]
    lines += table(GlobalOptionTable.options.map { ($0.helpLabel, $0.help) })
    lines += ["", "Run 'courier help <command>' for the options of a command."]
    return lines.joined(separator: "\n") + "\n"
}

private func runHelp() -> String {
    var lines = [
        "Usage: \(CommandName.run.synopsis)",
        "",
        "\(CommandName.run.summary).",
        "<collection> is a file path or an http(s) URL.",
    ]
    for group in OptionGroup.allCases {
        lines += ["", "\(group.title):"]
        var rows = RunOptionTable.options.filter { $0.group == group }.map { ($0.helpLabel, $0.help) }
        if group == .reporters {
            rows += RunOptionTable.patterns
        }
        lines += table(rows)
    }
    lines += [
        "",
        "Values follow the option ('--timeout 500') or an equals sign ('--timeout=500'); a value",
        "starting with '-' needs the equals sign. '--' ends the options.",
        "",
        "Exit codes: 0 when everything passed (or with -x), 1 when a test, script or request",
        "failed, 2 for a mistake on the command line, 3 when an input could not be loaded.",
    ]
    return lines.joined(separator: "\n") + "\n"
}

/// Two columns: labels indented by two spaces, descriptions aligned after the widest label.
private func table(_ rows: [(label: String, help: String)]) -> [String] {
    let width = columnWidth(rows)
    return rows.map { row in
        let padding = String(repeating: " ", count: max(2, width - row.label.count))
        return "  \(row.label)\(padding)\(row.help)"
    }
}

private func columnWidth(_ rows: [(label: String, help: String)]) -> Int {
    (rows.map(\.label.count).max() ?? 0) + 2
}

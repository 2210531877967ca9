import Foundation

/// Parses the arguments after `courier merge` into `MergeCommandOptions`.
enum MergeArgumentParser {
    /// The options of `courier merge`, for parsing, help and did-you-mean suggestions.
    static let options: [(long: String, short: Character?, placeholder: String?, help: String)] = [
        ("reporters", "r", "list", "Comma-separated reports to write: cli, json, junit, html (default: cli)"),
        ("reporter-json-export", nil, "path", "File or directory for the merged JSON report"),
        ("reporter-junit-export", nil, "path", "File or directory for the merged JUnit XML report"),
        ("reporter-html-export", nil, "path", "File or directory for the merged HTML report"),
        ("color", nil, "on|off|auto", "Colour the summary: on, off, or auto (default)"),
        ("no-color", nil, nil, "Same as --color off"),
        ("disable-unicode", nil, nil, "Plain ASCII in the summary"),
        ("suppress-exit-code", "x", nil, "Exit 0 even when the merged run has failures"),
        ("help", "h", nil, "Show help"),
    ]

    /// Parses `arguments` (without `merge` itself) into `.merge`, or `.help` for `--help`.
    static func parse<Arguments: Sequence<String>>(_ arguments: Arguments) throws(UsageError)
        -> CourierCommand
    {
        var options = MergeCommandOptions(reports: [])
        var reportersGiven = false
        let tokens = tokenize(arguments)
        var position = 0
        func value(for spelling: String, inline: String?) throws(UsageError) -> String {
            if let inline {
                guard !inline.isEmpty else { throw needsValue(spelling) }
                return inline
            }
            guard position < tokens.count, case .positional(let text) = tokens[position], !text.isEmpty else {
                throw needsValue(spelling)
            }
            position += 1
            return text
        }
        while position < tokens.count {
            let token = tokens[position]
            position += 1
            let name: String
            let spelling: String
            var inline: String?
            switch token {
            case .positional(let path):
                guard !path.isEmpty else {
                    throw UsageError(message: "a report path is empty", command: .merge)
                }
                options.reports.append(path)
                continue
            case .long(let long, let inlineValue):
                name = long
                spelling = "--\(long)"
                inline = inlineValue
            case .short(let cluster):
                spelling = "-\(cluster)"
                guard let letter = cluster.first,
                    let option = self.options.first(where: { $0.short == letter })
                else {
                    throw UsageError(message: "unknown option '\(spelling)'", command: .merge)
                }
                name = option.long
                if cluster.count > 1 {
                    guard option.placeholder != nil else {
                        throw UsageError(message: "unknown option '\(spelling)'", command: .merge)
                    }
                    let rest = cluster.dropFirst()
                    inline = String(rest.first == "=" ? rest.dropFirst() : rest)
                }
            }
            guard let option = self.options.first(where: { $0.long == name }) else {
                throw UsageError(
                    message: "unknown option '\(spelling)'",
                    suggestion: didYouMean(spelling, among: self.options.map { "--" + $0.long }),
                    command: .merge)
            }
            if option.placeholder == nil, inline != nil {
                throw UsageError(message: "option '\(spelling)' does not take a value", command: .merge)
            }
            switch name {
            case "reporters":
                let names = try reporterNames(try value(for: spelling, inline: inline), spelling: spelling)
                var reporters = reportersGiven ? options.reporters : []
                for name in names where !reporters.contains(name) { reporters.append(name) }
                options.reporters = reporters
                reportersGiven = true
            case "reporter-json-export": options.reporterJSONExport = try value(for: spelling, inline: inline)
            case "reporter-junit-export":
                options.reporterJUnitExport = try value(for: spelling, inline: inline)
            case "reporter-html-export": options.reporterHTMLExport = try value(for: spelling, inline: inline)
            case "color":
                let text = try value(for: spelling, inline: inline)
                guard let choice = ColorChoice(rawValue: text) else {
                    throw UsageError(
                        message: "option '\(spelling)' expects on, off or auto, got '\(text)'",
                        command: .merge)
                }
                options.color = choice
            case "no-color": options.color = .off
            case "disable-unicode": options.disableUnicode = true
            case "suppress-exit-code": options.suppressExitCode = true
            default: return .help(topic: .merge)
            }
        }
        guard !options.reports.isEmpty else {
            throw UsageError(
                message: "no report to merge",
                suggestion: "Usage: \(CommandName.merge.synopsis)", command: .merge)
        }
        return .merge(options)
    }

    private static func needsValue(_ spelling: String) -> UsageError {
        UsageError(message: "option '\(spelling)' needs a value", command: .merge)
    }

    /// Reporter names separated by commas, each one `courier merge` can write.
    private static func reporterNames(_ text: String, spelling: String) throws(UsageError) -> [String] {
        let names = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        guard !names.isEmpty else {
            throw UsageError(
                message: "option '\(spelling)' expects reporter names separated by commas, got '\(text)'",
                command: .merge)
        }
        for name in names where !MergeCommandOptions.knownReporters.contains(name) {
            throw UsageError(
                message: "courier merge cannot write a '\(name)' report",
                suggestion: "Choose from \(MergeCommandOptions.knownReporters.joined(separator: ", "))",
                command: .merge)
        }
        return names
    }
}

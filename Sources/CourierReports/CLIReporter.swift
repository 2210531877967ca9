import CourierModel

/// Streams newman's CLI output: feed it every run event in order and print what it returns.
///
/// The banner reads `courier` where newman prints `newman`. Colour codes appear only when
/// `options.color` is on (newman leaks some under `--color off`; Courier does not).
public final class CLIReporter {
    private let options: CLIReporterOptions
    private let symbols: CLISymbols
    private let style: ANSIStyle
    /// Failures so far (failed assertions, script errors, request errors), for numbering.
    private var failureCount = 0
    /// The folder path of the last item printed; `nil` before the first item.
    private var currentParent: [String]?
    /// True while a console box is open; the next other output closes it.
    private var consoleOpen = false

    /// Makes a reporter for one run.
    public init(options: CLIReporterOptions) {
        self.options = options
        self.symbols = CLISymbols.set(unicode: options.unicode)
        self.style = ANSIStyle(enabled: options.color)
    }

    /// The text to print for `event` (possibly empty); lines end with `\n`.
    public func handle(_ event: RunEvent) -> String {
        switch event {
        case .started(let name, _):
            return (options.hidden.contains(.banner) ? "" : "courier\n\n") + "\(name)\n"
        case .iterationStarted(let iteration, let count):
            guard count > 1 else { return closeConsole() }
            return closeConsole() + "\n" + style.gray(style.underline("Iteration \(iteration + 1)/\(count)"))
                + "\n"
        case .folderEntered:
            return ""  // folder lines are printed when an item's parent changes
        case .itemStarted(let item, _):
            return closeConsole() + itemHeading(item)
        case .console(let line, _):
            return options.hidden.contains(.console) ? "" : console(line)
        case .requestCompleted(let execution):
            return closeConsole() + requestLine(execution)
        case .assertion(let assertion, _):
            // The line is always made, so failures keep their numbers in the failure table.
            let line = assertionLine(assertion)
            let hidden =
                options.hidden.contains(.assertions)
                || (assertion.passed && !assertion.skipped && options.hidden.contains(.successAssertions))
            return closeConsole() + (hidden ? "" : line)
        case .scriptError(let error, _):
            failureCount += 1
            let text =
                "\(number(failureCount))\(symbols.scriptError) \(error.error.name) in \(error.event)-script"
            return closeConsole() + style.red(style.bold(text)) + "\n"
        case .itemCompleted:
            return closeConsole()
        case .finished(let summary):
            return closeConsole() + summaryText(summary)
        }
    }

    /// `\n❏ Folder / Sub` when the parent changed, then `\n→ Name` or `\n↳ Name`.
    private func itemHeading(_ item: ExecutedItem) -> String {
        var text = ""
        if currentParent != item.folderPath {
            if !item.folderPath.isEmpty {
                text += "\n\(symbols.folder) \(item.folderPath.joined(separator: " / "))"
            }
            currentParent = item.folderPath
        }
        let mark = item.folderPath.isEmpty ? symbols.root : symbols.sub
        return text + "\n\(mark) \(item.name)\n"
    }

    /// `  GET url [200 OK, 569B, 49ms]`, or `[errored]` and the message; verbose details after.
    private func requestLine(_ execution: Execution) -> String {
        var text = "  "
        if options.showTimestamps { text += style.gray(CLITimestamp.bracketed(for: execution)) + "  " }
        if let request = execution.request { text += "\(request.method) \(request.url) " }
        if let response = execution.response {
            let status = response.status.isEmpty ? String(response.code) : "\(response.code) \(response.status)"
            let size = SizeText.format(bytes: response.headerSize + response.responseSize)
            let time = DurationText.format(milliseconds: Double(response.responseTime))
            text += style.gray("[\(status), \(size), \(time)\(retries(execution))]") + "\n"
        } else {
            failureCount += 1
            text += style.red("[errored\(retries(execution))]") + "\n"
            let message = execution.requestError?.message ?? "no response"
            text += style.red("     \(message)") + "\n"
        }
        if options.verbose { text += CLIVerboseBlock.render(execution, symbols: symbols, style: style) }
        return text
    }

    /// `, 2 retries` after the request's figures when it was sent again (`--retries`), else "".
    private func retries(_ execution: Execution) -> String {
        switch execution.retries {
        case 0: return ""
        case 1: return ", 1 retry"
        default: return ", \(execution.retries) retries"
        }
    }

    /// `  ✓  name`, `  1. name` or `  -  [skipped] name`.
    private func assertionLine(_ assertion: Assertion) -> String {
        if assertion.skipped {
            return style.cyan("  \(symbols.skipped) ") + " " + style.cyan("[skipped] \(assertion.name)")
                + "\n"
        }
        if assertion.passed {
            return style.green("  \(symbols.passed) ") + " " + style.gray(assertion.name) + "\n"
        }
        failureCount += 1
        let mark = number(failureCount) + symbols.failedAssertion
        return style.red(style.bold(mark)) + " " + style.red(style.bold(assertion.name)) + "\n"
    }

    /// A console line inside the shared `┌ │ └` box.
    private func console(_ line: ConsoleLine) -> String {
        var text = ""
        if !consoleOpen {
            text += "  " + style.gray(symbols.consoleTop) + "\n"
            consoleOpen = true
        }
        for part in line.message.split(separator: "\n", omittingEmptySubsequences: false) {
            let message: String
            switch line.level {
            case "warn": message = style.yellow(String(part))
            case "error": message = style.red(String(part))
            case "info": message = style.cyan(String(part))
            default: message = String(part)
            }
            text += "  " + style.gray(symbols.consoleMiddle) + " " + message + "\n"
        }
        return text
    }

    private func closeConsole() -> String {
        guard consoleOpen else { return "" }
        consoleOpen = false
        return "  " + style.gray(symbols.consoleBottom) + "\n"
    }

    /// The summary table, the failure table, and the run error if any.
    private func summaryText(_ summary: RunSummary) -> String {
        var text = ""
        if !options.hidden.contains(.summary) {
            text += "\n" + CLISummaryTable.render(summary, verbose: options.verbose, box: symbols.box, style: style)
            text += "\n"
        }
        if !summary.failures.isEmpty, !options.hidden.contains(.failures) {
            text += "\n" + CLIFailureTable.render(summary.failures, style: style) + "\n"
        }
        if let error = summary.runError {
            text += "\n" + style.red("error: \(error)") + "\n"
        }
        return text
    }

    /// A failure number right-aligned in three columns, as newman pads it.
    private func number(_ value: Int) -> String { TextPadding.right(String(value), 3) }
}

import CourierRunner
import Foundation

/// Loads a collection and its inputs, lints it without sending anything, prints one line per
/// finding and a total on stdout, and returns the exit code: 0 when there is no error (warnings
/// allowed), 1 when there is one, 3 when an input cannot be loaded.
public func validateCommand(_ options: ValidateCommandOptions) -> Int32 {
    let runOptions: RunOptions
    do {
        runOptions = try RunSetup.load(options.runOptions)
    } catch {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        return ExitCode.invalidInput
    }
    var findings = runOptions.collection.warnings.map { LintFinding(.warning, path: "", message: $0) }
    findings += CollectionLinter.lint(runOptions)
    var text = ""
    for finding in findings { text += finding.rendered + "\n" }
    text += validationTotal(findings) + "\n"
    FileHandle.standardOutput.write(Data(text.utf8))
    let noEnvironment = options.environment == nil && options.environmentVariables.isEmpty
    if noEnvironment, findings.contains(where: { $0.message.hasPrefix("undefined variable") }) {
        let hint =
            "hint: no environment was given (-e, --env-var); the names it would define are reported as undefined\n"
        FileHandle.standardError.write(Data(hint.utf8))
    }
    return findings.contains { $0.severity == .error } ? ExitCode.failure : ExitCode.success
}

/// `no problems found`, or counts such as `2 errors, 1 warning`.
func validationTotal(_ findings: [LintFinding]) -> String {
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.count - errors
    if findings.isEmpty { return "no problems found" }
    let plural = { (count: Int, noun: String) in "\(count) \(noun)\(count == 1 ? "" : "s")" }
    return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
}

/// The help of `courier validate`.
func validateHelp() -> String {
    let rows = ValidateArgumentParser.options.map { ($0.label, $0.help) }
    let width = (rows.map(\.0.count).max() ?? 0) + 2
    var lines = [
        "Usage: \(CommandName.validate.synopsis)",
        "",
        "\(CommandName.validate.summary).",
        "<collection> is a file path or an http(s) URL. Nothing is sent to the collection's servers.",
        "",
        "Errors: variables that no scope defines (collection, environment, globals, data columns, or",
        "set by a script of the collection), auth types Courier does not support, script syntax",
        "errors, setNextRequest targets that name no request. Warnings: items sharing a name in one",
        "folder, unknown {{$dynamic}} variables.",
        "",
        "Options:",
    ]
    lines += rows.map { "  " + $0.0 + String(repeating: " ", count: max(2, width - $0.0.count)) + $0.1 }
    lines += [
        "",
        "Exit codes: 0 when no error was found (warnings allowed), 1 when one was, 2 for a mistake",
        "on the command line, 3 when an input could not be loaded.",
    ]
    return lines.joined(separator: "\n") + "\n"
}

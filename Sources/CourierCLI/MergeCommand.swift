import CourierModel
import CourierReports
import Foundation

/// Merges the JSON reports `courier merge` was given and writes the reports it asked for;
/// returns the process exit code (0 passed, 1 the merged run has failures or a report could
/// not be written, 3 a report could not be read).
public func mergeCommand(_ options: MergeCommandOptions) -> Int32 {
    let console = ConsoleOutput()
    var summaries: [RunSummary] = []
    for path in options.reports {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            console.error(
                "error: cannot read the report '\(path)': \(MergeMessages.reason(error, path: path))")
            return ExitCode.invalidInput
        }
        do {
            summaries.append(try JSONReportReader.summary(from: data))
        } catch {
            console.error("error: '\(path)' is not a JSON report of a run: \(error.message)")
            return ExitCode.invalidInput
        }
    }
    let names = Set(summaries.map(\.collectionName))
    if names.count > 1 {
        console.error(
            "warning: the reports are of different collections (\(names.sorted().joined(separator: ", "))); "
                + "the merged report is named after the first")
    }
    guard let merged = ReportMerger.merge(summaries) else { return ExitCode.usage }

    if options.reporters.contains("cli") {
        let reporter = CLIReporter(
            options: CLIReporterOptions(
                color: Terminal.usesColor(options.color), unicode: !options.disableUnicode))
        let noun = summaries.count == 1 ? "report" : "reports"
        console.output("\(merged.collectionName): merged \(summaries.count) \(noun)\n")
        console.output(reporter.handle(.finished(merged)))
        console.flush()
    }
    var files = RunCommandOptions(collection: .file(""))
    files.reporters = options.reporters
    files.reporterJSONExport = options.reporterJSONExport
    files.reporterJUnitExport = options.reporterJUnitExport
    files.reporterHTMLExport = options.reporterHTMLExport
    var writeFailed = false
    for problem in ReportFiles.write(merged, options: files, masker: SecretMasker(secrets: merged.secrets)) {
        console.error("error: \(problem)")
        writeFailed = true
    }
    if options.suppressExitCode || merged.succeeded && !writeFailed { return ExitCode.success }
    return ExitCode.failure
}

/// Wording of `courier merge` diagnostics.
enum MergeMessages {
    /// Why the file at `path` could not be read, in a few words (`No such file or directory`).
    static func reason(_ error: Error, path: String) -> String {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return String(cString: strerror(ENOENT))
        }
        if isDirectory.boolValue { return String(cString: strerror(EISDIR)) }
        if !FileManager.default.isReadableFile(atPath: path) { return String(cString: strerror(EACCES)) }
        return error.localizedDescription
    }
}

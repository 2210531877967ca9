import CourierModel
import CourierReports
import CourierRunner
import Foundation

/// Exit codes of `courier run`.
public enum ExitCode {
    /// Everything passed (or `-x`).
    public static let success: Int32 = 0
    /// A request, script or assertion failed.
    public static let failure: Int32 = 1
    /// The command line is wrong.
    public static let usage: Int32 = 2
    /// An input file could not be read or is invalid.
    public static let invalidInput: Int32 = 3
}

/// Runs a collection as `courier run` was asked to, and returns the process exit code.
public func runCommand(_ options: RunCommandOptions) -> Int32 {
    let console = ConsoleOutput()
    for name in RunSetup.unsupportedOptions(options) {
        console.error("warning: \(name) is not supported yet and has no effect")
    }
    let parallel: ParallelSettings
    do {
        parallel = try ParallelSettings(options)
    } catch {
        console.error(error.rendered)
        return ExitCode.usage
    }
    var runOptions: RunOptions
    do {
        runOptions = try RunSetup.load(options)
        runOptions.parallel = parallel.workers
        runOptions.shard = parallel.shard
    } catch {
        console.error("error: \(error.description)")
        return ExitCode.invalidInput
    }

    for warning in runOptions.collection.warnings {
        console.error("warning: \(warning)")
    }
    let cliOptions = options.reporterOptions(for: "cli")
    let showsCLI = options.reporters.contains("cli") && !options.silent && cliOptions["silent"] == nil
    let reporter = CLIReporter(
        options: CLIReporterOptions(
            color: Terminal.usesColor(options.color), unicode: !options.disableUnicode, verbose: options.verbose,
            hidden: Set(CLIReporterOptions.HiddenPart.allCases.filter { cliOptions[$0.optionName] != nil }),
            showTimestamps: cliOptions["show-timestamps"] != nil))
    // Only the file reporters read every execution; a CLI-only run keeps running totals instead.
    runOptions.retainExecutions = options.reporters.contains { $0 != "cli" }
    let interruption = RunInterruption()
    runOptions.interruption = interruption
    let interrupts = InterruptHandling(interruption) { notice in
        FileHandle.standardError.write(Data(("\n" + notice + "\n").utf8))
    }
    defer { interrupts.uninstall() }
    let runner = makeCollectionRun(options: runOptions)
    defer { keepUntilExit(runner) }
    let progress =
        ProgressDisplay.isWanted(showsCLI: showsCLI, options: options)
        ? ProgressDisplay(total: (try? ShardPlan.plannedRequestCount(for: runOptions)) ?? 0, unicode: !options.disableUnicode)
        : nil
    var masker = SecretMasker(secrets: [])
    var maskedSecretCount = 0
    runner.observer = { [unowned runner] event in
        guard showsCLI else { return }
        let text = reporter.handle(event)
        if runner.secretCount != maskedSecretCount {
            masker = SecretMasker(secrets: runner.secretValues)
            maskedSecretCount = runner.secretCount
        }
        if !text.isEmpty { console.output(masker.mask(text)) }
        progress?.record(event)
        // Output streams item by item, as newman's does, with one write per item.
        switch event {
        case .itemCompleted:
            if let progress { progress.writeCleared { console.flush() } } else { console.flush() }
        case .finished:
            progress?.stop()
            console.flush()
        default: break
        }
    }
    progress?.start()

    let summary: RunSummary
    do {
        summary = try runner.run()
        console.flush()
    } catch {
        progress?.stop()
        console.flush()
        console.error("error: \(error.description)")
        return ExitCode.failure
    }

    let reportMasker = SecretMasker(secrets: summary.secrets)
    var writeFailed = false
    for problem in ReportFiles.write(summary, options: options, masker: reportMasker) {
        console.error("error: \(problem)")
        writeFailed = true
    }
    if let target = options.exportCookieJar,
        let problem = CookieJarExport.write(
            runner.cookies, to: target, masker: options.exportSecrets ? nil : reportMasker)
    {
        console.error("error: \(problem)")
        writeFailed = true
    }
    if summary.interrupted { return interruption.exitCode }
    if summary.succeeded && !writeFailed || options.suppressExitCode { return ExitCode.success }
    return ExitCode.failure
}

/// Objects the `courier` process keeps until it exits (see `keepUntilExit`).
nonisolated(unsafe) private var keptUntilExit: [AnyObject] = []

/// Keeps the finished runner alive: `runCommand` is the process's last piece of work, and
/// releasing the runner would tear its JavaScript engine down (a full garbage collection, about
/// 6M instructions after a scripted run) just before `exit` gives all memory back anyway.
private func keepUntilExit(_ runner: AnyObject) {
    keptUntilExit.append(runner)
}

/// Writes to stdout and stderr without Foundation's buffering surprises.
final class ConsoleOutput {
    private var pending = Data()

    /// Queues text for stdout; it is written at the next `flush` (or when a lot has gathered).
    func output(_ text: String) {
        // Appending the UTF-8 buffer in one go; `Data.append(contentsOf: text.utf8)` goes byte by byte.
        var text = text
        text.withUTF8 { pending.append($0) }
        if pending.count > 64 * 1024 { flush() }
    }

    /// Writes what is queued.
    func flush() {
        guard !pending.isEmpty else { return }
        FileHandle.standardOutput.write(pending)
        pending.removeAll(keepingCapacity: true)
    }

    func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}

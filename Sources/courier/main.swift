// The courier executable: parse the command line, then print help or the version, or run.
import CourierCLI
import Foundation

/// Writes text to stderr, unbuffered.
func writeToStandardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

let exitCode: Int32
do {
    switch try parseCommandLine(Array(CommandLine.arguments.dropFirst())) {
    case .help(let topic):
        print(helpText(for: topic), terminator: "")
        exitCode = 0
    case .version:
        print(versionText(), terminator: "")
        exitCode = 0
    case .run(let options):
        exitCode = runCommand(options)
    case .merge(let options):
        exitCode = mergeCommand(options)
    case .validate(let options):
        exitCode = validateCommand(options)
    }
} catch {
    writeToStandardError(error.rendered)
    exitCode = 2
}
exit(exitCode)

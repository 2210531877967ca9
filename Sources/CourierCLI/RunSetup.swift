import CourierModel
import CourierReports
import CourierRunner
import Foundation

/// Loads every input named on the command line and turns the options into `RunOptions`.
enum RunSetup {
    /// Options that parse but are not implemented yet, so the user is told they have no effect.
    static func unsupportedOptions(_ options: RunCommandOptions) -> [String] {
        var names: [String] = []
        if options.postmanAPIKey != nil { names.append("--postman-api-key") }
        let cliOptions = Set(
            ["cli-silent", "cli-show-timestamps"]
                + CLIReporterOptions.HiddenPart.allCases.map { "cli-" + $0.optionName })
        names += options.reporterOptions.keys.filter { !cliOptions.contains($0) }.sorted().map { "--reporter-" + $0 }
        return names
    }

    static func load(_ options: RunCommandOptions) throws(LoadError) -> RunOptions {
        let loader = Loader()
        let collection = try loader.collection(from: options.collection.argument)
        let workingDirectory = options.workingDirectory ?? FileManager.default.currentDirectoryPath
        var run = RunOptions(collection: collection, workingDirectory: workingDirectory)

        if let source = options.environment {
            run.environment = try loader.variableFile(from: source.argument, role: "environment")
        }
        if !options.environmentVariables.isEmpty {
            var environment = run.environment ?? VariableFile(id: FastUUID.make(), name: "", variables: [], json: .null)
            apply(options.environmentVariables, to: &environment.variables)
            run.environment = environment
        }
        if let source = options.globals {
            run.globals = try loader.variableFile(from: source.argument, role: "globals")
        }
        if !options.globalVariables.isEmpty {
            var globals = run.globals ?? VariableFile(id: FastUUID.make(), name: "", variables: [], json: .null)
            apply(options.globalVariables, to: &globals.variables)
            run.globals = globals
        }
        if let source = options.iterationData {
            run.iterationData = try loader.iterationData(from: source.argument)
        }
        run.iterationCount = options.iterationCount
        run.folders = options.folders
        run.delayRequest = options.delayRequestMilliseconds ?? 0
        run.timeout = options.timeoutMilliseconds ?? 0
        run.timeoutRequest = options.timeoutRequestMilliseconds ?? 0
        run.timeoutScript = options.timeoutScriptMilliseconds ?? 0
        if let mebibytes = options.maxScriptMemoryMebibytes { run.maxScriptMemory = min(mebibytes, 1 << 30) << 20 }
        run.bail = options.bail?.stopsOnFailure ?? false
        run.abortOnError = options.bail?.abortsOnError ?? false
        run.insecureFileRead = options.insecureFileRead
        run.overlapScripts = options.scriptOverlap
        run.insecure = options.insecure
        run.ignoreRedirects = options.ignoreRedirects
        run.connectTo = options.connectTo.map(\.curlValue)
        run.extraCACertificates = options.sslExtraCACertificates
        run.checkExamples = options.checkExamples
        run.retries = options.retries ?? 0
        run.retryDelay = options.retryDelayMilliseconds ?? 100
        run.retryPolicy = options.retryOn ?? .standard
        try TransportSetup.apply(options, to: &run)
        if let limit = options.maxResponseSizeBytes { run.maxResponseSize = limit == 0 ? Int.max : limit }
        return run
    }

    /// `--env-var` / `--global-var`: overrides win over the file's values.
    private static func apply(_ overrides: [VariableOverride], to variables: inout [Variable]) {
        for override in overrides {
            if let index = variables.lastIndex(where: { $0.key == override.key && !$0.disabled }) {
                variables[index].value = .string(override.value)
            } else {
                variables.append(Variable(key: override.key, value: .string(override.value)))
            }
        }
    }
}

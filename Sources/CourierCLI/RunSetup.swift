import CourierModel
import CourierReports
import CourierRunner
import Foundation

/// Loads every input named on the command line and turns the options into `RunOptions`.
enum RunSetup {
    /// Options that parse but are not implemented yet, so the user is told they have no effect.
    static func unsupportedOptions(_ options: RunCommandOptions) -> [String] {
        var names: [String] = []
        if options.sslClientCertificate != nil { names.append("--ssl-client-cert") }
        if options.sslClientKey != nil { names.append("--ssl-client-key") }
        if options.sslClientPassphrase != nil { names.append("--ssl-client-passphrase") }
        if options.sslClientCertificateList != nil { names.append("--ssl-client-cert-list") }
        if options.cookieJar != nil { names.append("--cookie-jar") }
        if options.exportCookieJar != nil { names.append("--export-cookie-jar") }
        if options.postmanAPIKey != nil { names.append("--postman-api-key") }
        if !options.insecureFileRead { names.append("--no-insecure-file-read") }
        if options.reporters.contains("html") || options.reporterHTMLExport != nil { names.append("the html reporter") }
        let cliOptions = Set(["cli-silent"] + CLIReporterOptions.HiddenPart.allCases.map { "cli-" + $0.optionName })
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
        run.bail = options.bail != nil
        run.insecure = options.insecure
        run.ignoreRedirects = options.ignoreRedirects
        run.connectTo = options.connectTo.map(\.curlValue)
        run.extraCACertificates = options.sslExtraCACertificates
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

/// Every option of `courier run`, declared once, in help order within each group.
///
/// Parsing, help and did-you-mean suggestions all read this table.
enum RunOptionTable {
    static let options: [OptionSpec] = [
        // Inputs
        OptionSpec(
            "environment", short: "e", .required(placeholder: "path"), .inputs,
            "Environment file or URL", .setSource(\.environment)),
        OptionSpec(
            "globals", short: "g", .required(placeholder: "path"), .inputs,
            "Globals file or URL", .setSource(\.globals)),
        OptionSpec(
            "iteration-data", short: "d", .required(placeholder: "path"), .inputs,
            "Data file (JSON or CSV) or URL; one iteration per row", .setSource(\.iterationData)),
        OptionSpec(
            "iteration-count", short: "n", .required(placeholder: "n"), .inputs,
            "Number of iterations (default: one per data row, else 1)",
            .setPositiveInteger(\.iterationCount)),
        OptionSpec(
            "folder", .required(placeholder: "name"), .inputs,
            "Run only this folder or request (name or id); repeatable", .appendText(\.folders)),
        OptionSpec(
            "env-var", .required(placeholder: "key=value"), .inputs,
            "Set an environment variable, overriding the file; repeatable",
            .appendVariable(\.environmentVariables)),
        OptionSpec(
            "global-var", .required(placeholder: "key=value"), .inputs,
            "Set a global variable, overriding the file; repeatable",
            .appendVariable(\.globalVariables)),
        OptionSpec(
            "postman-api-key", .required(placeholder: "key"), .inputs,
            "API key for loading a collection by its Postman UID", .setText(\.postmanAPIKey)),

        // Run control
        OptionSpec(
            "bail", .optional(placeholder: "folder,failure"), .runControl,
            "Stop after the first failure or error (see newman's --bail modifiers)",
            .setBail),
        OptionSpec(
            "suppress-exit-code", short: "x", .runControl,
            "Exit with code 0 even when tests fail", .setFlag(\.suppressExitCode, to: true)),
        OptionSpec(
            "delay-request", .required(placeholder: "ms"), .runControl,
            "Wait this long before each request", .setMilliseconds(\.delayRequestMilliseconds)),
        OptionSpec(
            "timeout", .required(placeholder: "ms"), .runControl,
            "Time limit for the whole run (0: none)", .setMilliseconds(\.timeoutMilliseconds)),
        OptionSpec(
            "timeout-request", .required(placeholder: "ms"), .runControl,
            "Time limit for each request (0: none)",
            .setMilliseconds(\.timeoutRequestMilliseconds)),
        OptionSpec(
            "timeout-script", .required(placeholder: "ms"), .runControl,
            "Time limit for each script (0: none)", .setMilliseconds(\.timeoutScriptMilliseconds)),
        OptionSpec(
            "no-script-overlap", .runControl,
            "Finish each test script before sending the next request (see docs/script-overlap.md)",
            .setFlag(\.scriptOverlap, to: false)),
        OptionSpec(
            "check-examples", .runControl,
            "Compare each response with the request's saved examples (status, type, JSON shape)",
            .setFlag(\.checkExamples, to: true)),
        OptionSpec(
            "retries", .required(placeholder: "n"), .runControl,
            "Send a request again up to n times after a retryable failure (default: 0)",
            .setCount(\.retries)),
        OptionSpec(
            "retry-delay", .required(placeholder: "ms"), .runControl,
            "Wait this long before each retry (default: 100)", .setMilliseconds(\.retryDelayMilliseconds)),
        OptionSpec(
            "retry-on", .required(placeholder: "list"), .runControl,
            "What is retried: network, 4xx, 5xx, status codes (default: network,5xx)", .setRetryOn),
        OptionSpec(
            "parallel", .required(placeholder: "n"), .runControl,
            "Run iterations at once on n workers (1-64; default 1)", .setPositiveInteger(\.parallel)),
        OptionSpec(
            "shard", .required(placeholder: "K/N"), .runControl,
            "Run only shard K of N (e.g. 2/4), for splitting a run between CI jobs", .setText(\.shard)),
        OptionSpec(
            "shard-by", .required(placeholder: "iteration|folder"), .runControl,
            "What --shard splits: iterations, or top-level folders and requests (default: iteration)",
            .setText(\.shardBy)),
        OptionSpec(
            "max-script-memory", .required(placeholder: "MiB"), .runControl,
            "Stop a script that grows memory by more than this (default 512; 0: none)",
            .setMilliseconds(\.maxScriptMemoryMebibytes)),

        // Requests, files and TLS
        OptionSpec(
            "insecure", short: "k", .requests,
            "Skip TLS certificate verification", .setFlag(\.insecure, to: true)),
        OptionSpec(
            "ignore-redirects", .requests,
            "Do not follow HTTP redirects", .setFlag(\.ignoreRedirects, to: true)),
        OptionSpec(
            "working-dir", .required(placeholder: "path"), .requests,
            "Base directory for file paths in requests (default: current)",
            .setText(\.workingDirectory)),
        OptionSpec(
            "no-insecure-file-read", .requests,
            "Refuse to read request files outside the working directory",
            .setFlag(\.insecureFileRead, to: false)),
        OptionSpec(
            "ssl-client-cert", .required(placeholder: "path"), .requests,
            "Client certificate (PEM) sent to every server", .setText(\.sslClientCertificate)),
        OptionSpec(
            "ssl-client-key", .required(placeholder: "path"), .requests,
            "Private key of the client certificate", .setText(\.sslClientKey)),
        OptionSpec(
            "ssl-client-passphrase", .required(placeholder: "passphrase"), .requests,
            "Passphrase of the client key", .setText(\.sslClientPassphrase)),
        OptionSpec(
            "ssl-client-cert-list", .required(placeholder: "path"), .requests,
            "JSON list of client certificates chosen by URL",
            .setText(\.sslClientCertificateList)),
        OptionSpec(
            "ssl-extra-ca-certs", .required(placeholder: "path"), .requests,
            "Also trust the CA certificates in this PEM file", .setText(\.sslExtraCACertificates)),
        OptionSpec(
            "cookie-jar", .required(placeholder: "path"), .requests,
            "Start with the cookies in this cookie jar file", .setText(\.cookieJar)),
        OptionSpec(
            "connect-to", .required(placeholder: "HOST1:PORT1:HOST2:PORT2"), .requests,
            "Connect to HOST2:PORT2 instead of HOST1:PORT1 (as curl); repeatable",
            .appendConnectTo),
        OptionSpec(
            "max-response-size", .required(placeholder: "bytes"), .requests,
            "Fail a request whose body is larger, e.g. 10MB (default: 50MB; 0: no limit)",
            .setByteSize(\.maxResponseSizeBytes)),

        // Reporters
        OptionSpec(
            "reporters", short: "r", .required(placeholder: "list"), .reporters,
            "Comma-separated reporters, e.g. cli,json,junit (default: cli)", .setReporters),
        OptionSpec(
            "reporter-json-export", .required(placeholder: "path"), .reporters,
            "File or directory for the JSON report", .setText(\.reporterJSONExport)),
        OptionSpec(
            "reporter-junit-export", .required(placeholder: "path"), .reporters,
            "File or directory for the JUnit XML report", .setText(\.reporterJUnitExport)),
        OptionSpec(
            "reporter-html-export", .required(placeholder: "path"), .reporters,
            "File or directory for the HTML report", .setText(\.reporterHTMLExport)),
        OptionSpec(
            "reporter-cli-silent", .reporters,
            "CLI reporter: print nothing", .setReporterFlag("cli-silent")),
        OptionSpec(
            "reporter-cli-show-timestamps", .reporters,
            "CLI reporter: prefix request lines with the time", .setReporterFlag("cli-show-timestamps")),
        OptionSpec(
            "reporter-cli-no-summary", .reporters,
            "CLI reporter: leave out the summary table", .setReporterFlag("cli-no-summary")),
        OptionSpec(
            "reporter-cli-no-failures", .reporters,
            "CLI reporter: leave out the list of failures", .setReporterFlag("cli-no-failures")),
        OptionSpec(
            "reporter-cli-no-assertions", .reporters,
            "CLI reporter: leave out assertion lines", .setReporterFlag("cli-no-assertions")),
        OptionSpec(
            "reporter-cli-no-success-assertions", .reporters,
            "CLI reporter: leave out passed assertions",
            .setReporterFlag("cli-no-success-assertions")),
        OptionSpec(
            "reporter-cli-no-console", .reporters,
            "CLI reporter: leave out console output of scripts", .setReporterFlag("cli-no-console")),
        OptionSpec(
            "reporter-cli-no-banner", .reporters,
            "CLI reporter: leave out the banner", .setReporterFlag("cli-no-banner")),

        // Exports
        OptionSpec(
            "export-environment", .required(placeholder: "path"), .exports,
            "Write the final environment to this file or directory", .setText(\.exportEnvironment)),
        OptionSpec(
            "export-globals", .required(placeholder: "path"), .exports,
            "Write the final globals to this file or directory", .setText(\.exportGlobals)),
        OptionSpec(
            "export-collection", .required(placeholder: "path"), .exports,
            "Write the collection, with its final variables, to this file",
            .setText(\.exportCollection)),
        OptionSpec(
            "export-cookie-jar", .required(placeholder: "path"), .exports,
            "Write the final cookie jar to this file", .setText(\.exportCookieJar)),
        OptionSpec(
            "export-secrets", .exports,
            "Write secret values in exported environments and globals (masked as **** otherwise)",
            .setFlag(\.exportSecrets, to: true)),

        // Output
        OptionSpec(
            "color", .required(placeholder: "on|off|auto"), .output,
            "Colour output always, never, or on a terminal (default: auto)", .setColor),
        OptionSpec(
            "no-color", .output, "Same as --color off", .setColorOff),
        OptionSpec(
            "disable-unicode", .output,
            "Use ASCII symbols only", .setFlag(\.disableUnicode, to: true)),
        OptionSpec(
            "silent", .output,
            "Print nothing from the CLI reporter", .setFlag(\.silent, to: true)),
        OptionSpec(
            "verbose", .output,
            "Show timings and request and response details", .setFlag(\.verbose, to: true)),
        OptionSpec(
            "no-progress", .output,
            "No live progress line on a terminal", .setFlag(\.progress, to: false)),

        // General
        GlobalOptionTable.help,
    ]

    /// Options matched by pattern rather than by name, for help: left column and description.
    static let patterns: [(label: String, help: String)] = [
        (
            "    --reporter-<name>-<option> [value]",
            "Pass an option to reporter <name>; without a value it is 'true'"
        ),
        ("    --reporter-<option> [value]", "Pass an option to every reporter"),
    ]

    /// The option with this long name (no dashes), if any.
    static func option(long name: String) -> OptionSpec? {
        options.first { $0.long == name }
    }

    /// The option with this short name, if any.
    static func option(short name: Character) -> OptionSpec? {
        options.first { $0.short == name }
    }
}

/// Options accepted before the command name, e.g. `courier --version`.
enum GlobalOptionTable {
    static let help = OptionSpec("help", short: "h", .general, "Show help", .showHelp)
    static let version = OptionSpec(
        "version", short: "v", .general, "Print Courier's version", .showVersion)

    static let options: [OptionSpec] = [help, version]
}

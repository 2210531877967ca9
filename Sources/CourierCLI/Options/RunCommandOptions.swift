import CourierRunner

/// Everything `courier run` was asked to do: newman's run options, typed, plus Courier's extensions.
///
/// Options not given keep newman's defaults. Times are in milliseconds; nil means "not given".
public struct RunCommandOptions: Equatable, Sendable {
    // MARK: What to run

    /// The collection: a file path or a URL (`<collection>`).
    public var collection: InputSource
    /// `-e, --environment`: the environment file or URL.
    public var environment: InputSource?
    /// `-g, --globals`: the globals file or URL.
    public var globals: InputSource?
    /// `-d, --iteration-data`: the JSON or CSV data file or URL.
    public var iterationData: InputSource?
    /// `-n, --iteration-count`: how many iterations (positive); nil means one per data row, or 1.
    public var iterationCount: Int?
    /// `--folder`, repeatable: folders or requests to run (by name or id), in the order given.
    public var folders: [String] = []
    /// `--env-var k=v`, repeatable: environment overrides, in the order given.
    public var environmentVariables: [VariableOverride] = []
    /// `--global-var k=v`, repeatable: globals overrides, in the order given.
    public var globalVariables: [VariableOverride] = []
    /// `--postman-api-key`: the key used to load collections by Postman UID.
    public var postmanAPIKey: String?

    // MARK: Run control

    /// `--bail [folder,failure]`: stop early; nil when not given.
    public var bail: BailSetting?
    /// `-x, --suppress-exit-code`: exit 0 even when something failed.
    public var suppressExitCode = false
    /// `--delay-request <ms>`: pause before every request, the first included.
    public var delayRequestMilliseconds: Int?
    /// `--timeout <ms>`: limit for the whole run (0 or nil: none).
    public var timeoutMilliseconds: Int?
    /// `--timeout-request <ms>`: limit for each request (0 or nil: none).
    public var timeoutRequestMilliseconds: Int?
    /// `--timeout-script <ms>`: limit for each script (0 or nil: none).
    public var timeoutScriptMilliseconds: Int?
    /// `--parallel <n>`: iterations run at once on n workers (nil or 1: one after another).
    public var parallel: Int?
    /// `--shard K/N`: run only shard K of N, as typed (checked by `ParallelSettings`).
    public var shard: String?
    /// `--shard-by iteration|folder`: what `--shard` splits, as typed (default: iteration).
    public var shardBy: String?

    /// `--check-examples`: compare each response with the request's saved examples (Courier extension).
    public var checkExamples = false
    /// `--retries <n>`: send a failed request again up to n times (Courier extension); nil means 0.
    public var retries: Int?
    /// `--retry-delay <ms>`: pause before each retry; nil means 100 ms.
    public var retryDelayMilliseconds: Int?
    /// `--retry-on <list>`: which failures are retried; nil means network errors and 5xx.
    public var retryOn: RetryPolicy?
    /// `--max-script-memory <MiB>`: memory growth allowed during one script (nil: the default, 0: none).
    public var maxScriptMemoryMebibytes: Int?

    // MARK: Requests, files and TLS

    /// `-k, --insecure`: do not verify TLS certificates.
    public var insecure = false
    /// `--ignore-redirects`: do not follow 3xx responses.
    public var ignoreRedirects = false
    /// `--working-dir <path>`: base directory for files a request reads; nil means the current one.
    public var workingDirectory: String?
    /// False with `--no-script-overlap`: every test script finishes before the next request goes out.
    public var scriptOverlap = true
    /// False with `--no-insecure-file-read`: refuse to read files outside the working directory.
    public var insecureFileRead = true
    /// `--ssl-client-cert <path>`: one client certificate (PEM) for every request.
    public var sslClientCertificate: String?
    /// `--ssl-client-key <path>`: the private key of that certificate.
    public var sslClientKey: String?
    /// `--ssl-client-passphrase <text>`: the passphrase of that key.
    public var sslClientPassphrase: String?
    /// `--ssl-client-cert-list <path>`: JSON list of client certificates matched by URL.
    public var sslClientCertificateList: String?
    /// `--ssl-extra-ca-certs <path>`: extra trusted CA certificates (PEM).
    public var sslExtraCACertificates: String?
    /// `--cookie-jar <path>`: a cookie jar file to start from.
    public var cookieJar: String?
    /// `--connect-to HOST1:PORT1:HOST2:PORT2`, repeatable (Courier extension, curl's meaning).
    public var connectTo: [ConnectToMapping] = []
    /// `--max-response-size <bytes>`: the largest response body accepted (nil: 50 MiB; 0: no limit).
    public var maxResponseSizeBytes: Int?

    // MARK: Reports and output

    /// `-r, --reporters <list>`: reporter names in the order given; `["cli"]` by default.
    public var reporters: [String] = ["cli"]
    /// `--reporter-json-export <path>`: where the JSON reporter writes (a file or a directory).
    public var reporterJSONExport: String?
    /// `--reporter-junit-export <path>`: where the JUnit reporter writes.
    public var reporterJUnitExport: String?
    /// `--reporter-html-export <path>`: where the HTML reporter writes.
    public var reporterHTMLExport: String?
    /// Other `--reporter-<name>-<option> [value]` and `--reporter-<option> [value]` options, keyed
    /// by the text after `--reporter-` (e.g. `cli-no-summary`); options given without a value map
    /// to `"true"`. See `reporterOptions(for:)`.
    public var reporterOptions: [String: String] = [:]
    /// `--export-environment <path>`: write the final environment here.
    public var exportEnvironment: String?
    /// `--export-globals <path>`: write the final globals here.
    public var exportGlobals: String?
    /// `--export-collection <path>`: write the final collection here.
    public var exportCollection: String?
    /// `--export-cookie-jar <path>`: write the final cookie jar here.
    public var exportCookieJar: String?
    /// `--export-secrets`: exported environments and globals keep secret values (Courier extension).
    public var exportSecrets = false
    /// `--color on|off|auto` (`--no-color` is `off`).
    public var color: ColorChoice = .auto
    /// `--disable-unicode`: ASCII symbols only.
    public var disableUnicode = false
    /// `--silent`: no output from the CLI reporter.
    public var silent = false
    /// `--verbose`: timings and request and response details in the CLI output.
    public var verbose = false
    /// `--no-progress`: no live progress line on a terminal.
    public var progress = true

    /// Options for running `collection` with every other setting at its default.
    public init(collection: InputSource) {
        self.collection = collection
    }

    /// The options meant for one reporter, keyed by option name (kebab-case, e.g. `no-summary`).
    ///
    /// `--reporter-<name>-<option>` applies to reporter `<name>` only; `--reporter-<option>`,
    /// when `<option>` does not start with a name in `reporters` or a built-in reporter name, applies
    /// to every reporter. The reporter's own options win over the shared ones.
    public func reporterOptions(for reporter: String) -> [String: String] {
        let names = Set(reporters + ["cli", "json", "junit", "html", "progress", "emojitrain"])
        var shared: [String: String] = [:]
        var own: [String: String] = [:]
        for (key, value) in reporterOptions {
            let ownPrefix = reporter + "-"
            if key.hasPrefix(ownPrefix), key.count > ownPrefix.count {
                own[String(key.dropFirst(ownPrefix.count))] = value
            } else if !names.contains(where: { key.hasPrefix($0 + "-") }) {
                shared[key] = value
            }
        }
        return shared.merging(own) { _, ownValue in ownValue }
    }
}

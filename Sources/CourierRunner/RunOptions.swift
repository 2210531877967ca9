import CourierHTTP
import CourierModel

/// Everything a run needs, already loaded: the CLI (or a test) builds this and calls `Runner`.
public struct RunOptions: Sendable {
    public var collection: Collection
    public var environment: VariableFile?
    public var globals: VariableFile?
    /// Iteration data rows, when a data file was given.
    public var iterationData: [JSONObject]?
    /// `-n`: the number of iterations (default: one per data row, or 1).
    public var iterationCount: Int?
    /// `--folder`: names or ids of folders (or requests) to run, in this order.
    public var folders: [String] = []
    /// `--delay-request`: milliseconds to wait before each request.
    public var delayRequest: Int = 0
    /// `--timeout`: milliseconds for the whole run (0 = none).
    public var timeout: Int = 0
    /// `--timeout-request`: milliseconds per request (0 = none).
    public var timeoutRequest: Int = 0
    /// `--timeout-script`: milliseconds per script (0 = none).
    public var timeoutScript: Int = 0
    /// `--max-script-memory`: bytes of memory growth during one script before it is stopped (0 = none).
    public var maxScriptMemory: Int = 512 << 20
    /// `--bail`: stop after the first item with a failure.
    public var bail = false
    /// `--bail folder`: stop after the first item with a script or request error (assertion
    /// failures alone do not stop the run).
    public var abortOnError = false
    /// `-k`: do not verify TLS certificates.
    public var insecure = false
    /// `--ignore-redirects`.
    public var ignoreRedirects = false
    /// Base for relative file paths in request bodies.
    public var workingDirectory: String
    /// `--connect-to HOST1:PORT1:HOST2:PORT2` entries.
    public var connectTo: [String] = []
    /// `--ssl-extra-ca-certs`: a PEM bundle of extra trusted CAs.
    public var extraCACertificates: String?
    /// `--check-examples`: compare each response with the item's saved examples (Courier extension).
    public var checkExamples = false
    /// `--retries`: how many times a failed attempt is sent again (0 = never).
    public var retries = 0
    /// `--retry-delay`: milliseconds to wait before each retry.
    public var retryDelay = 100
    /// `--retry-on`: which failures are retried (network errors and 5xx by default).
    public var retryPolicy = RetryPolicy.standard
    /// `--ssl-client-cert` (with its key and passphrase) and `--ssl-client-cert-list`: TLS client
    /// certificates chosen per URL; a request's own `certificate` wins.
    public var clientCertificates = ClientCertificates()
    /// Proxies from `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` (the process environment by default);
    /// a request's own `proxy` setting wins.
    public var environmentProxies = EnvironmentProxies.process
    /// `--cookie-jar`: the cookies in the jar before the first request.
    public var cookies: [HTTPCookie] = []

    /// Whether the summary keeps every execution (the JSON, JUnit and HTML reports need them);
    /// without, only running totals are kept and memory stays flat however long the run.
    public var retainExecutions = true

    /// `--parallel`: iterations run at once on this many workers (1: the sequential runner).
    public var parallel = 1
    /// `--shard K/N`: run only this shard's part of the collection.
    public var shard: Shard?
    /// `--max-response-size`: the largest response body accepted, in bytes (default 50 MiB).
    public var maxResponseSize = 50 * 1_048_576
    /// When set, the run stops between items once a stop is requested (Ctrl-C, SIGTERM).
    public var interruption: RunInterruption?
    /// Lets a test script that cannot affect the next request run while that request is on the
    /// wire (see `ScriptOverlap`); `--no-script-overlap` turns it off.
    public var overlapScripts = true
    /// Overlap only after responses quicker than this (see `Runner.mayOverlapTests`).
    public var overlapResponseLimitMilliseconds = 50.0
    /// `--no-insecure-file-read` turns this off: body files outside `workingDirectory` are refused.
    public var insecureFileRead = true

    public init(collection: Collection, workingDirectory: String) {
        self.collection = collection
        self.workingDirectory = workingDirectory
    }
}

/// Why `--folder` could not be honoured.
public struct FolderNotFound: Error, Sendable, CustomStringConvertible {
    public let name: String
    public var description: String { "unable to find a folder or request: \(name)" }
}

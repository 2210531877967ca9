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

import Foundation

/// Everything a finished (or interrupted) run produced. One summary feeds every reporter.
public struct RunSummary: Sendable {
    /// The collection's name (`info.name`).
    public var collectionName: String
    /// The collection's id (`info._postman_id`), or a generated one.
    public var collectionID: String
    /// The collection as loaded, for the JSON report.
    public var collectionJSON: JSONValue
    /// The environment's name and final variables, when one was given.
    public var environment: ScopeSnapshot?
    /// The final globals.
    public var globals: ScopeSnapshot
    /// One entry per request sent (or attempted), in run order.
    public var executions: [Execution]
    /// Counters in newman's shape.
    public var stats: RunStats
    /// Start and end of the run.
    public var started: Date
    public var completed: Date
    /// Failures in order (assertions, script errors, request errors).
    public var failures: [RunFailure]
    /// The error that ended the run early, if any (for example `--bail`).
    public var runError: String?
    /// True when the run was stopped by a signal before it finished.
    public var interrupted: Bool
    /// Literal values that must never appear in output (client secrets, tokens, passwords,
    /// `secret` variables). Reporters' output passes through `SecretMasker`.
    public var secrets: [String]
    /// The collection variables at the end of the run (for `--export-collection`).
    public var collectionVariables: [Variable] = []
    /// OAuth 2.0 tokens Courier fetched during the run, and the time spent on them (ms).
    public var tokenFetchCount = 0
    public var tokenFetchMilliseconds: Double = 0
    /// Timing and size totals, set when `executions` were not kept (a CLI-only run); reporters
    /// then take the run's timings from here.
    public var responseTotals: ResponseTotals?

    /// Makes a summary.
    public init(
        collectionName: String, collectionID: String, collectionJSON: JSONValue,
        environment: ScopeSnapshot?, globals: ScopeSnapshot, executions: [Execution], stats: RunStats,
        started: Date, completed: Date, failures: [RunFailure], runError: String? = nil,
        interrupted: Bool = false, secrets: [String] = []
    ) {
        self.collectionName = collectionName
        self.collectionID = collectionID
        self.collectionJSON = collectionJSON
        self.environment = environment
        self.globals = globals
        self.executions = executions
        self.stats = stats
        self.started = started
        self.completed = completed
        self.failures = failures
        self.runError = runError
        self.interrupted = interrupted
        self.secrets = secrets
    }

    /// True when nothing failed: no failed assertion, script error, request error or run error.
    public var succeeded: Bool { failures.isEmpty && runError == nil }

    /// Requests sent again after a retryable failure, over the whole run (`--retries`).
    public var totalRetries: Int { executions.reduce(0) { $0 + $1.retries } }
}

/// A named variable scope as it stood at the end of the run.
public struct ScopeSnapshot: Sendable {
    public var id: String
    public var name: String
    public var variables: [Variable]

    public init(id: String, name: String, variables: [Variable]) {
        self.id = id
        self.name = name
        self.variables = variables
    }
}

/// A total / pending / failed triple, as newman counts things.
public struct StatCounter: Sendable, Equatable {
    public var total = 0
    public var pending = 0
    public var failed = 0
    public init(total: Int = 0, pending: Int = 0, failed: Int = 0) {
        self.total = total
        self.pending = pending
        self.failed = failed
    }
}

/// newman's `run.stats`.
public struct RunStats: Sendable, Equatable {
    public var iterations = StatCounter()
    public var items = StatCounter()
    public var scripts = StatCounter()
    public var prerequests = StatCounter()
    public var requests = StatCounter()
    public var tests = StatCounter()
    public var assertions = StatCounter()
    public var testScripts = StatCounter()
    public var prerequestScripts = StatCounter()
    public init() {}
}

/// Where in the run something happened.
public struct RunCursor: Sendable, Equatable {
    /// 0-based iteration.
    public var iteration: Int
    /// 0-based position of the item in the flattened collection.
    public var position: Int
    /// Number of items in one iteration.
    public var length: Int
    /// Number of iterations.
    public var cycles: Int
    public init(iteration: Int, position: Int, length: Int, cycles: Int) {
        self.iteration = iteration
        self.position = position
        self.length = length
        self.cycles = cycles
    }
}

/// The item an execution belongs to.
public struct ExecutedItem: Sendable {
    public var id: String
    public var name: String
    /// Names of the enclosing folders, outermost first.
    public var folderPath: [String]
    /// The item's JSON as loaded, for the JSON report.
    public var json: JSONValue

    public init(id: String, name: String, folderPath: [String], json: JSONValue) {
        self.id = id
        self.name = name
        self.folderPath = folderPath
        self.json = json
    }

    /// "Folder / Sub / Item", as newman names an item in reports.
    public var fullName: String { (folderPath + [name]).joined(separator: " / ") }
}

/// A header as sent or received, order and case preserved.
public struct HeaderField: Sendable, Equatable {
    public var name: String
    public var value: String
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The request exactly as it went out (after variables, auth and implicit headers).
public struct SentRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [HeaderField]
    public var body: Data?
    public init(method: String, url: String, headers: [HeaderField], body: Data?) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// Per-request timing phases in milliseconds.
public struct ResponseTimings: Sendable, Equatable {
    public var dns: Double = 0
    public var connect: Double = 0
    public var tls: Double = 0
    public var firstByte: Double = 0
    public var total: Double = 0
    public init(dns: Double = 0, connect: Double = 0, tls: Double = 0, firstByte: Double = 0, total: Double = 0) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.firstByte = firstByte
        self.total = total
    }
}

/// The response as received.
public struct ReceivedResponse: Sendable {
    public var id: String
    public var code: Int
    /// Reason phrase ("OK", "Not Found").
    public var status: String
    public var headers: [HeaderField]
    /// Decoded body bytes.
    public var body: Data
    /// Milliseconds from send to last byte.
    public var responseTime: Int
    /// Body size in bytes (newman's `responseSize`).
    public var responseSize: Int
    /// Size of the status line and headers in bytes.
    public var headerSize: Int
    public var timings: ResponseTimings

    public init(
        id: String, code: Int, status: String, headers: [HeaderField], body: Data, responseTime: Int,
        responseSize: Int, headerSize: Int, timings: ResponseTimings
    ) {
        self.id = id
        self.code = code
        self.status = status
        self.headers = headers
        self.body = body
        self.responseTime = responseTime
        self.responseSize = responseSize
        self.headerSize = headerSize
        self.timings = timings
    }

    /// The body as text (UTF-8, invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// An error with a JavaScript-style name ("AssertionError", "TypeError", "Error") and message.
public struct ErrorInfo: Error, Sendable, Equatable {
    public var name: String
    public var message: String
    public var stack: String?
    public init(name: String, message: String, stack: String? = nil) {
        self.name = name
        self.message = message
        self.stack = stack
    }
}

/// One `pm.test` (or legacy `tests[...]`) result.
public struct Assertion: Sendable, Equatable {
    public var name: String
    public var skipped: Bool
    /// Set when the assertion failed.
    public var error: ErrorInfo?
    /// 0-based index of the assertion within its script.
    public var index: Int
    /// `prerequest` or `test`.
    public var event: String
    public init(name: String, skipped: Bool = false, error: ErrorInfo? = nil, index: Int, event: String = "test") {
        self.name = name
        self.skipped = skipped
        self.error = error
        self.index = index
        self.event = event
    }
    public var passed: Bool { error == nil }
}

/// A `console.*` call from a script.
public struct ConsoleLine: Sendable, Equatable {
    /// `log`, `info`, `warn`, `error` or `debug`.
    public var level: String
    public var message: String
    public init(level: String, message: String) {
        self.level = level
        self.message = message
    }
}

/// An uncaught error in a script (the script stops; the run goes on).
public struct ScriptError: Sendable, Equatable {
    /// `prerequest` or `test`.
    public var event: String
    public var error: ErrorInfo
    public init(event: String, error: ErrorInfo) {
        self.event = event
        self.error = error
    }
}

/// One request of one iteration: what was sent, what came back, and what the scripts said.
public struct Execution: Sendable {
    public var id: String
    public var cursor: RunCursor
    public var item: ExecutedItem
    public var request: SentRequest?
    public var response: ReceivedResponse?
    /// The transport failure, when no response arrived.
    public var requestError: ErrorInfo?
    public var assertions: [Assertion]
    public var console: [ConsoleLine]
    public var scriptErrors: [ScriptError]
    /// How many times the request was sent again after a retryable failure (`--retries`).
    public var retries = 0
    /// What the item's scripts last passed to `pm.visualizer.set(template, data, options)`, as
    /// `{"template": ..., "data": ..., "options": ...}`; nil when none did or `pm.visualizer.clear()`
    /// came last. The HTML report renders it.
    public var visualizer: JSONValue?

    public init(
        id: String, cursor: RunCursor, item: ExecutedItem, request: SentRequest? = nil,
        response: ReceivedResponse? = nil, requestError: ErrorInfo? = nil, assertions: [Assertion] = [],
        console: [ConsoleLine] = [], scriptErrors: [ScriptError] = []
    ) {
        self.id = id
        self.cursor = cursor
        self.item = item
        self.request = request
        self.response = response
        self.requestError = requestError
        self.assertions = assertions
        self.console = console
        self.scriptErrors = scriptErrors
    }
}

/// One line of newman's failure list.
public struct RunFailure: Sendable {
    public var error: ErrorInfo
    /// "assertion:0 in test-script", "test-script", "prerequest-script" or "request".
    public var at: String
    /// For assertion failures, the assertion's name.
    public var test: String?
    public var item: ExecutedItem
    public var cursor: RunCursor
    public init(error: ErrorInfo, at: String, test: String? = nil, item: ExecutedItem, cursor: RunCursor) {
        self.error = error
        self.at = at
        self.test = test
        self.item = item
        self.cursor = cursor
    }
}

/// What the runner reports while it runs, in order; the CLI reporter streams these.
public enum RunEvent: Sendable {
    /// The run begins.
    case started(collectionName: String, iterationCount: Int)
    /// An iteration begins (0-based).
    case iterationStarted(iteration: Int, count: Int)
    /// A folder is entered (its path, outermost first, ending with the folder itself).
    case folderEntered(path: [String], iteration: Int)
    /// An item begins.
    case itemStarted(ExecutedItem, cursor: RunCursor)
    /// A console line from a script.
    case console(ConsoleLine, item: ExecutedItem)
    /// The request was answered (or failed): `execution` holds request, response or error.
    case requestCompleted(Execution)
    /// An assertion finished.
    case assertion(Assertion, item: ExecutedItem)
    /// A script threw.
    case scriptError(ScriptError, item: ExecutedItem)
    /// The item is done; `execution` is final.
    case itemCompleted(Execution)
    /// The run is over.
    case finished(RunSummary)
}

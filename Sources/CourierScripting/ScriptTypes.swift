import CourierModel

/// What one script execution starts from: a snapshot of the run's state for this item.
///
/// `request` and `response` are JSON in the shapes below; the engine turns them into the
/// `pm.request` / `pm.response` objects.
/// - request: `{"id", "name", "method", "url": "<string>", "header": [{"key","value","disabled"?}],
///   "body": {"mode": "raw", "raw": "..."} | {"mode": "urlencoded", "urlencoded": [{key,value}]} | ... | null,
///   "auth": {"type": "...", "<type>": [{"key","value"}]} | null, "description": "..."}`
/// - response: `{"id", "code": 200, "status": "OK", "header": [{"key","value"}], "body": "<text>",
///   "responseTime": 12, "responseSize": 345}` or null (pre-request scripts, request errors)
public struct ScriptInput: Sendable {
    /// `prerequest` or `test`.
    public var eventName: String
    public var request: JSONValue
    /// The response as JSON; reads `typedResponse` when that was given instead.
    public var response: JSONValue? {
        get { storedResponse ?? typedResponse?.jsonValue }
        set {
            storedResponse = newValue
            typedResponse = nil
        }
    }
    /// The response as fields, which cross to the engine without a `JSONValue` tree being built
    /// (one response per script execution); setting it replaces `response`.
    public var typedResponse: ScriptResponse? {
        didSet { if typedResponse != nil { storedResponse = nil } }
    }
    private var storedResponse: JSONValue?
    /// Variable scopes as they stand before the script.
    public var globals: [Variable]
    public var collectionVariables: [Variable]
    public var environment: [Variable]
    public var iterationData: [Variable]
    public var localVariables: [Variable]
    /// 0-based iteration and the number of iterations.
    public var iteration: Int
    public var iterationCount: Int
    /// The item's name and id (`pm.info.requestName`, `pm.info.requestId`).
    public var itemName: String
    public var itemID: String
    /// `pm.execution.location`: folder names then the item name.
    public var location: [String]
    /// Cookies for the request's URL: `[{"name","value","domain","path","expires"?,"httpOnly","secure"}]`.
    public var cookies: JSONValue
    /// The environment's name (`pm.environment.name`), empty when no environment was given.
    public var environmentName: String = ""

    public init(
        eventName: String, request: JSONValue, response: JSONValue?, globals: [Variable] = [],
        collectionVariables: [Variable] = [], environment: [Variable] = [], iterationData: [Variable] = [],
        localVariables: [Variable] = [], iteration: Int = 0, iterationCount: Int = 1, itemName: String = "",
        itemID: String = "", location: [String] = [], cookies: JSONValue = .array([])
    ) {
        self.eventName = eventName
        self.request = request
        self.storedResponse = response
        self.globals = globals
        self.collectionVariables = collectionVariables
        self.environment = environment
        self.iterationData = iterationData
        self.localVariables = localVariables
        self.iteration = iteration
        self.iterationCount = iterationCount
        self.itemName = itemName
        self.itemID = itemID
        self.location = location
        self.cookies = cookies
    }
}

/// A received response in the fields a script sees (`pm.response`); its JSON form is the
/// `response` shape of `ScriptInput`.
public struct ScriptResponse: Sendable {
    public var id: String
    public var code: Int
    public var status: String
    public var headers: [HeaderField]
    public var body: String
    public var responseTime: Int
    public var responseSize: Int

    public init(
        id: String, code: Int, status: String, headers: [HeaderField], body: String, responseTime: Int,
        responseSize: Int
    ) {
        self.id = id
        self.code = code
        self.status = status
        self.headers = headers
        self.body = body
        self.responseTime = responseTime
        self.responseSize = responseSize
    }

    /// The response in `ScriptInput.response`'s JSON shape.
    public var jsonValue: JSONValue {
        .object([
            "id": .string(id),
            "code": .number(JSONNumber(code)),
            "status": .string(status),
            "header": .array(headers.map { .object(["key": .string($0.name), "value": .string($0.value)]) }),
            "body": .string(body),
            "responseTime": .number(JSONNumber(responseTime)),
            "responseSize": .number(JSONNumber(responseSize)),
        ])
    }
}

/// What `setNextRequest` asked for.
public enum NextRequest: Sendable, Equatable {
    /// Not called: go on in order.
    case unchanged
    /// `setNextRequest(null)` (or an empty name): end this iteration.
    case stop
    /// Jump to the item with this name or id.
    case item(String)
}

/// What one script execution produced.
public struct ScriptOutput: Sendable {
    /// Scopes after the script (the runner replaces its own with these).
    public var globals: [Variable]
    public var collectionVariables: [Variable]
    public var environment: [Variable]
    public var iterationData: [Variable]
    public var localVariables: [Variable]
    /// The request after the script (pre-request scripts may change it), same shape as the input.
    public var request: JSONValue
    public var assertions: [Assertion]
    public var console: [ConsoleLine]
    /// For each console line, how many of `assertions` came before it, so that reporters can show
    /// them interleaved as the script made them.
    public var consolePositions: [Int] = []
    /// The uncaught error that stopped the script, if any.
    public var error: ErrorInfo?
    public var nextRequest: NextRequest
    /// `pm.execution.skipRequest()` was called (pre-request only).
    public var skipRequest: Bool
    /// `pm.visualizer.set(template, data)`, kept for the HTML report: `{template, data, options}`,
    /// or `{"cleared": true}` when `pm.visualizer.clear()` came last; nil when the script did neither.
    public var visualizer: JSONValue?
    /// True when the script wrote to any variable scope (the scopes above then differ from the input).
    public var changedVariables = false

    public init(
        globals: [Variable], collectionVariables: [Variable], environment: [Variable],
        iterationData: [Variable],
        localVariables: [Variable], request: JSONValue, assertions: [Assertion] = [],
        console: [ConsoleLine] = [],
        error: ErrorInfo? = nil, nextRequest: NextRequest = .unchanged, skipRequest: Bool = false,
        visualizer: JSONValue? = nil
    ) {
        self.globals = globals
        self.collectionVariables = collectionVariables
        self.environment = environment
        self.iterationData = iterationData
        self.localVariables = localVariables
        self.request = request
        self.assertions = assertions
        self.console = console
        self.error = error
        self.nextRequest = nextRequest
        self.skipRequest = skipRequest
        self.visualizer = visualizer
    }
}

/// Sends an HTTP request for `pm.sendRequest`: takes the request in the input's JSON shape and
/// returns a response in the input's JSON shape, or an error message.
public typealias ScriptHTTPHandler = @Sendable (JSONValue) -> Result<JSONValue, ErrorInfo>

/// Serves `pm.cookies.jar()`: takes one operation on the run's cookie jar as JSON
/// (`{"action": "getAll" | "set" | "unset" | "clear", "url", ...}`, see `CookieJarPrelude`) and
/// returns its result as JSON, or an error the script's callback receives.
public typealias ScriptCookieJarHandler = @Sendable (JSONValue) -> Result<JSONValue, ErrorInfo>

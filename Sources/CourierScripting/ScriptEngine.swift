import CJavaScriptCore
import CourierModel
import Foundation

/// Runs Postman collection scripts in one JavaScriptCore context with newman's sandbox semantics.
///
/// One engine serves a whole run: the preludes are evaluated once, compiled scripts are cached by
/// source, and each `run` starts from a fresh `pm`, fresh legacy globals and no globals left over
/// from the previous script. Not thread-safe: own it from one task or thread.
///
/// Behaviour worth knowing:
/// - Timers run in real time: after the script body, the engine runs queued callbacks and sleeps
///   until the next timer is due, so `setTimeout(fn, 2000)` delays like it does in newman.
/// - `pm.sendRequest` calls the handler synchronously; its callback (or promise) runs later as a
///   queued task, so ordering matches newman's asynchronous behaviour.
/// - `ConsoleLine.message` is the text newman's CLI prints: every argument through a Node-style
///   `util.inspect` (strings single-quoted), joined with ", ".
/// - Legacy globals log newman 6.2.1's deprecation warning (`console.warn`) once per name per run.
/// - Timeouts give newman's errors: "sandbox: synchronous script execution timeout" (a busy loop,
///   stopped by JavaScriptCore's execution time limit) and "sandbox: asynchronous script execution
///   timeout" (timers or `done` callbacks still pending when the time is up, or a `done` that can
///   never be called because nothing is left to run).
public final class ScriptEngine {
    /// A dynamic variable generator for `{{$name}}` in `replaceIn` (nil: unknown name).
    public typealias DynamicVariables = (String) -> String?

    static let syncTimeoutMessage = "sandbox: synchronous script execution timeout"
    static let asyncTimeoutMessage = "sandbox: asynchronous script execution timeout"
    private static let wrapperPrefix = "(function(){"
    private static let maxCachedScripts = 256
    /// `--max-script-memory` by default: 512 MiB of growth during one script.
    public static let defaultMaxMemoryBytes = 512 << 20

    private let group: JSContextGroupRef
    private let context: JSGlobalContextRef
    private let begin: JSObjectRef
    private let tick: JSObjectRef
    private let finish: JSObjectRef
    private let abort: JSObjectRef
    private let timeoutMilliseconds: Int
    private let watchdog = Watchdog()
    /// Compiled scripts by source, each with whether it needs the legacy globals (one lookup per run).
    private var compiled: [String: (function: JSObjectRef, legacy: Bool)] = [:]
    /// The script compiled or found last (an entry of `compiled`).
    private var lastCompiled: (source: String, entry: (function: JSObjectRef, legacy: Bool))?
    /// The input JSON's buffer, reused by every run.
    private let inputEncoder = FastJSONEncoder(capacity: 4096)
    /// The scopes' JSON buffer, reused by every run (see `ScriptCodec.writeScopes`).
    private let scopesEncoder = FastJSONEncoder(capacity: 1024)
    /// The scopes sent last and their JSON text as a (protected) JavaScript string: runs mostly
    /// get the very arrays the previous run returned, and then the text is sent again unwritten.
    private var sentScopes: (variables: [[Variable]], text: JSValueRef)?

    /// Makes an engine. `timeoutMilliseconds` (`--timeout-script`, 0 for none) bounds each script;
    /// `sendRequest` serves `pm.sendRequest`; `dynamicVariables` supplies `{{$name}}` values beyond
    /// the built-in `$guid`, `$randomUUID`, `$timestamp`, `$isoTimestamp`, `$randomInt`, `$randomBoolean`;
    /// `cookieJar` serves `pm.cookies.jar()`.
    public init(
        timeoutMilliseconds: Int = 0, sendRequest: ScriptHTTPHandler? = nil,
        dynamicVariables: DynamicVariables? = nil, maxMemoryBytes: Int = ScriptEngine.defaultMaxMemoryBytes,
        cookieJar: ScriptCookieJarHandler? = nil
    ) {
        self.timeoutMilliseconds = max(0, timeoutMilliseconds)
        JavaScriptCoreTuning.applyOnce()
        let group = JSContextGroupCreate()!
        let context = JSGlobalContextCreateInGroup(group, nil)!
        self.group = group
        self.context = context
        NativeFunction.install("__courier_sendRequest", in: context) { context, arguments in
            Self.sendRequest(context, arguments, handler: sendRequest)
        }
        NativeFunction.install("__courier_cookieJar", in: context) { context, arguments in
            Self.cookieJar(context, arguments, handler: cookieJar)
        }
        if let dynamicVariables {
            NativeFunction.install("__courier_dynamic", in: context) { context, arguments in
                guard let name = JSBridge.text(context, arguments.first ?? nil),
                    let value = dynamicVariables(name)
                else {
                    return JSValueMakeUndefined(context)
                }
                return JSBridge.value(context, value)
            }
        }
        ModuleLoader.install(in: context)
        let preludes = [
            ("courier-expect", ExpectLibrary.source), ("courier-runtime", RuntimePrelude.source),
            ("courier-scopes", ScopesPrelude.source), ("courier-messages", MessagePrelude.source),
            ("courier-postman", PostmanPrelude.source), ("courier-legacy", LegacyPrelude.source),
            ("courier-cookie-jar", CookieJarPrelude.source),
            ("courier-modules", ModuleLoader.prelude), ("courier-seal", "__courier.seal();"),
        ]
        for (name, source) in preludes {
            let result = JSBridge.evaluate(context, source, sourceURL: name)
            if let exception = result.exception {
                let info = Self.errorInfo(context, exception)
                fatalError("Courier's \(name) prelude failed: \(info.name): \(info.message)")
            }
        }
        let courier = JSBridge.property(context, JSContextGetGlobalObject(context), "__courier")
        Self.reportUnhandledRejections(context, courier)
        func function(_ name: String) -> JSObjectRef {
            // A prelude entry point, kept alive for the engine's lifetime.
            guard let value = JSBridge.property(context, courier, name),
                let object = JSValueToObject(context, value, nil)
            else {
                fatalError("Courier's prelude has no __courier.\(name)")
            }
            JSValueProtect(context, object)
            return object
        }
        begin = function("begin")
        tick = function("tick")
        finish = function("finish")
        abort = function("abort")
        watchdog.install(on: group, timeoutMilliseconds: timeoutMilliseconds, maxMemoryBytes: maxMemoryBytes)
    }

    deinit {
        for entry in compiled.values { JSValueUnprotect(context, entry.function) }
        for function in [begin, tick, finish, abort] { JSValueUnprotect(context, function) }
        if let sentScopes { JSValueUnprotect(context, sentScopes.text) }
        JSGlobalContextRelease(context)
        JSContextGroupRelease(group)
    }

    /// Runs one script against a snapshot of the run and returns what it changed and recorded.
    public func run(_ source: String, input: ScriptInput) -> ScriptOutput {
        let script: JSObjectRef
        let needsLegacy: Bool
        switch compile(source) {
        case .success(let entry): (script, needsLegacy) = entry
        case .failure(let error): return ScriptCodec.failure(error, input: input)
        }
        let started = DispatchTime.now().uptimeNanoseconds
        watchdog.begin()
        let responseBody = ScriptCodec.write(input, to: inputEncoder)
        let inputValue = JSBridge.value(context, utf16JSON: inputEncoder.units)
        let body = responseBody.map { JSBridge.value(context, $0) } ?? JSValueMakeUndefined(context)
        let legacy = JSValueMakeBoolean(context, needsLegacy)
        let scopes = scopesText(input)
        let flatHeaders = JSValueMakeBoolean(context, input.typedResponse != nil)
        let begun = JSBridge.call(context, begin, [inputValue, body, script, legacy, scopes, flatHeaders])
        if watchdog.fired {
            stop(watchdog.message)
        } else if let exception = begun.exception {
            _ = JSBridge.call(context, finish, [])
            return ScriptCodec.failure(Self.errorInfo(context, exception), input: input)
        } else if pending(begun.value) >= 0 {
            drainEventLoop(started: started)
        }
        let result = JSBridge.call(context, finish, [])
        guard result.exception == nil, let text = JSBridge.text(context, result.value) else {
            return ScriptCodec.failure(Self.errorInfo(context, result.exception), input: input)
        }
        if let assertions = passedAssertions(text, event: input.eventName) {
            return ScriptCodec.output(passed: assertions, input: input)
        }
        return ScriptCodec.output(json: text, input: input)
    }

    // MARK: - Running

    /// The scopes' variables as JSON text for `__courier.begin` (undefined when all are empty),
    /// the previous run's text when every scope is still the same array.
    private func scopesText(_ input: ScriptInput) -> JSValueRef {
        let variables = [input.globals, input.collectionVariables, input.environment, input.iterationData, input.localVariables]
        if let sent = sentScopes, zip(sent.variables, variables).allSatisfy(Self.sameStorage) { return sent.text }
        if let sent = sentScopes { JSValueUnprotect(context, sent.text) }
        sentScopes = nil
        guard ScriptCodec.writeScopes(input, to: scopesEncoder) else { return JSValueMakeUndefined(context) }
        let text = JSBridge.value(context, utf16: scopesEncoder.units)
        JSValueProtect(context, text)
        sentScopes = (variables, text)
        return text
    }

    /// Whether two arrays share one storage buffer, so hold the same elements. Unlike `==` this is
    /// exact (`==` calls the numbers 1.5 and 1.50 equal, but their JSON differs) and costs nothing;
    /// `sentScopes` keeps its arrays alive, so a new array cannot reuse their address.
    private static func sameStorage(_ sent: [Variable], _ now: [Variable]) -> Bool {
        sent.count == now.count
            && sent.withUnsafeBufferPointer { old in now.withUnsafeBufferPointer { old.baseAddress == $0.baseAddress } }
    }

    /// Runs queued callbacks and timers until none are left, the script failed, or time is up.
    private func drainEventLoop(started: UInt64) {
        while true {
            let next = JSBridge.call(context, tick, [])
            if watchdog.fired {
                stop(watchdog.message)
                return
            }
            let wait = pending(next.value)
            if wait < 0 { return }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
            if timeoutMilliseconds > 0, elapsed >= Double(timeoutMilliseconds) {
                stop(Self.asyncTimeoutMessage)
                return
            }
            if wait > 0 {
                var sleep = wait
                if timeoutMilliseconds > 0 { sleep = min(sleep, Double(timeoutMilliseconds) - elapsed + 1) }
                usleep(useconds_t(max(1, min(sleep, 60_000)) * 1000))
            }
        }
    }

    /// The event loop's answer: -1 when nothing is left, 0 when work is ready, else milliseconds to wait.
    private func pending(_ value: JSValueRef?) -> Double {
        guard let value else { return -1 }
        let number = JSValueToNumber(context, value, nil)
        return number.isNaN ? -1 : number
    }

    /// The assertions of `__courier.finish()`'s quiet result, the string `passedAssertions` makes when
    /// the script changed nothing and every assertion passed: `\u{1}` then, per assertion, `p` (or
    /// `s` when skipped), the index, `\u{2}`, the name and `\u{1}`. Nil for JSON text.
    private func passedAssertions(_ text: String, event: String) -> [Assertion]? {
        // One pass over the bytes: splitting and `Int(Substring)` cost several times more.
        var text = text
        return text.withUTF8 { bytes -> [Assertion]? in
            guard bytes.first == 1 else { return nil }
            var assertions: [Assertion] = []
            assertions.reserveCapacity(bytes.reduce(0) { $1 == 1 ? $0 + 1 : $0 })
            var position = 1
            while position < bytes.count {
                if bytes[position] == 1 {
                    position += 1
                    continue
                }
                let kind = bytes[position]
                position += 1
                var index = 0
                let digitsStart = position
                while position < bytes.count, bytes[position] != 2 {
                    let digit = bytes[position] &- UInt8(ascii: "0")
                    guard digit < 10, position - digitsStart < 18 else { return nil }
                    index = index * 10 + Int(digit)
                    position += 1
                }
                guard position < bytes.count, position > digitsStart else { return nil }
                position += 1
                let nameStart = position
                while position < bytes.count, bytes[position] != 1 { position += 1 }
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<position]), as: UTF8.self)
                assertions.append(Assertion(name: name, skipped: kind == UInt8(ascii: "s"), index: index, event: event))
            }
            return assertions
        }
    }

    /// Ends the execution early with a timeout error, dropping pending timers and callbacks.
    private func stop(_ message: String) {
        watchdog.fired = false
        _ = JSBridge.call(context, abort, [JSBridge.value(context, message)])
    }

    /// The compiled function for a script source, from the cache when it was seen before.
    private func compile(_ source: String) -> Result<(function: JSObjectRef, legacy: Bool), ErrorInfo> {
        // Runs often repeat one script: comparing with the last one is cheaper than hashing the text.
        if let last = lastCompiled, last.source == source { return .success(last.entry) }
        if let entry = compiled[source] {
            lastCompiled = (source, entry)
            return .success(entry)
        }
        let result = JSBridge.evaluate(context, Self.wrap(source), sourceURL: "courier-script")
        if let exception = result.exception {
            return .failure(Self.errorInfo(context, exception))
        }
        guard let value = result.value, let function = JSValueToObject(context, value, nil) else {
            return .failure(ErrorInfo(name: "Error", message: "Courier could not compile the script"))
        }
        if compiled.count >= Self.maxCachedScripts {
            for cached in compiled.values { JSValueUnprotect(context, cached.function) }
            compiled.removeAll()
        }
        JSValueProtect(context, function)
        let entry = (function: function, legacy: Self.needsLegacySandbox(source))
        compiled[source] = entry
        lastCompiled = (source, entry)
        return .success(entry)
    }

    /// The script as a function body: `var` stays local and a top-level `return` is allowed; no line
    /// comes before the script's own first line, so error lines are the script's.
    static func wrap(_ source: String) -> String {
        wrapperPrefix + source + "\n})"
    }

    /// A script whose first statement is `'use sandbox2';` gets no legacy globals.
    /// Whether the legacy globals must be set up for `source`: not under `'use sandbox2'`, and
    /// only when the text names one of them (a script can reach a global only by its name), which
    /// spares most modern scripts the set-up. Cached with the compiled script.
    private static func needsLegacySandbox(_ source: String) -> Bool {
        !usesSandbox2(source) && legacyNames.contains { source.contains($0) }
    }

    /// Names of the legacy globals (`_` covers lodash; `request` and `data` are common words,
    /// which only errs towards setting the sandbox up).
    private static let legacyNames = [
        "tests", "globals", "environment", "data", "request", "responseCookies", "responseHeaders", "responseTime",
        "responseCode", "responseBody", "iteration", "postman", "_", "CryptoJS", "atob", "btoa", "tv4", "xml2Json",
        "Backbone", "cheerio",
    ]

    static func usesSandbox2(_ source: String) -> Bool {
        let trimmed = source.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return trimmed.hasPrefix("'use sandbox2'") || trimmed.hasPrefix("\"use sandbox2\"")
    }

    // MARK: - Native functions

    private typealias SetUnhandledRejectionCallback =
        @convention(c) (
            JSGlobalContextRef, JSObjectRef, UnsafeMutablePointer<JSValueRef?>?
        ) -> Void

    /// Routes unhandled promise rejections to `__courier.unhandledRejection`. The C function is
    /// exported by JavaScriptCore but missing from its public headers, so it is looked up at run time.
    private static func reportUnhandledRejections(_ context: JSGlobalContextRef, _ courier: JSValueRef?) {
        guard let process = dlopen(nil, RTLD_NOW),
            let symbol = dlsym(process, "JSGlobalContextSetUnhandledRejectionCallback"),
            let handler = JSBridge.property(context, courier, "unhandledRejection"),
            let function = JSValueToObject(context, handler, nil)
        else { return }
        let set = unsafeBitCast(symbol, to: SetUnhandledRejectionCallback.self)
        set(context, function, nil)
    }

    /// `__courier_cookieJar(operationJSON)`: `{result}` or `{error: {name, message}}`.
    private static func cookieJar(
        _ context: JSContextRef, _ arguments: [JSValueRef?], handler: ScriptCookieJarHandler?
    ) -> JSValueRef? {
        var reply = JSONObject()
        let text = JSBridge.text(context, arguments.first ?? nil) ?? "{}"
        let operation = (try? JSONParser.parse(text)) ?? .object(JSONObject())
        let unavailable = ErrorInfo(name: "Error", message: "pm.cookies.jar() is not available here")
        switch handler?(operation) ?? .failure(unavailable) {
        case .success(let result): reply["result"] = result
        case .failure(let error):
            reply["error"] = ["name": .string(error.name), "message": .string(error.message)]
        }
        return JSBridge.value(context, json: JSONWriter.string(.object(reply)))
    }

    private static func sendRequest(
        _ context: JSContextRef, _ arguments: [JSValueRef?], handler: ScriptHTTPHandler?
    ) -> JSValueRef? {
        var reply = JSONObject()
        guard let handler else {
            reply["error"] = ["name": "Error", "message": "pm.sendRequest is not available here"]
            return JSBridge.value(context, json: JSONWriter.string(.object(reply)))
        }
        let text = JSBridge.text(context, arguments.first ?? nil) ?? "{}"
        let request = (try? JSONParser.parse(text)) ?? .object(JSONObject())
        switch handler(request) {
        case .success(let response): reply["response"] = response
        case .failure(let error):
            reply["error"] = ["name": .string(error.name), "message": .string(error.message)]
        }
        return JSBridge.value(context, json: JSONWriter.string(.object(reply)))
    }

    // MARK: - Errors

    /// Name, message and script position of a thrown JavaScript value.
    static func errorInfo(_ context: JSContextRef, _ exception: JSValueRef?) -> ErrorInfo {
        guard let exception else { return ErrorInfo(name: "Error", message: "Unknown script failure") }
        guard JSValueIsObject(context, exception) else {
            return ErrorInfo(name: "Error", message: JSBridge.text(context, exception) ?? "")
        }
        let name =
            JSBridge.property(context, exception, "name").flatMap { JSBridge.text(context, $0) } ?? "Error"
        let message =
            JSBridge.property(context, exception, "message").flatMap { JSBridge.text(context, $0) } ?? ""
        var stack: String?
        if let line = JSBridge.property(context, exception, "line"), JSValueIsNumber(context, line) {
            let number = Int(JSValueToNumber(context, line, nil))
            stack = "\(name): \(message)\n    at script:\(number)"
        }
        return ErrorInfo(name: name, message: message, stack: stack)
    }
}

import CourierHTTP
import CourierModel
import CourierScripting
import CourierVariables
import Foundation

extension Runner {
    /// Runs the item's scripts of one kind in order; returns the request as the scripts left it.
    func runScripts(
        _ kind: ItemScripts.Kind, for planned: PlannedItem, request: Request, response: ReceivedResponse?,
        into execution: inout Execution, state: inout ItemScripts
    ) -> Request {
        let sources = state.sources(for: kind)
        var requestJSON = scriptRequestJSON(request, for: planned, sources: sources)
        let scriptResponse = response.map(ScriptJSON.scriptResponse)
        var changedRequest = false
        for source in sources {
            var input = scriptInput(kind, source: source, for: planned, request: requestJSON, execution: execution)
            input.typedResponse = scriptResponse
            let output = scriptEngine.run(source, input: input)
            apply(output, kind: kind, into: &execution, state: &state)
            if output.request != requestJSON {
                requestJSON = output.request
                changedRequest = true
            }
        }
        guard changedRequest else { return request }
        return ScriptJSON.decodeRequest(requestJSON, original: request)
    }

    /// The request in the engine's shape; it costs time to hand over, and a script that never
    /// names it (no "request" in its text) cannot reach it, so then it is left out.
    func scriptRequestJSON(_ request: Request, for planned: PlannedItem, sources: [String]) -> JSONValue {
        sources.contains { ScriptMentions.contains($0, "request") } ? ScriptJSON.request(request, item: planned.item) : .null
    }

    /// One script's input: a snapshot of the scopes, the item and, when the script names them, the
    /// cookies that apply to the request's URL.
    func scriptInput(
        _ kind: ItemScripts.Kind, source: String, for planned: PlannedItem, request: JSONValue, execution: Execution
    ) -> ScriptInput {
        // "ookie" covers pm.cookies, responseCookies and getResponseCookie alike.
        let cookies =
            !ScriptMentions.contains(source, "ookie")
            ? JSONValue.array([])
            : ScriptJSON.cookies(client.cookies(), for: execution.request?.url ?? planned.item.request.url.toString())
        return ScriptInput(
            eventName: kind.rawValue, request: request, response: nil,
            globals: scopes.globals.variables, collectionVariables: scopes.collection.variables,
            environment: scopes.environment.variables, iterationData: scopes.data.variables,
            localVariables: scopes.local.variables, iteration: execution.cursor.iteration,
            iterationCount: execution.cursor.cycles, itemName: planned.item.name, itemID: planned.item.id,
            location: planned.folders.map(\.name) + [planned.item.name], cookies: cookies)
    }

    /// Takes in what one script did: scopes, assertions, console, errors, flow control.
    func apply(_ output: ScriptOutput, kind: ItemScripts.Kind, into execution: inout Execution, state: inout ItemScripts) {
        scopes.globals.variables = output.globals
        scopes.collection.variables = output.collectionVariables
        scopes.environment.variables = output.environment
        scopes.data.variables = output.iterationData
        scopes.local.variables = output.localVariables
        secrets.formUnion(scopes.environment.secretValues)
        secrets.formUnion(scopes.globals.secretValues)

        stats.scripts.total += 1
        if kind == .prerequest { stats.prerequestScripts.total += 1 } else { stats.testScripts.total += 1 }
        // Console lines and assertions reach the reporters in the order the script made them.
        var consoleLines = zip(output.console, output.consolePositions + repeatElement(Int.max, count: output.console.count))
            .makeIterator()
        var nextLine = consoleLines.next()
        func emitConsole(upTo position: Int) {
            while let (line, at) = nextLine, at <= position {
                execution.console.append(line)
                observe(.console(line, item: execution.item))
                nextLine = consoleLines.next()
            }
        }
        for (position, assertion) in output.assertions.enumerated() {
            emitConsole(upTo: position)
            record(assertion, from: kind.reportName, into: &execution)
        }
        emitConsole(upTo: Int.max)
        if let error = output.error {
            let scriptError = ScriptError(event: kind.rawValue, error: error)
            execution.scriptErrors.append(scriptError)
            stats.scripts.failed += 1
            if kind == .prerequest { stats.prerequestScripts.failed += 1 } else { stats.testScripts.failed += 1 }
            failures.append(RunFailure(error: error, at: kind.reportName, item: execution.item, cursor: execution.cursor))
            observe(.scriptError(scriptError, item: execution.item))
        }
        if output.nextRequest != .unchanged { state.nextRequest = output.nextRequest }
        if kind == .prerequest, output.skipRequest { state.skipRequest = true }
        // The last `pm.visualizer.set` or `clear` of the item's scripts wins.
        if let visualizer = output.visualizer {
            execution.visualizer = visualizer["cleared"]?.boolValue == true ? nil : visualizer
        }
    }

    /// Records one assertion: on the execution, in the counts, as a failure when it failed
    /// (`from` names where it came from in the failure's `at`, e.g. "test-script"), and as an event.
    func record(_ assertion: Assertion, from source: String, into execution: inout Execution) {
        execution.assertions.append(assertion)
        stats.assertions.total += 1
        if let error = assertion.error {
            stats.assertions.failed += 1
            failures.append(
                RunFailure(
                    error: error, at: "assertion:\(assertion.index) in \(source)", test: assertion.name,
                    item: execution.item, cursor: execution.cursor))
        }
        observe(.assertion(assertion, item: execution.item))
    }

    /// Serves `pm.sendRequest` with the run's own transport and cookie jar.
    func sendRequestForScripts(_ json: JSONValue) -> Result<JSONValue, ErrorInfo> {
        if let refusal = refusalWhileOverlapping("pm.sendRequest") { return .failure(refusal) }
        let definition: Request
        do {
            definition = try CollectionDecoder.decodeRequest(json, path: "pm.sendRequest")
        } catch {
            return .failure(ErrorInfo(name: "Error", message: "pm.sendRequest: \(error)"))
        }
        let builder = RequestBuilder(
            resolve: { $0 }, workingDirectory: options.workingDirectory, profile: ProtocolProfile(layers: []),
            insecureFileRead: options.insecureFileRead)
        var prepared = builder.prepare(definition)
        if let auth = definition.auth { Authenticator(auth: auth, resolve: { $0 }).sign(&prepared) }
        SystemHeaders.apply(to: &prepared, disabled: []) { FastUUID.make() }
        let request = HTTPRequest(
            method: prepared.method, url: prepared.wireURL,
            headers: prepared.headers.map { HTTPHeader(name: $0.name, value: $0.value) }, body: prepared.body)
        do {
            let response = try client.send(request, options: TransferOptions(timeoutMilliseconds: options.timeoutRequest))
            return .success(
                ScriptJSON.response(
                    ReceivedResponse(
                        id: FastUUID.make(), code: response.status, status: response.reason,
                        headers: response.headers.map { HeaderField(name: $0.name, value: $0.value) }, body: response.body,
                        responseTime: Int(response.timings.total.rounded()), responseSize: response.body.count,
                        headerSize: response.headerBytes, timings: ResponseTimings())))
        } catch {
            return .failure(ErrorInfo(name: "Error", message: error.message))
        }
    }
}

/// Conversions between the runner's values and the JSON the script engine takes and gives.
enum ScriptJSON {
    /// The request definition in the engine's input shape (URL as a string).
    static func request(_ request: Request, item: RequestItem) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(item.id)
        object["name"] = .string(item.name)
        object["method"] = .string(request.method)
        object["url"] = .string(request.url.toString())
        object["header"] = .array(
            request.headers.map { header in
                var entry: JSONObject = ["key": .string(header.key), "value": .string(header.value)]
                if header.disabled { entry["disabled"] = true }
                return .object(entry)
            })
        if let requestJSON = item.json["request"]?.objectValue {
            object["body"] = requestJSON["body"] ?? .null
        } else {
            object["body"] = .null
        }
        object["auth"] = request.auth.map(authJSON) ?? .null
        object["description"] = .string(request.description ?? "")
        return .object(object)
    }

    private static func authJSON(_ auth: Auth) -> JSONValue {
        .object([
            "type": .string(auth.type),
            auth.type: .array(auth.parameters.map { .object(["key": .string($0.key), "value": $0.value]) }),
        ])
    }

    /// A response in the engine's input shape.
    static func response(_ response: ReceivedResponse) -> JSONValue {
        scriptResponse(response).jsonValue
    }

    /// A response as the engine's typed input, which it encodes without a `JSONValue` tree.
    static func scriptResponse(_ response: ReceivedResponse) -> ScriptResponse {
        ScriptResponse(
            id: response.id, code: response.code, status: response.status,
            headers: response.headers,
            body: response.text, responseTime: response.responseTime, responseSize: response.responseSize)
    }

    /// The cookies of the jar that apply to `url`'s host.
    static func cookies(_ cookies: [HTTPCookie], for url: String) -> JSONValue {
        let host = RequestURL.parse(url).hostString.lowercased()
        let matching = cookies.filter { cookie in
            let domain = cookie.domain.lowercased().trimmingPrefix(".")
            return host == domain || (!cookie.hostOnly && host.hasSuffix("." + domain))
        }
        return .array(
            matching.map { cookie in
                var object: JSONObject = [
                    "name": .string(cookie.name), "value": .string(cookie.value), "domain": .string(cookie.domain),
                    "path": .string(cookie.path), "httpOnly": .bool(cookie.httpOnly), "secure": .bool(cookie.secure),
                ]
                if let expires = cookie.expires {
                    object["expires"] = .string(ISO8601DateFormatter().string(from: expires))
                }
                return .object(object)
            })
    }

    /// The request as a pre-request script left it; path variables carry over from the original.
    static func decodeRequest(_ json: JSONValue, original: Request) -> Request {
        guard var request = try? CollectionDecoder.decodeRequest(json, path: "pm.request") else { return original }
        if request.url.pathVariables.isEmpty { request.url.pathVariables = original.url.pathVariables }
        return request
    }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}

import CourierHTTP
import CourierModel
import CourierScripting
import CourierVariables
import Foundation

/// Runs a collection: iterations, items in order, variables, auth, HTTP; reports each step to an
/// observer and returns the summary. One failing request never stops the run unless `bail`.
public final class Runner {
    let options: RunOptions
    /// Receives every run event, in order, on the thread that called `run()`.
    public var observer: (RunEvent) -> Void
    let client: HTTPClient
    var scopes: VariableScopes
    let dynamic = DynamicVariables()
    var executions: [Execution] = []
    /// Timing totals, kept instead of `executions` when `options.retainExecutions` is off.
    var responseTotals = ResponseTotals()
    var failures: [RunFailure] = []
    var stats = RunStats()
    var secrets: Set<String> = []
    var lastFolderPath: [String]? = nil
    var runError: String?
    /// OAuth 2.0 tokens fetched by Courier, cached for the whole run (shared by parallel workers).
    let tokenProvider: OAuth2TokenProvider
    /// Hands out the iterations to run, in order (nil: every iteration, or this shard's); set by
    /// `ParallelRunner` so that its workers share one queue.
    var iterationSource: (() -> Int?)?
    /// The token the current item was sent with, when Courier fetched one.
    var fetchedAccessToken: String?
    /// The JavaScript engine, made on first use: runs without scripts never start JavaScriptCore.
    /// Reach it through `scriptEngine` on the run's thread, `engineOnScriptThread` in jobs of
    /// `scriptThread`.
    lazy var engineOnScriptThread: ScriptEngine = {
        // Unowned: the engine lives inside the runner, so the runner outlives every call.
        nonisolated(unsafe) unowned let runner = self
        return ScriptEngine(
            timeoutMilliseconds: options.timeoutScript,
            sendRequest: { json in runner.sendRequestForScripts(json) },
            dynamicVariables: { [dynamic] name in dynamic.value(for: name) },
            maxMemoryBytes: options.maxScriptMemory,
            cookieJar: { operation in runner.cookieJarForScripts(operation) })
    }()
    /// Where the engine starts up and where overlapped test scripts run (see `ScriptOverlap`).
    let scriptThread = ScriptThread()
    /// Script overlap: the item whose test scripts are running on `scriptThread`, what is held back.
    var overlap: OverlapState
    /// Set while a test script runs on `scriptThread`: `pm.sendRequest` must not use the
    /// transport then (the run's thread is sending the next request).
    nonisolated(unsafe) var overlapActive = false
    /// Set when `pm.sendRequest` or the cookie jar was refused because `overlapActive` was set.
    nonisolated(unsafe) var overlapRefusedCall = false
    /// The iteration the run loop is in.
    var currentIteration = 0

    /// The engine, for use on the run's thread: waits for any job on `scriptThread` first.
    var scriptEngine: ScriptEngine {
        scriptThread.waitUntilIdle()
        return engineOnScriptThread
    }

    /// Makes a runner; `observer` receives every run event, in order, on the calling thread.
    public convenience init(options: RunOptions, observer: @escaping (RunEvent) -> Void = { _ in }) {
        self.init(options: options, tokenProvider: OAuth2TokenProvider(), observer: observer)
    }

    /// Makes a runner that fetches OAuth 2.0 tokens through `tokenProvider` (shared with other runners).
    init(options: RunOptions, tokenProvider: OAuth2TokenProvider, observer: @escaping (RunEvent) -> Void) {
        self.options = options
        self.tokenProvider = tokenProvider
        self.observer = observer
        self.overlap = OverlapState(
            allowed: options.overlapScripts && !options.bail && !options.abortOnError && options.delayRequest == 0)
        self.client = HTTPClient(
            options: ClientOptions(
                insecure: options.insecure, connectTo: options.connectTo, caFile: options.extraCACertificates,
                clientCertificates: options.clientCertificates, environmentProxies: options.environmentProxies))
        for cookie in options.cookies { client.setCookie(cookie) }
        self.scopes = VariableScopes(
            globals: VariableScope(name: options.globals?.name, variables: options.globals?.variables ?? []),
            collection: VariableScope(name: options.collection.name, variables: options.collection.variables),
            environment: VariableScope(name: options.environment?.name, variables: options.environment?.variables ?? []))
        if let interruption = options.interruption { client.watch(interruption.transfers) }
    }

    deinit {
        // The engine may still be starting up there (a run that ended before its first script).
        scriptThread.waitUntilIdle()
        scriptThread.stop()
    }

    /// Values seen so far that must never be printed (passwords, tokens, `secret` variables).
    public var secretValues: [String] { Array(secrets) }

    /// How many secret values are known; it only grows, so a change means new secrets to mask.
    public var secretCount: Int { secrets.count }

    func observe(_ event: RunEvent) {
        if overlap.heldEvents != nil {
            overlap.heldEvents!.append(event)
        } else {
            observer(event)
        }
    }

    /// The number of iterations: `-n`, else one per data row, else 1.
    var iterationCount: Int {
        if let count = options.iterationCount { return max(count, 1) }
        if let rows = options.iterationData, !rows.isEmpty { return rows.count }
        return 1
    }

    /// The data row for an iteration: rows in order, the last one reused past the end.
    func dataRow(for iteration: Int) -> JSONObject {
        guard let rows = options.iterationData, !rows.isEmpty else { return JSONObject() }
        return rows[min(iteration, rows.count - 1)]
    }

    /// Runs the whole collection and returns the summary.
    public func run() throws(FolderNotFound) -> RunSummary {
        let plan = ShardPlan.items(
            try RunPlan.items(of: options.collection, folders: options.folders), options: options)
        let started = Date()
        let deadline = options.timeout > 0 ? started.addingTimeInterval(Double(options.timeout) / 1000) : nil
        let count = iterationCount
        observe(.started(collectionName: options.collection.name, iterationCount: count))
        collectSecrets()
        startScriptEngineEarly(for: plan)

        let nextIteration = iterationSource ?? ShardPlan.iterationSource(count: count, shard: options.shard)
        iterations: while let iteration = nextIterationAfterOverlapped(nextIteration) {
            // An item of the previous iteration may still be running its test scripts: hold back
            // this iteration's events until it has completed.
            holdWhileOverlapped()
            currentIteration = iteration
            stats.iterations.total += 1
            lastFolderPath = nil
            scopes.data = VariableScope(
                name: "data", variables: dataRow(for: iteration).members.map { Variable(key: $0.key, value: $0.value) })
            observe(.iterationStarted(iteration: iteration, count: count))
            var position = 0
            while position < plan.count {
                if let deadline, Date() >= deadline {
                    completeOverlappedItem()
                    runError = "the run timed out after \(options.timeout) ms (--timeout)"
                    break iterations
                }
                if options.interruption?.isStopRequested == true {
                    completeOverlappedItem()
                    break iterations
                }
                let cursor = RunCursor(iteration: iteration, position: position, length: plan.count, cycles: count)
                var item = startItemAfterOverlapped(plan[position], cursor: cursor)
                // The next item: the following one, or the first of the next iteration (if any).
                let nextPosition = position + 1 < plan.count ? position + 1 : 0
                if mayOverlapTests(of: item, nextItem: plan[nextPosition], crossingIteration: nextPosition == 0) {
                    overlapTests(of: item)
                    position += 1
                    continue
                }
                let (execution, next) = finishItem(&item)
                if options.bail, itemFailed(execution) {
                    runError = "the run was stopped after a failure in \"\(execution.item.fullName)\" (--bail)"
                    break iterations
                }
                if let reason = errorBailReason(after: execution) {
                    runError = reason
                    break iterations
                }
                switch next {
                case .unchanged:
                    position += 1
                case .stop:
                    continue iterations
                case .item(let target):
                    // By id first, then by name (the last item with that name), among runnable items.
                    guard let index = plan.firstIndex(where: { $0.item.id == target })
                        ?? plan.lastIndex(where: { $0.item.name == target })
                    else { continue iterations }
                    position = index
                }
            }
        }

        completeOverlappedItem()
        let summary = options.summary(
            of: RunOutcome(
                executions: executions, responseTotals: options.retainExecutions ? nil : responseTotals, stats: stats,
                started: started, failures: failures, runError: runError, secrets: secrets,
                environment: scopes.environment.variables, globals: scopes.globals.variables,
                collectionVariables: scopes.collection.variables),
            tokenProvider: tokenProvider)
        observe(.finished(summary))
        return summary
    }

    private func itemFailed(_ execution: Execution) -> Bool {
        execution.requestError != nil || !execution.scriptErrors.isEmpty || execution.assertions.contains { $0.error != nil }
    }

    private func collectSecrets() {
        for scope in scopes.ordered { secrets.formUnion(scope.secretValues) }
        secrets.formUnion(transportSecrets)
    }

    // MARK: - One item

    /// Starts an item: folder and item events, pre-request scripts, the request.
    func startItem(_ planned: PlannedItem, cursor: RunCursor) -> ItemInProgress {
        let item = planned.executedItem
        if options.delayRequest > 0 { Thread.sleep(forTimeInterval: Double(options.delayRequest) / 1000) }
        if lastFolderPath != item.folderPath {
            if !item.folderPath.isEmpty { observe(.folderEntered(path: item.folderPath, iteration: cursor.iteration)) }
            lastFolderPath = item.folderPath
        }
        observe(.itemStarted(item, cursor: cursor))
        stats.items.total += 1

        var execution = Execution(id: FastUUID.make(), cursor: cursor, item: item)
        fetchedAccessToken = nil
        var scripts = ItemScripts(planned: planned, collection: options.collection)
        var request = planned.item.request
        stats.prerequests.total += 1
        if scripts.hasPrerequest {
            request = runScripts(.prerequest, for: planned, request: request, response: nil, into: &execution, state: &scripts)
        }
        var response: ReceivedResponse?
        if !scripts.skipRequest {
            response = send(planned, request: request, into: &execution)
            observe(.requestCompleted(execution))
            stats.tests.total += 1
        }
        return ItemInProgress(planned: planned, execution: execution, scripts: scripts, request: request, response: response)
    }

    /// Finishes an item: its test scripts (or what they did on the script thread), the saved
    /// examples, the item's completion.
    func finishItem(_ item: inout ItemInProgress, overlappedOutputs: [ScriptOutput]? = nil) -> (Execution, NextRequest) {
        if !item.scripts.skipRequest {
            if let overlappedOutputs {
                for output in overlappedOutputs {
                    apply(output, kind: .test, into: &item.execution, state: &item.scripts)
                }
            } else if item.scripts.hasTest {
                _ = runScripts(
                    .test, for: item.planned, request: testScriptRequest(for: item), response: item.response,
                    into: &item.execution, state: &item.scripts)
            }
            checkExamples(of: item.planned.item, response: item.response, into: &item.execution)
        }
        if options.retainExecutions {
            executions.append(item.execution)
        } else if let response = item.execution.response {
            responseTotals.add(response)
        }
        observe(.itemCompleted(item.execution))
        return (item.execution, item.scripts.nextRequest)
    }

    /// The request test scripts see: as it was sent (resolved, signed, with implicit headers),
    /// built only when a script names the request; otherwise the definition.
    func testScriptRequest(for item: ItemInProgress) -> Request {
        let needsRequest = item.scripts.test.contains { ScriptMentions.contains($0, "request") }
        guard needsRequest, let sent = item.execution.request else { return item.request }
        return Request(
            method: sent.method, url: RequestURL.parse(sent.url),
            headers: sent.headers.map { KeyValue(key: $0.name, value: $0.value) }, body: item.request.body,
            auth: authWithFetchedToken(
                AuthInheritance.effectiveAuth(
                    [options.collection.auth] + item.planned.folders.map(\.auth) + [item.request.auth])),
            description: item.request.description)
    }

    /// Builds, signs and sends the item's request (after pre-request scripts); returns the response.
    private func send(_ planned: PlannedItem, request definition: Request, into execution: inout Execution) -> ReceivedResponse? {
        let resolver = VariableResolver(scopes: scopes, dynamic: dynamic)
        let resolve: (String) -> String = { resolver.resolve($0) }
        let profile = ProtocolProfile(
            layers: [options.collection.protocolProfileBehavior] + planned.folders.map(\.protocolProfileBehavior)
                + [planned.item.protocolProfileBehavior])
        let builder = RequestBuilder(
            resolve: resolve, workingDirectory: options.workingDirectory, profile: profile,
            insecureFileRead: options.insecureFileRead)
        var prepared = builder.prepare(definition)
        let presigned = prepared
        let auth = AuthInheritance.effectiveAuth(
            [options.collection.auth] + planned.folders.map(\.auth) + [definition.auth])
        let authenticator = auth.map { Authenticator(auth: $0, resolve: resolve) }
        let grant = auth.flatMap { $0.type == "oauth2" ? OAuth2Grant(auth: $0, resolve: resolve) : nil }
        var token: String?
        if let grant {
            secrets.insert(grant.clientSecret)
            do {
                token = try tokenProvider.token(for: grant, transport: sendTokenRequest)
                secrets.insert(token!)
                fetchedAccessToken = token
            } catch {
                recordRequestFailure(error.message, into: &execution)
                return nil
            }
        }
        if let authenticator {
            secrets.formUnion(authenticator.secrets)
            authenticator.sign(&prepared, accessToken: token)
        }
        // Body file errors and signing problems, reported as newman does: console warnings.
        for warning in prepared.warnings {
            let line = ConsoleLine(level: "warn", message: warning)
            execution.console.append(line)
            observe(.console(line, item: execution.item))
        }
        var unsigned = prepared
        SystemHeaders.apply(to: &prepared, disabled: profile.disabledSystemHeaders) { FastUUID.make() }

        var transfer = TransferOptions(
            timeoutMilliseconds: options.timeoutRequest,
            followRedirects: profile.followRedirects ?? !options.ignoreRedirects,
            maxRedirects: profile.maxRedirects ?? 10,
            followOriginalMethod: profile.followOriginalHTTPMethod,
            followAuthorizationHeader: profile.followAuthorizationHeader,
            removeRefererHeaderOnRedirect: profile.removeRefererHeaderOnRedirect,
            insecure: profile.strictSSL.map { !$0 }, maxResponseSize: options.maxResponseSize)
        applyRequestTransport(of: planned.item, resolve: resolve, to: &transfer)
        transfer.usesCookieJar = !profile.disableCookies

        var result = exchange(prepared, transfer: transfer, execution: &execution)
        // --retries: the first send only; the auth replays below have their own rules.
        while execution.retries < options.retries, shouldRetry(result, auth: auth, tokenGrant: grant != nil) {
            if options.retryDelay > 0 { Thread.sleep(forTimeInterval: Double(options.retryDelay) / 1000) }
            execution.retries += 1
            execution.response = nil
            stats.requests.total -= 1  // counted as a retry, not as another request
            // Signed and stamped afresh: a new Postman-Token, and a new nonce for OAuth 1.0 or Hawk.
            var retry = presigned
            authenticator?.sign(&retry, accessToken: token)
            SystemHeaders.apply(to: &retry, disabled: profile.disabledSystemHeaders) { FastUUID.make() }
            result = exchange(retry, transfer: transfer, execution: &execution)
        }
        if case .success(let response)? = result, let authenticator {
            let headers = response.headers.map { HeaderField(name: $0.name, value: $0.value) }
            if let grant, let used = token, response.status == 401 {
                // The API refused our token: fetch a new one and replay once.
                tokenProvider.invalidate(grant, token: used)
                do {
                    let renewed = try tokenProvider.token(for: grant, transport: sendTokenRequest)
                    secrets.insert(renewed)
                    fetchedAccessToken = renewed
                    authenticator.sign(&unsigned, accessToken: renewed)
                    SystemHeaders.apply(to: &unsigned, disabled: profile.disabledSystemHeaders) { FastUUID.make() }
                    result = exchange(unsigned, transfer: transfer, execution: &execution)
                } catch {
                    recordRequestFailure(error.message, into: &execution)
                    return execution.response
                }
            } else if let challenge = authenticator.replayChallenge(status: response.status, headers: headers) {
                // Digest: answer the server's challenge once.
                authenticator.sign(&unsigned, challenge: challenge)
                SystemHeaders.apply(to: &unsigned, disabled: profile.disabledSystemHeaders) { FastUUID.make() }
                result = exchange(unsigned, transfer: transfer, execution: &execution)
            } else if var step = authenticator.ntlmReplay(status: response.status, headers: headers) {
                // NTLM: negotiate -> challenge -> authenticate, on the kept-alive connection.
                for _ in 0..<2 {
                    var next = unsigned
                    authenticator.signNTLM(&next, step: step)
                    SystemHeaders.apply(to: &next, disabled: profile.disabledSystemHeaders) { FastUUID.make() }
                    result = exchange(next, transfer: transfer, execution: &execution)
                    guard case .success(let reply)? = result,
                        let following = authenticator.ntlmReplay(
                            status: reply.status, headers: reply.headers.map { HeaderField(name: $0.name, value: $0.value) },
                            after: step)
                    else { break }
                    step = following
                }
            }
        }
        if case .failure(let error)? = result {
            recordRequestFailure(error.message, into: &execution)
        }
        return execution.response
    }

    /// The auth scripts see: an `oauth2` block carries the token Courier fetched as `accessToken`,
    /// so `pm.request.auth` reads as it would after Postman got the token.
    private func authWithFetchedToken(_ auth: Auth?) -> Auth? {
        guard var auth, auth.type == "oauth2", let token = fetchedAccessToken else { return auth }
        auth.parameters.removeAll { $0.key == "accessToken" }
        auth.parameters.append((key: "accessToken", value: .string(token)))
        return auth
    }

    /// Records a request that got no response (transport error, token failure).
    func recordRequestFailure(_ message: String, into execution: inout Execution) {
        let info = ErrorInfo(name: "Error", message: message)
        execution.requestError = info
        stats.requests.failed += 1
        failures.append(RunFailure(error: info, at: "request", item: execution.item, cursor: execution.cursor))
    }

    /// Sends an OAuth 2.0 token request over the run's transport.
    private func sendTokenRequest(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        try client.send(request, options: TransferOptions(timeoutMilliseconds: options.timeoutRequest, insecure: nil))
    }

    /// Sends one request and records it in the execution.
    private func exchange(
        _ prepared: PreparedRequest, transfer: TransferOptions, execution: inout Execution
    ) -> Result<HTTPResponse, HTTPError>? {
        let url = prepared.wireURL
        execution.request = SentRequest(method: prepared.method, url: url, headers: prepared.headers, body: prepared.body)
        stats.requests.total += 1
        let request = HTTPRequest(
            method: prepared.method, url: url, headers: prepared.headers.map { HTTPHeader(name: $0.name, value: $0.value) },
            body: prepared.body)
        do {
            let response = try client.send(request, options: transfer)
            execution.response = ReceivedResponse(
                id: FastUUID.make(), code: response.status, status: response.reason,
                headers: response.headers.map { HeaderField(name: $0.name, value: $0.value) }, body: response.body,
                responseTime: Int(response.timings.total.rounded()), responseSize: response.body.count,
                headerSize: response.headerBytes,
                timings: ResponseTimings(
                    dns: response.timings.dns, connect: response.timings.connect, tls: response.timings.tls,
                    firstByte: response.timings.firstByte, total: response.timings.total))
            return .success(response)
        } catch {
            return .failure(error)
        }
    }
}

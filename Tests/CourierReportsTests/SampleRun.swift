import CourierModel
import CourierReports
import Foundation

/// The run newman recorded in the reference output (`sample.postman_collection.json` against a
/// loopback httpbin): a folder with two requests, a failed assertion, a skipped one, a script
/// TypeError and a console line, with newman's ids, sizes and timings fixed.
enum SampleRun {
    static let collectionID = "5b7f0c1e-0000-4000-8000-000000000001"
    static let listID = "92781822-3333-47a1-8a70-2752d60cb293"
    static let createID = "989c10a7-d1eb-42a9-aa42-1db40ab4936e"
    static let missingID = "c9a41a3c-be09-4ea2-a6b9-b9c745adfe55"
    static let brokenID = "feb5f3b2-d365-410e-8a11-e4e093953d11"
    static let started = Date(timeIntervalSince1970: 1_795_923_894.136)
    static let completed = Date(timeIntervalSince1970: 1_795_923_894.291)
    static let failureMessage = "expected response to have status code 201 but got 200"
    static let typeErrorMessage = "Cannot read properties of undefined (reading 'boom')"

    static func json(_ text: String) -> JSONValue {
        (try? JSONParser.parse(text)) ?? .null
    }

    static let list = ExecutedItem(
        id: listID, name: "List accounts", folderPath: ["Accounts"],
        json: json(
            #"{"id": "92781822-3333-47a1-8a70-2752d60cb293", "name": "List accounts", "request": {"method": "GET", "url": "{{base}}/get?top=5"}}"#
        ))
    static let create = ExecutedItem(
        id: createID, name: "Create account", folderPath: ["Accounts"],
        json: json(
            #"{"id": "989c10a7-d1eb-42a9-aa42-1db40ab4936e", "name": "Create account", "request": {"method": "POST", "url": "{{base}}/post"}}"#
        ))
    static let missing = ExecutedItem(
        id: missingID, name: "Missing record", folderPath: [],
        json: json(#"{"id": "c9a41a3c-be09-4ea2-a6b9-b9c745adfe55", "name": "Missing record"}"#))
    static let broken = ExecutedItem(
        id: brokenID, name: "Broken script", folderPath: [],
        json: json(#"{"id": "feb5f3b2-d365-410e-8a11-e4e093953d11", "name": "Broken script"}"#))

    static func cursor(_ position: Int, iteration: Int = 0, cycles: Int = 1) -> RunCursor {
        RunCursor(iteration: iteration, position: position, length: 4, cycles: cycles)
    }

    static func response(id: String, code: Int, status: String, bodySize: Int, headerSize: Int, time: Int)
        -> ReceivedResponse
    {
        ReceivedResponse(
            id: id, code: code, status: status,
            headers: [
                HeaderField(name: "Content-Type", value: "application/json"),
                HeaderField(name: "Content-Length", value: String(bodySize)),
            ],
            body: Data(String(repeating: "x", count: bodySize).utf8), responseTime: time,
            responseSize: bodySize,
            headerSize: headerSize, timings: ResponseTimings(total: Double(time)))
    }

    static func request(_ method: String, _ path: String, body: String? = nil) -> SentRequest {
        SentRequest(
            method: method, url: "http://127.0.0.1:18081" + path,
            headers: [
                HeaderField(name: "Accept", value: "application/json"),
                HeaderField(name: "Authorization", value: "Bearer s3cr3t-token"),
            ], body: body.map { Data($0.utf8) })
    }

    static let failedAssertion = Assertion(
        name: "status is 201",
        error: ErrorInfo(
            name: "AssertionError", message: failureMessage,
            stack: "AssertionError: \(failureMessage)\n   at Object.eval sandbox-script.js:1:2)"),
        index: 0)
    static let typeError = ScriptError(
        event: "test", error: ErrorInfo(name: "TypeError", message: typeErrorMessage))

    static func executions(iteration: Int = 0, cycles: Int = 1) -> [Execution] {
        [
            Execution(
                id: "db680c76-7daf-4169-add7-de8c20a9313a",
                cursor: cursor(0, iteration: iteration, cycles: cycles),
                item: list, request: request("GET", "/get?top=5"),
                response: response(
                    id: "18f94522-9f9f-4697-99de-23f9da561318", code: 200, status: "OK", bodySize: 331,
                    headerSize: 238, time: 49),
                assertions: [
                    Assertion(name: "status is 200", index: 0), Assertion(name: "echoes the query", index: 1),
                ],
                console: [ConsoleLine(level: "log", message: "'top is', '5'")]),
            Execution(
                id: "af353c64-f2ee-4764-a975-64e7dba55a96",
                cursor: cursor(1, iteration: iteration, cycles: cycles),
                item: create, request: request("POST", "/post", body: #"{"Name": "Acme"}"#),
                response: response(
                    id: "abad491d-4c77-42d2-837d-448514601933", code: 200, status: "OK", bodySize: 434,
                    headerSize: 238, time: 6),
                assertions: [failedAssertion, Assertion(name: "name echoed", index: 1)]),
            Execution(
                id: "76c1f1a2-5b44-4c55-9b0e-9d1f5b1c2a11",
                cursor: cursor(2, iteration: iteration, cycles: cycles),
                item: missing, request: request("GET", "/status/404"),
                response: response(
                    id: "5e0d8a2c-2d7a-4f0e-8c57-0e1c9b3a7d22", code: 404, status: "NOT FOUND", bodySize: 0,
                    headerSize: 251, time: 4),
                assertions: [
                    Assertion(name: "is 404", index: 0), Assertion(name: "not yet", skipped: true, index: 1),
                ]),
            Execution(
                id: "444386d5-71bd-4b9d-9e07-95335f549aaa",
                cursor: cursor(3, iteration: iteration, cycles: cycles),
                item: broken, request: request("GET", "/get"),
                response: response(
                    id: "330e4620-088f-435f-ab8e-f91de9e6ed83", code: 200, status: "OK", bodySize: 303,
                    headerSize: 238, time: 4),
                scriptErrors: [typeError]),
        ]
    }

    static func failures(in executions: [Execution]) -> [RunFailure] {
        executions.flatMap { execution -> [RunFailure] in
            let assertions = execution.assertions.compactMap { assertion -> RunFailure? in
                guard let error = assertion.error else { return nil }
                return RunFailure(
                    error: error, at: "assertion:\(assertion.index) in test-script", test: assertion.name,
                    item: execution.item, cursor: execution.cursor)
            }
            let scripts = execution.scriptErrors.map {
                RunFailure(
                    error: $0.error, at: "\($0.event)-script", item: execution.item, cursor: execution.cursor)
            }
            return assertions + scripts
        }
    }

    /// The finished summary, for `cycles` identical iterations.
    static func summary(cycles: Int = 1) -> RunSummary {
        let executions = (0..<cycles).flatMap { SampleRun.executions(iteration: $0, cycles: cycles) }
        var stats = RunStats()
        stats.iterations = StatCounter(total: cycles)
        stats.items = StatCounter(total: 4 * cycles)
        stats.scripts = StatCounter(total: 4 * cycles, failed: cycles)
        stats.prerequests = StatCounter(total: 4 * cycles)
        stats.requests = StatCounter(total: 4 * cycles)
        stats.tests = StatCounter(total: 4 * cycles)
        stats.assertions = StatCounter(total: 6 * cycles, failed: cycles)
        stats.testScripts = StatCounter(total: 4 * cycles, failed: cycles)
        return RunSummary(
            collectionName: "Sample run", collectionID: collectionID,
            collectionJSON: json(
                #"{"info": {"name": "Sample run", "_postman_id": "\#(collectionID)"}, "item": []}"#),
            environment: nil,
            globals: ScopeSnapshot(id: "cf440a97-17e3-4354-9ab8-ee84b69a0e84", name: "", variables: []),
            executions: executions, stats: stats, started: started, completed: completed,
            failures: failures(in: executions))
    }

    /// The events a runner emits for `summary`, in order.
    static func events(_ summary: RunSummary) -> [RunEvent] {
        let cycles = summary.stats.iterations.total
        var events: [RunEvent] = [.started(collectionName: summary.collectionName, iterationCount: cycles)]
        var folder: [String]?
        for execution in summary.executions {
            if execution.cursor.position == 0 {
                events.append(.iterationStarted(iteration: execution.cursor.iteration, count: cycles))
            }
            if execution.item.folderPath != folder, !execution.item.folderPath.isEmpty {
                events.append(
                    .folderEntered(path: execution.item.folderPath, iteration: execution.cursor.iteration))
            }
            folder = execution.item.folderPath
            events.append(.itemStarted(execution.item, cursor: execution.cursor))
            events.append(.requestCompleted(execution))
            events += execution.assertions.map { .assertion($0, item: execution.item) }
            events += execution.console.map { .console($0, item: execution.item) }
            events += execution.scriptErrors.map { .scriptError($0, item: execution.item) }
            events.append(.itemCompleted(execution))
        }
        events.append(.finished(summary))
        return events
    }

    /// Everything the CLI reporter prints for `summary`.
    static func cliOutput(_ summary: RunSummary, options: CLIReporterOptions = CLIReporterOptions()) -> String
    {
        let reporter = CLIReporter(options: options)
        return events(summary).map(reporter.handle).joined()
    }
}

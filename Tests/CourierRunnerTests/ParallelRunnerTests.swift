import CourierHTTP
import CourierModel
import CourierRunner
import CourierTestServer
import Foundation
import XCTest

/// `--parallel`: iterations on several workers give the same results, in the same order, as a
/// sequential run; one OAuth 2.0 token serves every worker; `--bail` stops the queue.
final class ParallelRunnerTests: RunnerTestCase {
    /// Two folders of two requests each, with assertions that name the data row and the item.
    private var scripted: String {
        let test = #"""
            {"listen": "test", "script": {"exec": [
              "pm.test('status of ' + pm.iterationData.get('name'), () => pm.response.to.have.status(200));",
              "pm.test('fails on odd rows', () => pm.expect(pm.iterationData.get('n') % 2).to.equal(0));",
              "pm.environment.set('last', pm.info.requestName + '@' + pm.info.iteration);",
              "console.log('row', pm.iterationData.get('name'));"]}}
            """#
        let folders = (0..<2).map { folder in
            let requests = (0..<2).map { index in
                #"{"name": "r\#(folder)\#(index)", "event": [\#(test)], "request": "{{base}}/delay-ms/5?f=\#(folder)&i=\#(index)"}"#
            }
            return #"{"name": "folder \#(folder)", "item": [\#(requests.joined(separator: ","))]}"#
        }
        return #"{"info": {"name": "parallel"}, "item": [\#(folders.joined(separator: ","))]}"#
    }

    private var rows: [JSONObject] {
        (0..<7).map { index in
            guard case .object(let row)? = try? JSONParser.parse(#"{"name": "row\#(index)", "n": \#(index)}"#)
            else { return JSONObject() }
            return row
        }
    }

    /// Runs with `parallel` workers through the public entry point, recording the events.
    private func run(
        _ collection: Collection, parallel: Int, configure: (inout RunOptions) -> Void = { _ in }
    ) throws -> (RunSummary, [String]) {
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        options.parallel = parallel
        configure(&options)
        var events: [String] = []
        let runner = makeCollectionRun(options: options) { events.append(Self.describe($0)) }
        return (try runner.run(), events)
    }

    /// An event without timings or ids: what must be equal between sequential and parallel runs.
    static func describe(_ event: RunEvent) -> String {
        switch event {
        case .started(let name, let count): return "started \(name) \(count)"
        case .iterationStarted(let iteration, let count): return "iteration \(iteration)/\(count)"
        case .folderEntered(let path, let iteration): return "folder \(path) @\(iteration)"
        case .itemStarted(let item, let cursor):
            return "item \(item.name) @\(cursor.iteration).\(cursor.position)"
        case .console(let line, let item): return "console \(line.message) in \(item.name)"
        case .requestCompleted(let execution):
            return "request \(execution.item.name) \(execution.response?.code ?? 0)"
        case .assertion(let assertion, let item):
            return "assertion \(assertion.name) \(assertion.passed) in \(item.name)"
        case .scriptError(let error, let item): return "script error \(error.error.message) in \(item.name)"
        case .itemCompleted(let execution):
            return "done \(execution.item.name) @\(execution.cursor.iteration)"
        case .finished(let summary): return "finished \(summary.executions.count) \(summary.failures.count)"
        }
    }

    private func outline(_ summary: RunSummary) -> [String] {
        summary.executions.map { execution in
            "\(execution.cursor.iteration) \(execution.item.name) "
                + execution.assertions.map { "\($0.name)=\($0.passed)" }.joined(separator: ",")
        }
    }

    func testFourWorkersGiveTheSequentialResultsInTheSameOrder() throws {
        let collection = try collection(scripted)
        let rows = self.rows
        let (sequential, sequentialEvents) = try run(collection, parallel: 1) { $0.iterationData = rows }
        let (parallel, parallelEvents) = try run(collection, parallel: 4) { $0.iterationData = rows }

        XCTAssertEqual(sequential.executions.count, 28)
        XCTAssertEqual(outline(parallel), outline(sequential))
        XCTAssertEqual(parallelEvents, sequentialEvents)
        XCTAssertEqual(parallel.stats, sequential.stats)
        XCTAssertEqual(parallel.failures.map(\.test), sequential.failures.map(\.test))
        XCTAssertEqual(parallel.failures.map(\.cursor.iteration), [1, 1, 1, 1, 3, 3, 3, 3, 5, 5, 5, 5])
        XCTAssertTrue(parallelEvents.contains("assertion status of row6 true in r11"))
    }

    func testEachIterationStartsFromTheLoadedScopesAndTheLastOneIsExported() throws {
        let collection = try collection(
            single(
                #""{{base}}/get?seen={{seen}}""#,
                extra:
                    #", "event": [{"listen": "test", "script": {"exec": ["pm.environment.set('seen', (pm.environment.get('seen') || '') + pm.info.iteration)"]}}]"#
            ))
        let (summary, _) = try run(collection, parallel: 3) {
            $0.iterationCount = 5
            $0.environment = VariableFile(
                id: "env", name: "env", variables: [Variable(key: "seen", value: .string("x"))], json: .null)
        }
        let sent = try summary.executions.map { try echo($0)["args"]?["seen"]?.stringValue }
        XCTAssertEqual(sent, Array(repeating: "x", count: 5), "no iteration sees another's writes")
        XCTAssertEqual(summary.environment?.variables.first { $0.key == "seen" }?.value, .string("x4"))
    }

    func testBailStopsTheQueueAndLeavesOutLaterIterations() throws {
        let collection = try collection(
            single(
                #""{{base}}/{{path}}""#,
                extra:
                    #", "event": [{"listen": "test", "script": {"exec": ["pm.test('ok', () => pm.response.to.have.status(200))"]}}]"#
            ))
        // The rows after the failing one answer slowly, so that the other worker cannot run them
        // all before the failure stops the queue, however busy the machine is.
        let paths = ["status/200", "status/200", "status/500"] + Array(repeating: "delay-ms/250", count: 5)
        let rows = paths.map { path -> JSONObject in
            guard case .object(let row)? = try? JSONParser.parse(#"{"path": "\#(path)"}"#) else {
                return JSONObject()
            }
            return row
        }
        let (summary, events) = try run(collection, parallel: 2) {
            $0.iterationData = rows
            $0.bail = true
        }
        XCTAssertEqual(summary.executions.map(\.cursor.iteration), [0, 1, 2])
        XCTAssertNotNil(summary.runError)
        XCTAssertEqual(summary.stats.iterations.total, 3)
        XCTAssertLessThan(
            server.receivedRequests.count, 8, "iterations after the failure are not all started")
        XCTAssertEqual(events.last, "finished 3 1")
    }

    func testOneTokenServesEveryWorker() throws {
        let auth = """
            {"type": "oauth2", "oauth2": [
              {"key": "grant_type", "value": "client_credentials"}, {"key": "accessTokenUrl", "value": "{{base}}/connect/token"},
              {"key": "clientId", "value": "courier-client"}, {"key": "clientSecret", "value": "courier-secret"},
              {"key": "client_authentication", "value": "body"}, {"key": "addTokenTo", "value": "header"}]}
            """
        let collection = try collection(
            #"{"info": {"name": "t"}, "auth": \#(auth), "item": [{"name": "accounts", "request": {"url": "{{base}}/0/odata/Account?$top=1", "header": [{"key": "Accept", "value": "application/json"}]}}]}"#
        )
        let (summary, _) = try run(collection, parallel: 8) { $0.iterationCount = 16 }
        XCTAssertEqual(summary.executions.map { $0.response?.code }, Array(repeating: 200, count: 16))
        let stats = try HTTPClient().send(HTTPRequest(url: server.baseURL + "/_testserver/stats"))
        XCTAssertEqual(try JSONParser.parse(stats.body)["tokensIssued"]?.doubleValue, 1)
        XCTAssertEqual(summary.tokenFetchCount, 1)
        let token =
            server.receivedRequests.last { $0.target.hasPrefix("/0/odata") }?.header("Authorization") ?? ""
        XCTAssertTrue(
            summary.secrets.contains(String(token.dropFirst("Bearer ".count))), "the token is a secret")
    }

    func testAMissingFolderIsReportedBeforeAnyWorkerStarts() throws {
        let collection = try collection(scripted)
        XCTAssertThrowsError(try run(collection, parallel: 4) { $0.folders = ["nope"] })
        XCTAssertTrue(server.receivedRequests.isEmpty)
    }
}

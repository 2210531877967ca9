import CourierModel
import CourierRunner
import Foundation
import XCTest

/// Cases found in a review of script overlap: with overlap on, each run must give what a run with
/// `--no-script-overlap` gives (requests sent, events, failures, variables), and scripts that reach
/// the run's state by plain JavaScript must run in line.
final class ScriptOverlapReviewTests: RunnerTestCase {
    /// One event object (an item's `event` array holds several).
    private func event(_ kind: String, _ lines: [String]) -> String {
        let exec = lines.map { JSONWriter.quoted($0) }.joined(separator: ", ")
        return #"{"listen": "\#(kind)", "script": {"exec": [\#(exec)]}}"#
    }

    private var passingTest: String {
        event("test", ["pm.test('ok', () => pm.response.to.have.status(200));"])
    }

    /// What a user sees of a run: events, failures, each request as sent, console lines, the environment.
    private struct Outline: Equatable {
        var events: [String]
        var failures: [String]
        var sent: [String]
        var console: [[String]]
        var environment: [String]
        /// How many requests the server had received at the first assertion of item `b`.
        var requestsAtFirstAssertionOfB: Int?
    }

    private func outline(
        _ collection: Collection, overlap: Bool, configure: (inout RunOptions) -> Void = { _ in }
    ) throws -> Outline {
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        options.overlapScripts = overlap
        options.overlapResponseLimitMilliseconds = .infinity  // a busy machine must not change the outcome
        options.environment = VariableFile(
            id: "e", name: "e", variables: [Variable(key: "n", value: .string("1"))], json: .null)
        configure(&options)
        var events: [RunEvent] = []
        var requestsAtFirstAssertionOfB: Int?
        let server = self.server!
        let summary = try makeCollectionRun(options: options) { event in
            events.append(event)
            if case .assertion(_, let item) = event, item.name == "b", requestsAtFirstAssertionOfB == nil {
                requestsAtFirstAssertionOfB = server.receivedRequests.count
            }
        }.run()
        return Outline(
            events: events.map(ParallelRunnerTests.describe),
            failures: summary.failures.map {
                "\($0.at) \($0.item.name) \($0.cursor.iteration) \($0.error.message)"
            },
            sent: summary.executions.map { execution in
                let body = execution.request?.body.map { String(decoding: $0, as: UTF8.self) } ?? ""
                return "\(execution.item.name) \(execution.request?.url ?? "-") \(body)"
            },
            console: summary.executions.map { $0.console.map(\.message) },
            environment: (summary.environment?.variables ?? []).map {
                "\($0.key)=\($0.value?.substitutionText ?? "")"
            },
            requestsAtFirstAssertionOfB: requestsAtFirstAssertionOfB)
    }

    /// Asserts both runs look the same; returns both outlines.
    @discardableResult
    private func assertOverlappedRunIsLikeInLine(
        _ collection: Collection, configure: (inout RunOptions) -> Void = { _ in },
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> (inLine: Outline, overlapped: Outline) {
        server.clearReceivedRequests()
        let inLine = try outline(collection, overlap: false, configure: configure)
        server.clearReceivedRequests()
        let overlapped = try outline(collection, overlap: true, configure: configure)
        XCTAssertEqual(overlapped.sent, inLine.sent, "requests", file: file, line: line)
        XCTAssertEqual(overlapped.console, inLine.console, "console", file: file, line: line)
        XCTAssertEqual(overlapped.events, inLine.events, "events", file: file, line: line)
        XCTAssertEqual(overlapped.failures, inLine.failures, "failures", file: file, line: line)
        XCTAssertEqual(overlapped.environment, inLine.environment, "environment", file: file, line: line)
        return (inLine, overlapped)
    }

    /// How many requests the server had received at each assertion of item `a`: 2 means item `b`'s
    /// request went out while `a`'s test scripts ran.
    private func requestsSeenDuringTestsOfA(_ collection: Collection) throws -> [Int] {
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        options.overlapResponseLimitMilliseconds = .infinity
        options.environment = VariableFile(id: "e", name: "e", variables: [], json: .null)
        var seen: [Int] = []
        let server = self.server!
        let runner = Runner(options: options) { event in
            if case .assertion(_, let item) = event, item.name == "a" {
                seen.append(server.receivedRequests.count)
            }
        }
        _ = try runner.run()
        return seen
    }

    func testAPrerequestScriptsSetNextRequestIsFollowedWhenTheTestScriptsCouldOverlap() throws {
        for next in ["pm.execution.setNextRequest('c');", "postman.setNextRequest(null);"] {
            let collection = try collection(
                """
                {"info": {"name": "t"}, "item": [
                  {"name": "a", "request": "{{base}}/get?i=a", "event": [\(event("prerequest", [next])), \(passingTest)]},
                  {"name": "b", "request": "{{base}}/get?i=b"},
                  {"name": "c", "request": "{{base}}/get?i=c"}
                ]}
                """)
            try assertOverlappedRunIsLikeInLine(collection)
        }
    }

    func testAGraphQLVariablesKeyIsReadByTheNextRequest() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": [\(event("test", [
                "pm.test('ok', () => {});", "pm.environment.set('field', 'id');"]))]},
              {"name": "b", "request": {"url": "{{base}}/post", "method": "POST", "body": {"mode": "graphql",
                "graphql": {"query": "query Q($id: ID) { x }", "variables": {"{{field}}": 7}}}}}
            ]}
            """)
        try assertOverlappedRunIsLikeInLine(collection)
    }

    func testAScriptThatChangesAScopeThroughItsInternalsRunsInLine() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": [\(event("test", [
                "pm.test('ok', () => {});",
                "pm.environment._dirty = true; pm.environment._values.push({key: 'n', value: '2'});"]))]},
              {"name": "b", "request": "{{base}}/get?n={{n}}"}
            ]}
            """)
        try assertOverlappedRunIsLikeInLine(collection)
    }

    func testOnlyScriptsThatNameNoWayToChangeTheRunOverlapEvenInsideStringsAndComments() throws {
        let cases: [(String, Bool)] = [
            ("pm.environment.set('x', '1');", true),
            (#"var s = '.set("'; pm.environment.clear(); '")';"#, false),
            (#"/* .set(" */ pm.execution.setNextRequest(null); /* ") */"#, false),
            ("pm.environment._values.length = 0; pm.environment._dirty = true;", false),
            ("pm.variables._layers[2]._find('n').value = '3'; pm.environment.set('unread', '1');", false),
            ("__courier_cookieJar(JSON.stringify({operation: 'clear'}));", false),
            ("pm.environment.__proto__['se' + 't'].call(pm.environment, 'n', '2');", false),
        ]
        for (script, overlaps) in cases {
            server.clearReceivedRequests()
            let collection = try collection(
                """
                {"info": {"name": "t"}, "item": [
                  {"name": "a", "request": "{{base}}/get", "event": [\(event("test", ["pm.test('a', () => {});", script]))]},
                  {"name": "b", "request": "{{base}}/get?n={{n}}"}
                ]}
                """)
            XCTAssertEqual(try requestsSeenDuringTestsOfA(collection).first, overlaps ? 2 : 1, script)
        }
    }

    func testAnOverlappedItemsOutputIsMaskedWithTheSecretsASequentialRunKnowsThen() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": [\(event("test", [
                "pm.test('ok', () => {});", "console.log(pm.environment.get('pw'));"]))]},
              {"name": "b", "request": {"url": "{{base}}/get", "auth": {"type": "basic", "basic": [
                {"key": "username", "value": "u"}, {"key": "password", "value": "{{pw}}"}]}}}
            ]}
            """)
        func secretKnownAtConsoleOfA(overlap: Bool) throws -> [Bool] {
            var options = RunOptions(
                collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
            options.overlapScripts = overlap
            options.overlapResponseLimitMilliseconds = .infinity
            options.environment = VariableFile(
                id: "e", name: "e", variables: [Variable(key: "pw", value: .string("hunter2"))], json: .null)
            let runner = Runner(options: options)
            var known: [Bool] = []
            runner.observer = { [unowned runner] event in
                if case .console(_, let item) = event, item.name == "a" {
                    known.append(runner.secretValues.contains("hunter2"))
                }
            }
            _ = try runner.run()
            return known
        }
        XCTAssertEqual(try secretKnownAtConsoleOfA(overlap: false), [false])
        XCTAssertEqual(
            try secretKnownAtConsoleOfA(overlap: true), [false],
            "b's password becomes a secret when b is sent, after a's console line in a sequential run")
    }

    func testOverlappedRunsMatchInLineRunsAcrossDataRowsFoldersExamplesRetriesErrorsSkipsAndJumps() throws {
        let shared = event(
            "test",
            [
                "pm.test('status ' + pm.info.requestName, () => pm.expect(pm.response.code).to.be.below(400));",
                "console.log(pm.info.requestName, pm.iterationData.get('row'), pm.cookies.get('c'));",
                "pm.environment.set('last', pm.info.requestName);",
            ])
        let collection = try collection(
            """
            {"info": {"name": "t"}, "event": [\(shared)], "item": [
              {"name": "a", "request": "{{base}}/cookies/set?c={{row}}"},
              {"name": "f", "item": [
                {"name": "b", "request": "{{base}}/get?row={{row}}"},
                {"name": "c", "request": "{{base}}/status/404", "response": [{"name": "ok", "code": 200}]},
                {"name": "d", "request": "{{base}}/status/503"}
              ]},
              {"name": "e", "request": "http://127.0.0.1:1/never"},
              {"name": "g", "request": "{{base}}/get?g=1", "event": [\(event("prerequest", [
                "if (pm.iterationData.get('row') === 'r1') { pm.execution.skipRequest(); }"]))]},
              {"name": "h", "request": "{{base}}/get?h=1", "event": [\(event("test", [
                "if (!pm.environment.get('jumped')) { pm.environment.set('jumped', '1'); pm.execution.setNextRequest('b'); }"]))]},
              {"name": "i", "request": "{{base}}/get?last={{last}}"}
            ]}
            """)
        let rows: [JSONObject] = ["r0", "r1", "r2"].map { ["row": .string($0)] }
        let runs = try assertOverlappedRunIsLikeInLine(collection) {
            $0.iterationData = rows
            $0.checkExamples = true
            $0.retries = 1
            $0.retryDelay = 0
        }
        XCTAssertEqual(runs.inLine.requestsAtFirstAssertionOfB, 3, "a (and its redirect), b")
        XCTAssertEqual(runs.overlapped.requestsAtFirstAssertionOfB, 4, "c went out while b's tests ran")
        try assertOverlappedRunIsLikeInLine(collection) {
            $0.iterationData = rows
            $0.folders = ["f"]
        }
        try assertOverlappedRunIsLikeInLine(collection) {
            $0.iterationData = rows
            $0.parallel = 2
        }
    }
}

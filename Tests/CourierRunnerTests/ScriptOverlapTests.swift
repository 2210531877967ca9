import CourierModel
import CourierRunner
import Foundation
import XCTest

/// A test script that cannot affect the next request runs while that request is on the wire; the
/// run's results and events are the same as when every script finishes first.
final class ScriptOverlapTests: RunnerTestCase {
    /// A run as its observer saw it: every event described, and at each assertion event how many
    /// requests the server had received by then (more than a sequential run had sent means the
    /// next request went out while that item's tests were still running).
    private struct ObservedRun {
        var summary: RunSummary
        var events: [String] = []
        var seen: [(item: String, assertion: String, requests: Int)] = []

        /// The request counts seen at the assertions of `item`.
        func requests(during item: String) -> [Int] { seen.filter { $0.item == item }.map(\.requests) }
    }

    /// Runs `collection` with overlap on and no response-time limit (a busy machine must not
    /// change the outcome), adjusted by `configure`, counting the server's requests at each assertion.
    private func observedRun(
        _ collection: Collection, configure: (inout RunOptions) -> Void = { _ in }
    ) throws -> ObservedRun {
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        options.overlapScripts = true
        options.overlapResponseLimitMilliseconds = .infinity
        configure(&options)
        let server = self.server!
        server.clearReceivedRequests()
        var events: [String] = []
        var seen: [(item: String, assertion: String, requests: Int)] = []
        let runner = Runner(options: options) { event in
            events.append(ParallelRunnerTests.describe(event))
            if case .assertion(let assertion, let item) = event {
                seen.append((item.name, assertion.name, server.receivedRequests.count))
            }
        }
        return ObservedRun(summary: try runner.run(), events: events, seen: seen)
    }

    /// `observedRun`'s request counts at the assertions of item `a`: 2 means item `b`'s request
    /// went out while `a`'s tests ran.
    private func requestsSeenDuringTestsOfA(
        _ collection: Collection, overlap: Bool = true
    ) throws -> (RunSummary, [Int]) {
        let run = try observedRun(collection) { $0.overlapScripts = overlap }
        return (run.summary, run.requests(during: "a"))
    }

    private var passingTest: String {
        events(test: ["pm.test('ok', () => pm.response.to.have.status(200));"])
    }

    func testAnIndependentTestScriptRunsWhileTheNextRequestIsSent() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get?n=1", "event": \(passingTest)},
              {"name": "b", "request": "{{base}}/get?n=2"}
            ]}
            """)
        let (overlapped, seenOverlapped) = try requestsSeenDuringTestsOfA(collection)
        XCTAssertEqual(seenOverlapped, [2])
        XCTAssertEqual(overlapped.stats.assertions, StatCounter(total: 1, failed: 0))
        server.clearReceivedRequests()
        let (_, seenInLine) = try requestsSeenDuringTestsOfA(collection, overlap: false)
        XCTAssertEqual(seenInLine, [1], "--no-script-overlap: the test finishes before the next request")
    }

    func testAScriptThatWritesVariablesFinishesBeforeTheNextRequest() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "pm.test('ok', () => pm.response.to.have.status(200));", "pm.environment.set('n', '2');"]))},
              {"name": "b", "request": "{{base}}/get?n={{n}}"}
            ]}
            """)
        let (summary, seen) = try requestsSeenDuringTestsOfA(collection)
        XCTAssertEqual(seen, [1])
        XCTAssertEqual(try echo(summary.executions[1])["args"]?["n"]?.stringValue, "2")
    }

    func testTheNextItemsPrerequestScriptWaitsForTheTestScript() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(passingTest)},
              {"name": "b", "request": "{{base}}/get", "event": \(events(prerequest: ["console.log('b');"]))}
            ]}
            """)
        XCTAssertEqual(try requestsSeenDuringTestsOfA(collection).1, [1])
    }

    func testBailKeepsEveryScriptInLine() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/status/500", "event": \(passingTest)},
              {"name": "b", "request": "{{base}}/get"}
            ]}
            """)
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        options.bail = true
        let summary = try Runner(options: options).run()
        XCTAssertEqual(summary.executions.map(\.item.name), ["a"], "b must not be sent after a's failure")
        XCTAssertEqual(server.receivedRequests.count, 1)
    }

    func testOverlappedAndInLineRunsGiveTheSameEventsAndFailures() throws {
        let test = events(test: [
            "pm.test('status ' + pm.info.requestName, () => pm.response.to.have.status(200));",
            "pm.test('json', () => pm.expect(pm.response.json()).to.be.an('object'));",
            "console.log('tested', pm.info.requestName, pm.environment.get('who'));",
            "if (pm.info.requestName === 'c') { undefinedFunction(); }",
        ])
        let collection = try collection(
            """
            {"info": {"name": "t"}, "event": \(test), "item": [
              {"name": "a", "request": "{{base}}/get?x=1", "event": \(test)},
              {"name": "f", "item": [
                {"name": "b", "request": "{{base}}/status/404"},
                {"name": "c", "request": "{{base}}/get"},
                {"name": "refused", "request": "http://127.0.0.1:1/never"}
              ]},
              {"name": "d", "request": {"url": "{{base}}/post", "method": "POST", "body": {"mode": "raw", "raw": "{{who}}"}}}
            ]}
            """)
        func outline(overlap: Bool) throws -> ([String], [String], [String], [Int]) {
            let run = try observedRun(collection) {
                $0.overlapScripts = overlap
                $0.environment = VariableFile(
                    id: "e", name: "e", variables: [Variable(key: "who", value: .string("me"))], json: .null)
                $0.iterationCount = 2
            }
            return (
                run.events,
                run.summary.failures.map {
                    "\($0.at) \($0.item.name) \($0.cursor.iteration) \($0.error.message)"
                },
                run.summary.executions.map {
                    "\($0.item.name) \($0.assertions.count) \($0.console.map(\.message))"
                },
                run.seen.map(\.requests)
            )
        }
        let inLine = try outline(overlap: false)
        let overlapped = try outline(overlap: true)
        XCTAssertEqual(overlapped.0, inLine.0)
        XCTAssertEqual(overlapped.1, inLine.1)
        XCTAssertEqual(overlapped.2, inLine.2)
        XCTAssertTrue(
            zip(overlapped.3, inLine.3).contains { $0 > $1 },
            "some test scripts overlapped the next request: \(overlapped.3) vs \(inLine.3)")
        XCTAssertEqual(
            inLine.1.count, 2 * 5,
            "per iteration: b's status, c's error, the refused request and its two assertions")
    }

    func testAHiddenVariableWriteIsTakenInLateWithAWarningAndStopsOverlapping() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "pm.test('ok', () => pm.response.to.have.status(200));",
                "var scope = pm.environment, name = 'se' + 't'; scope[name]('n', '2');"]))},
              {"name": "b", "request": "{{base}}/get?n={{n}}", "event": \(passingTest)},
              {"name": "c", "request": "{{base}}/get?n={{n}}"}
            ]}
            """)
        let summary = try run(collection) {
            $0.environment = VariableFile(id: "e", name: "e", variables: [], json: .null)
            $0.overlapResponseLimitMilliseconds = .infinity
        }
        let warning = try XCTUnwrap(summary.executions[0].console.first)
        XCTAssertEqual(warning.level, "warn")
        XCTAssertTrue(warning.message.contains("--no-script-overlap"), warning.message)
        XCTAssertEqual(
            try echo(summary.executions[1])["args"]?["n"]?.stringValue, "{{n}}", "b went out before the write"
        )
        XCTAssertEqual(try echo(summary.executions[2])["args"]?["n"]?.stringValue, "2")
        XCTAssertEqual(summary.environment?.variables.first { $0.key == "n" }?.value?.stringValue, "2")
    }

    func testOnlyScriptsThatNameNoWayToChangeTheRunOverlap() throws {
        let cases: [(String, Bool)] = [
            ("pm.test('ok', () => pm.expect(pm.response.json().args).to.be.an('object'));", true),
            ("tests['ok'] = responseCode.code === 200; console.log(pm.environment.get('x'));", true),
            ("pm.test('reset', () => pm.expect(pm.cookies.has('a')).to.be.false);", true),
            ("pm.environment.set('x', pm.response.json().args.n); pm.variables.unset(\"y\");", true),
            ("pm.environment.set('x' + 1, '1');", false),
            ("pm.environment.clear();", false),
            ("var set = pm.environment.set; set('x', '1');", false),
            ("pm.environment.set.call(pm.environment, 'x', '1');", false),
            ("pm.environment['set']('x', '1');", false),
            ("pm.environment.\\u0073et('x', '1');", false),
            ("postman.setEnvironmentVariable('x', '1');", false),
            ("pm.execution.setNextRequest(null);", false),
            ("pm.sendRequest('http://127.0.0.1:1', () => {});", false),
            ("eval(pm.globals.get('helpers'));", false),
            ("pm.test('clear cache', () => {});", false),
        ]
        for (script, overlaps) in cases {
            server.clearReceivedRequests()
            let collection = try collection(
                """
                {"info": {"name": "t"}, "item": [
                  {"name": "a", "request": "{{base}}/get", "event": \(events(test: ["pm.test('a', () => {});", script]))},
                  {"name": "b", "request": "{{base}}/get"}
                ]}
                """)
            let seen = try requestsSeenDuringTestsOfA(collection).1.first
            XCTAssertEqual(seen, overlaps ? 2 : 1, script)
        }
    }

    func testAWriteTheNextRequestDoesNotReadOverlapsAndIsTakenIn() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "pm.test('ok', () => pm.response.to.have.status(200));",
                "pm.collectionVariables.set('later', 'from a');"]))},
              {"name": "b", "request": "{{base}}/get?n={{n}}"},
              {"name": "c", "request": "{{base}}/get?later={{later}}"}
            ]}
            """)
        let (summary, seen) = try requestsSeenDuringTestsOfA(collection)
        XCTAssertEqual(seen, [2])
        XCTAssertEqual(try echo(summary.executions[2])["args"]?["later"]?.stringValue, "from a")
        XCTAssertTrue(summary.executions[0].console.isEmpty)
    }

    func testAWriteTheNextRequestReadsThroughAnotherVariableRunsInLine() throws {
        var collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "pm.test('ok', () => pm.response.to.have.status(200));", "pm.environment.set('inner', 'new');"]))},
              {"name": "b", "request": "{{base}}/get?outer={{outer}}"}
            ]}
            """)
        collection.variables.append(Variable(key: "outer", value: .string("({{inner}})")))
        let (summary, seen) = try requestsSeenDuringTestsOfA(collection)
        XCTAssertEqual(seen, [1])
        XCTAssertEqual(try echo(summary.executions[1])["args"]?["outer"]?.stringValue, "(new)")
    }

    func testAHiddenWriteTheNextRequestDoesNotReadNeedsNoWarning() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "pm.test('ok', () => pm.response.to.have.status(200));",
                "var scope = pm.environment, name = 'se' + 't'; scope[name]('unread', '2');"]))},
              {"name": "b", "request": "{{base}}/get?n={{n}}", "event": \(passingTest)}
            ]}
            """)
        let (summary, seen) = try requestsSeenDuringTestsOfA(collection)
        XCTAssertEqual(seen, [2])
        XCTAssertTrue(summary.executions[0].console.isEmpty)
    }

    func testASlowResponseKeepsTheTestScriptInLine() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/delay-ms/80", "event": \(passingTest)},
              {"name": "b", "request": "{{base}}/get"}
            ]}
            """)
        // The default limit: 50 ms.
        let seen = try observedRun(collection) { $0.overlapResponseLimitMilliseconds = 50 }.requests(
            during: "a")
        XCTAssertEqual(seen, [1], "after a response slower than 50 ms the results are not held back")
    }

    func testADataDrivenRunOverlapsAcrossIterationsWithTheSameResults() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get?row={{name}}", "event": \(events(test: [
                "pm.test('row ' + pm.iterationData.get('name'), () => pm.expect(pm.response.json().args.row).to.equal(pm.iterationData.get('name')));",
                "pm.test('even rows', () => pm.expect(pm.iterationData.get('n') % 2).to.equal(0));",
                "console.log('iteration', pm.info.iteration, pm.iterationData.get('name'));"]))}
            ]}
            """)
        let rows: [JSONObject] = (0..<4).map { ["name": .string("row\($0)"), "n": .number(JSONNumber($0))] }
        func outline(overlap: Bool) throws -> ([String], [String], [Int]) {
            let run = try observedRun(collection) {
                $0.iterationData = rows
                $0.overlapScripts = overlap
            }
            return (
                run.events, run.summary.failures.map { "\($0.cursor.iteration) \($0.error.message)" },
                run.seen.filter { $0.assertion.hasPrefix("row") }.map(\.requests)
            )
        }
        let inLine = try outline(overlap: false)
        let overlapped = try outline(overlap: true)
        XCTAssertEqual(overlapped.0, inLine.0)
        XCTAssertEqual(overlapped.1, inLine.1)
        XCTAssertEqual(inLine.2, [1, 2, 3, 4])
        XCTAssertEqual(
            overlapped.2, [2, 3, 4, 4], "each row's tests ran while the next row's request went out")
    }

    func testAScriptThatWritesVariablesDoesNotOverlapIntoTheNextIteration() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "pm.test('ok', () => {}); pm.environment.set('unread', '1');"]))}
            ]}
            """)
        let seen = try observedRun(collection) { $0.iterationCount = 2 }.requests(during: "a")
        XCTAssertEqual(seen, [1, 2])
    }
}

import CourierModel
import CourierRunner
import Foundation
import XCTest

/// How scripts affect a run: failures, errors, timeouts and flow control, as newman reports them.
final class ScriptFlowTests: RunnerTestCase {
    func testFailedAssertionsAndScriptErrorsAreFailuresAndTheRunGoesOn() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/status/404", "event": \(events(test: [
                "pm.test('is 200', () => pm.response.to.have.status(200));",
                "pm.test('is 404', () => pm.expect(pm.response.code).to.equal(404));",
                "undefinedFunction();"]))},
              {"name": "b", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions.count, 2)
        let assertions = summary.executions[0].assertions
        XCTAssertEqual(assertions.map(\.name), ["is 200", "is 404"])
        XCTAssertEqual(assertions[0].error?.name, "AssertionError")
        XCTAssertEqual(assertions[0].error?.message, "expected response to have status code 200 but got 404")
        XCTAssertNil(assertions[1].error)
        XCTAssertEqual(summary.executions[0].scriptErrors.first?.error.name, "ReferenceError")
        XCTAssertEqual(summary.failures.map(\.at), ["assertion:0 in test-script", "test-script"])
        XCTAssertEqual(summary.stats.assertions, StatCounter(total: 2, failed: 1))
        XCTAssertEqual(summary.stats.testScripts, StatCounter(total: 1, failed: 1))
    }

    func testScriptTimeoutStopsAnEndlessLoopAndTheRunGoesOn() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "loop", "request": "{{base}}/get", "event": \(events(test: ["while (true) {}"]))},
              {"name": "after", "request": "{{base}}/get", "event": \(events(test: ["pm.test('still running', () => {});"]))}
            ]}
            """)
        let started = Date()
        let summary = try run(collection) { $0.timeoutScript = 300 }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(summary.executions[0].scriptErrors.count, 1)
        XCTAssertTrue(summary.executions[0].scriptErrors[0].error.message.contains("timeout"), summary.executions[0].scriptErrors[0].error.message)
        XCTAssertEqual(summary.executions[1].assertions.map(\.passed), [true])
    }

    func testSetNextRequestNullEndsTheIterationButNotTheRun() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "first", "request": "{{base}}/get", "event": \(events(test: ["postman.setNextRequest(null);"]))},
              {"name": "second", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection) { $0.iterationCount = 2 }
        XCTAssertEqual(summary.executions.map(\.item.name), ["first", "first"])
    }

    func testBailStopsAfterAFailedAssertion() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "first", "request": "{{base}}/get", "event": \(events(test: ["pm.test('fails', () => pm.expect(1).to.equal(2));"]))},
              {"name": "second", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection) { $0.bail = true }
        XCTAssertEqual(summary.executions.count, 1)
        XCTAssertEqual(summary.executions[0].assertions.first?.error?.message, "expected 1 to equal 2")
        XCTAssertNotNil(summary.runError)
    }

    func testPrerequestErrorStillSendsTheRequest() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": [{"listen": "prerequest", "script": {"exec": ["throw new Error('broken')"]}}]}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions[0].response?.code, 200)
        XCTAssertEqual(summary.failures.first?.at, "prerequest-script")
        XCTAssertEqual(summary.failures.first?.error.message, "broken")
    }

    func testConsoleLinesAndAssertionsArriveInTheOrderTheScriptMadeThem() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "console.log('first');", "pm.test('one', () => {});", "console.log('between');",
                "pm.test('two', () => { console.log('inside two'); });", "console.info('last');"]))}
            ]}
            """)
        _ = try run(collection)
        let order = events.compactMap { event -> String? in
            switch event {
            case .console(let line, _): return line.message
            case .assertion(let assertion, _): return assertion.name
            default: return nil
            }
        }
        XCTAssertEqual(order, ["'first'", "one", "'between'", "'inside two'", "two", "'last'"])
    }
}

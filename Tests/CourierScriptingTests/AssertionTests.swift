import CourierModel
import CourierScripting
import XCTest

/// `pm.test`, `pm.expect` and legacy `tests[...]` produce assertions in newman's order and shape.
final class AssertionTests: XCTestCase {
    let engine = ScriptEngine()

    func testPassFailAndSkipAreRecordedInOrderWithIndexes() {
        let output = engine.run(
            """
            pm.test('passes', function () { pm.expect(1).to.equal(1); });
            pm.test('fails', function () { pm.expect(1).to.equal(2); });
            pm.test.skip('later', function () { throw new Error('never runs'); });
            pm.test('status', function () { pm.response.to.have.status(200); });
            """, input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.assertions.map(\.name), ["passes", "fails", "later", "status"])
        XCTAssertEqual(output.assertions.map(\.index), [0, 1, 2, 3])
        XCTAssertEqual(output.assertions.map(\.passed), [true, false, true, true])
        XCTAssertEqual(output.assertions[1].error?.name, "AssertionError")
        XCTAssertEqual(output.assertions[1].error?.message, "expected 1 to equal 2")
        XCTAssertTrue(output.assertions[2].skipped)
        XCTAssertEqual(output.assertions.map(\.event), ["test", "test", "test", "test"])
    }

    func testStatusFailureUsesChaiPostmanWording() {
        let output = engine.run(
            "pm.test('created', () => pm.response.to.have.status(201));", input: ScriptFixture.testInput())
        XCTAssertEqual(
            output.assertions.first?.error?.message, "expected response to have status code 201 but got 200")
    }

    func testExpectFailAndThrownErrorsFailTheTestWithTheirName() {
        let output = engine.run(
            """
            pm.test('explicit', function () { pm.expect.fail('nope'); });
            pm.test('type error', function () { var x; x.boom; });
            """, input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.assertions[0].error?.name, "AssertionError")
        XCTAssertEqual(output.assertions[0].error?.message, "nope")
        XCTAssertEqual(output.assertions[1].error?.name, "TypeError")
    }

    func testDoneCallbackCompletesAsynchronously() {
        let output = engine.run(
            """
            pm.test('async ok', function (done) { setTimeout(function () { done(); }, 1); });
            pm.test('async fail', function (done) { setTimeout(function () { done(new Error('late')); }, 1); });
            pm.test('sync', function () {});
            """, input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.assertions.map(\.name), ["sync", "async ok", "async fail"])
        XCTAssertEqual(output.assertions.map(\.index), [2, 0, 1])
        XCTAssertEqual(output.assertions[2].error?.message, "late")
    }

    func testPromiseReturningTestWaitsForSettlement() {
        let output = engine.run(
            """
            pm.test('resolves', function () { return new Promise(function (r) { setTimeout(r, 1); }); });
            pm.test('rejects', async function () { await null; throw new TypeError('bad'); });
            """, input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.assertions.map(\.name).sorted(), ["rejects", "resolves"])
        let rejected = output.assertions.first { $0.name == "rejects" }
        XCTAssertEqual(rejected?.error?.name, "TypeError")
        XCTAssertEqual(rejected?.error?.message, "bad")
        XCTAssertTrue(output.assertions.first { $0.name == "resolves" }?.passed ?? false)
    }

    func testLegacyTestsBecomeAssertionsAfterTheScript() {
        let output = engine.run(
            """
            pm.test('modern', function () {});
            tests['status is 200'] = responseCode.code === 200;
            tests['body has name'] = JSON.parse(responseBody).name === 'nope';
            """, input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.assertions.map(\.name), ["modern", "status is 200", "body has name"])
        XCTAssertEqual(output.assertions.map(\.index), [0, 1, 2])
        XCTAssertEqual(
            output.assertions[2].error,
            ErrorInfo(name: "AssertionError", message: "expected false to be truthy"))
    }

    func testLegacyGlobalsWarnOncePerExecution() {
        let script = "tests['a'] = true; tests['b'] = true; var c = responseCode.code;"
        let first = engine.run(script, input: ScriptFixture.testInput())
        XCTAssertEqual(
            first.console.map(\.message),
            [
                #"'Using "tests" is deprecated. Use "pm.test()" instead.'"#,
                #"'Using "responseCode" is deprecated. Use "pm.response.code" instead.'"#,
            ])
        XCTAssertEqual(first.console.first?.level, "warn")
        let second = engine.run(script, input: ScriptFixture.testInput())
        XCTAssertEqual(second.console.count, 2)
    }

    func testSandbox2HasNoLegacyGlobals() {
        let output = engine.run(
            "'use sandbox2';\npm.test('no legacy', function () { pm.expect(typeof tests).to.equal('undefined'); });",
            input: ScriptFixture.testInput())
        passedNames(output)
        XCTAssertEqual(output.assertions.count, 1)
    }
}

import CourierModel
import CourierScripting
import XCTest

/// Flow control, console, timers, `pm.sendRequest`, errors, timeouts and isolation between runs.
final class FlowTests: XCTestCase {
    let engine = ScriptEngine()

    func testSetNextRequestLastCallWins() {
        let output = engine.run(
            "postman.setNextRequest('A'); pm.execution.setNextRequest('B');", input: ScriptFixture.testInput()
        )
        XCTAssertEqual(output.nextRequest, .item("B"))
        XCTAssertEqual(
            engine.run(
                "pm.execution.setNextRequest('B'); postman.setNextRequest(null);",
                input: ScriptFixture.testInput()
            ).nextRequest, .stop)
        XCTAssertEqual(
            engine.run("pm.test('x', function () {});", input: ScriptFixture.testInput()).nextRequest,
            .unchanged)
    }

    func testSkipRequestOnlyInPrerequest() {
        let pre = engine.run("pm.execution.skipRequest();", input: ScriptFixture.prerequestInput())
        XCTAssertTrue(pre.skipRequest)
        assertNoError(pre)
        let test = engine.run("pm.execution.skipRequest();", input: ScriptFixture.testInput())
        XCTAssertFalse(test.skipRequest)
        XCTAssertEqual(test.error?.name, "TypeError")
    }

    func testExecutionLocationAndInfo() {
        let output = engine.run(
            """
            pm.test('location', () => {
              pm.expect(pm.execution.location.join('/')).to.equal('Folder/Get thing');
              pm.expect(pm.execution.location.current).to.equal('Get thing');
              pm.expect(pm.info.eventName).to.equal('test');
              pm.expect(pm.info.requestName).to.equal('Get thing');
              pm.expect(pm.info.requestId).to.equal('r1');
              pm.expect(pm.info.iterationCount).to.equal(1);
            });
            """, input: ScriptFixture.testInput())
        passedNames(output)
    }

    func testConsoleLinesAreFormattedLikeNewmansCLI() {
        let output = engine.run(
            """
            console.log('top is', '5');
            console.info({ a: 1, 'b-c': [true, null] });
            console.warn(42);
            console.error('it\\'s');
            console.debug(undefined, function named() {});
            """, input: ScriptFixture.testInput())
        XCTAssertEqual(
            output.console,
            [
                ConsoleLine(level: "log", message: "'top is', '5'"),
                ConsoleLine(level: "info", message: "{ a: 1, 'b-c': [ true, null ] }"),
                ConsoleLine(level: "warn", message: "42"),
                ConsoleLine(level: "error", message: "\"it's\""),
                ConsoleLine(level: "debug", message: "undefined, [Function: named]"),
            ])
    }

    func testTimersRunInDueOrderAfterTheScript() {
        let output = engine.run(
            """
            var order = [];
            setTimeout(function () { order.push('t100'); }, 100);
            setTimeout(function () { order.push('t0'); }, 0);
            setImmediate(function () { order.push('immediate'); });
            var cancelled = setTimeout(function () { order.push('cancelled'); }, 1);
            clearTimeout(cancelled);
            var n = 0, iv = setInterval(function () { order.push('i' + (++n)); if (n === 2) { clearInterval(iv); } }, 2);
            Promise.resolve().then(function () { order.push('micro'); });
            order.push('sync');
            setTimeout(function () { console.log(order.join(' ')); }, 150);
            """, input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.console.first?.message, "'sync micro immediate t0 i1 i2 t100'")
    }

    func testSendRequestCallbackAndPromise() {
        let engine = ScriptEngine(sendRequest: { request in
            if request["url"]?.stringValue == "http://fail.test/" {
                return .failure(ErrorInfo(name: "Error", message: "connect ECONNREFUSED"))
            }
            let echoed = JSONWriter.string(request)
            return .success([
                "code": 201, "status": "Created",
                "header": [["key": "Content-Type", "value": "application/json"]],
                "body": .string(echoed), "responseTime": 3,
                "responseSize": .number(JSONNumber(echoed.utf8.count)),
            ])
        })
        let output = engine.run(
            """
            pm.sendRequest({ url: 'http://echo.test/post', method: 'post', header: { 'X-A': '1' }, body: { mode: 'raw', raw: 'hi' } },
              function (err, res) {
                pm.test('callback', () => {
                  pm.expect(err).to.equal(null);
                  pm.expect(res.code).to.equal(201);
                  var sent = res.json();
                  pm.expect(sent.method).to.equal('POST');
                  pm.expect(sent.header[0].key).to.equal('X-A');
                  pm.expect(sent.body.raw).to.equal('hi');
                  pm.expect(res.headers.get('content-type')).to.equal('application/json');
                });
              });
            pm.sendRequest('http://echo.test/get').then(function (res) {
              pm.test('promise', () => pm.expect(res.json().url).to.equal('http://echo.test/get'));
            });
            pm.sendRequest('http://fail.test/', function (err, res) {
              pm.test('error', () => { pm.expect(err.message).to.equal('connect ECONNREFUSED'); pm.expect(res).to.equal(undefined); });
            });
            pm.test('sync first', () => {});
            """, input: ScriptFixture.testInput())
        XCTAssertEqual(passedNames(output), ["sync first", "callback", "promise", "error"])
    }

    func testUncaughtErrorsCarryNameMessageAndLine() {
        let output = engine.run("var a = 1;\nvar x;\nx.boom;", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.name, "TypeError")
        XCTAssertTrue(output.error?.message.contains("boom") ?? false, output.error?.message ?? "")
        XCTAssertTrue(
            output.error?.stack?.contains("test-script:3") ?? false, output.error?.stack ?? "no stack")
        let thrown = engine.run("throw new RangeError('too far');", input: ScriptFixture.testInput())
        XCTAssertEqual(
            thrown.error, ErrorInfo(name: "RangeError", message: "too far", stack: thrown.error?.stack))
    }

    func testAssertionsBeforeAnErrorAreKept() {
        let output = engine.run(
            "pm.test('first', function () {});\nundefinedFunction();", input: ScriptFixture.testInput())
        XCTAssertEqual(output.assertions.map(\.name), ["first"])
        XCTAssertEqual(output.error?.name, "ReferenceError")
    }

    func testErrorInATimerCallbackIsTheScriptError() {
        let output = engine.run(
            "setTimeout(function () { throw new Error('later'); }, 1);", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.message, "later")
    }

    func testSyntaxErrorIsReportedWithoutRunning() {
        let output = engine.run("pm.environment.set('a', 1);\nvar = ;", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.name, "SyntaxError")
        XCTAssertEqual(output.environment, [])
        XCTAssertEqual(ScriptSyntaxChecker.check("var a = 1;\nif (")?.line, 2)
        XCTAssertNil(ScriptSyntaxChecker.check("return 0;"))
    }

    func testTopLevelReturnIsNotAnError() {
        let output = engine.run(
            "return 0;\npm.test('never', function () {});", input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.assertions, [])
    }

    func testRequireReportsMissingModules() {
        for name in ["left-pad", "lodash3"] {
            let output = engine.run("require('\(name)');", input: ScriptFixture.testInput())
            XCTAssertEqual(
                output.error,
                ErrorInfo(name: "Error", message: "Cannot find module '\(name)'", stack: output.error?.stack), name)
        }
    }

    func testBundledModulesAndLegacyLibraryGlobals() {
        let output = engine.run(
            """
            pm.test('lodash', () => pm.expect(require('lodash').chunk([1, 2, 3], 2)).to.eql([[1, 2], [3]]));
            pm.test('moment', () => pm.expect(require('moment').utc(0).format('YYYY-MM-DD')).to.equal('1970-01-01'));
            pm.test('crypto-js', () => pm.expect(CryptoJS.SHA256('abc').toString()).to.match(/^ba7816bf/));
            pm.test('lodash 3 global', () => pm.expect(_.capitalize('hELLO')).to.equal('HELLO'));
            pm.test('Buffer', () => pm.expect(Buffer.from('hi').toString('base64')).to.equal('aGk='));
            pm.test('Sugar', () => pm.expect('abc'.has('b')).to.be.true);
            pm.test('ajv', () => { const Ajv = require('ajv'); pm.expect(new Ajv().validate({ type: 'string' }, 1)).to.be.false; });
            """, input: ScriptFixture.testInput())
        assertNoError(output)
        XCTAssertEqual(output.assertions.filter { !$0.passed }.map { "\($0.name): \($0.error?.message ?? "")" }, [])
        XCTAssertEqual(output.assertions.count, 7)
    }

    func testStateDoesNotLeakBetweenRuns() {
        let first = engine.run(
            "leaked = 1; var local = 2; globalThis.other = 3; tests['x'] = true; pm.environment.set('a', 1);",
            input: ScriptFixture.testInput())
        XCTAssertEqual(first.assertions.count, 1)
        let second = engine.run(
            """
            pm.test('clean', function () {
              pm.expect(typeof leaked).to.equal('undefined');
              pm.expect(typeof local).to.equal('undefined');
              pm.expect(typeof other).to.equal('undefined');
              pm.expect(Object.keys(tests).length).to.equal(0);
              pm.expect(pm.environment.get('a')).to.equal(undefined);
            });
            """, input: ScriptFixture.testInput())
        passedNames(second)
        let pre = engine.run(
            "pm.test('no response globals', () => { pm.expect(typeof responseBody).to.equal('undefined'); pm.expect(typeof pm.response).to.equal('undefined'); });",
            input: ScriptFixture.prerequestInput())
        passedNames(pre)
    }

    func testInfiniteLoopTimesOutAndTheEngineStaysUsable() {
        let engine = ScriptEngine(timeoutMilliseconds: 200)
        let stuck = engine.run(
            "pm.test('before', function () {});\nwhile (true) {}", input: ScriptFixture.testInput())
        XCTAssertEqual(
            stuck.error, ErrorInfo(name: "Error", message: "sandbox: synchronous script execution timeout"))
        XCTAssertEqual(stuck.assertions.map(\.name), ["before"])
        let next = engine.run(
            "pm.test('after', function () { pm.expect(1).to.equal(1); });", input: ScriptFixture.testInput())
        XCTAssertEqual(passedNames(next), ["after"])
    }

    func testPendingDoneWithNothingLeftToWaitForIsAnAsyncTimeout() {
        let output = engine.run(
            "pm.test('never done', function (done) {});", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.message, "sandbox: asynchronous script execution timeout")
    }

    func testVisualizer() {
        let output = engine.run(
            "pm.visualizer.set('<b>{{x}}</b>', { x: 1 });", input: ScriptFixture.testInput())
        XCTAssertEqual(output.visualizer?["template"], "<b>{{x}}</b>")
        XCTAssertEqual(output.visualizer?["data"], ["x": 1])
    }

    func testBufferBasics() {
        let output = engine.run(
            """
            pm.test('buffer', () => {
              pm.expect(Buffer.from('postman:password').toString('base64')).to.equal('cG9zdG1hbjpwYXNzd29yZA==');
              pm.expect(Buffer.from('aGk=', 'base64').toString()).to.equal('hi');
              pm.expect(Buffer.from('é').toString('hex')).to.equal('c3a9');
              pm.expect(Buffer.from('c3a9', 'hex').toString('utf8')).to.equal('é');
              pm.expect(Buffer.byteLength('é')).to.equal(2);
            });
            """, input: ScriptFixture.testInput())
        passedNames(output)
    }

    func testBase64Helpers() {
        let output = engine.run(
            "pm.test('b64', () => { pm.expect(btoa('postman:password')).to.equal('cG9zdG1hbjpwYXNzd29yZA=='); pm.expect(atob('aGk=')).to.equal('hi'); });",
            input: ScriptFixture.testInput())
        passedNames(output)
    }
}

/// Timeouts of asynchronous work, on an engine with `--timeout-script`.
final class AsyncTimeoutTests: XCTestCase {
    func testEndlessIntervalHitsTheAsynchronousTimeout() {
        let engine = ScriptEngine(timeoutMilliseconds: 100)
        let output = engine.run(
            "pm.test('sync', function () {});\nsetInterval(function () {}, 10);",
            input: ScriptFixture.testInput())
        XCTAssertEqual(
            output.error, ErrorInfo(name: "Error", message: "sandbox: asynchronous script execution timeout"))
        XCTAssertEqual(output.assertions.map(\.name), ["sync"])
        let next = engine.run(
            "setTimeout(function () { pm.test('timer', function () {}); }, 1);",
            input: ScriptFixture.testInput())
        XCTAssertEqual(passedNames(next), ["timer"])
    }

    func testEndlessLoopInATimerCallbackIsStopped() {
        let engine = ScriptEngine(timeoutMilliseconds: 100)
        let output = engine.run(
            "setTimeout(function () { for (;;) {} }, 0);", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.message, "sandbox: synchronous script execution timeout")
        XCTAssertNil(engine.run("var a = 1;", input: ScriptFixture.testInput()).error)
    }
}

/// Promise rejections nobody handles end the script like an uncaught throw.
final class UnhandledRejectionTests: XCTestCase {
    func testUnhandledRejectionIsTheScriptError() {
        let engine = ScriptEngine()
        let output = engine.run(
            "Promise.reject(new TypeError('nobody listens'));", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.name, "TypeError")
        XCTAssertEqual(output.error?.message, "nobody listens")
        let handled = engine.run(
            "Promise.reject(new Error('x')).catch(function () {});", input: ScriptFixture.testInput())
        XCTAssertNil(handled.error)
    }
}

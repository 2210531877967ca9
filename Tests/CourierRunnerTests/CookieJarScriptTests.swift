import CourierHTTP
import CourierModel
import CourierRunner
import Foundation
import XCTest

/// `pm.cookies.jar()`: scripts read and change the run's own cookie jar, the one requests are sent from.
final class CookieJarScriptTests: RunnerTestCase {
    /// An item's `event` array with one script per listen (`prerequest` or `test`).
    /// The first script lines: `jar` and `url` (the test server's `/cookies`).
    private let setUp = "var jar = pm.cookies.jar(), url = pm.variables.get('base') + '/cookies';"

    /// Every assertion of the run passed, no script failed, and the assertions are `names`.
    private func assertPassed(
        _ summary: RunSummary, _ names: [String], file: StaticString = #filePath, line: UInt = #line
    ) {
        let assertions = summary.executions.flatMap(\.assertions)
        XCTAssertEqual(assertions.map(\.name), names, file: file, line: line)
        for assertion in assertions where assertion.error != nil {
            XCTFail("\(assertion.name): \(assertion.error?.message ?? "")", file: file, line: line)
        }
        for error in summary.executions.flatMap(\.scriptErrors) {
            XCTFail("script error: \(error.error.name): \(error.error.message)", file: file, line: line)
        }
    }

    func testACookieSetInAPreRequestScriptIsSentWithThatRequest() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "r", "request": "{{base}}/cookies", "event": \(events(prerequest: [setUp,
                "jar.set(url, 'flavour', 'oat', function (error, cookie) {",
                "  pm.test('set', function () {",
                "    pm.expect(error).to.equal(null);",
                "    pm.expect(cookie).to.include({ name: 'flavour', value: 'oat', domain: '127.0.0.1', path: '/',",
                "      hostOnly: true, secure: false, httpOnly: false });",
                "  });",
                "});"]))}
            ]}
            """)
        let summary = try run(collection)
        assertPassed(summary, ["set"])
        XCTAssertEqual(try echo(summary.executions[0])["cookies"]?["flavour"], "oat")
    }

    func testACookieSetInATestScriptIsSentWithLaterRequestsAndExported() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "first", "request": "{{base}}/get", "event": \(events(test: [setUp,
                "jar.set(url, { name: 'token', value: 'abc', httpOnly: true });",
                "jar.set(url, 'plain=1; Path=/');"]))},
              {"name": "second", "request": "{{base}}/cookies"}
            ]}
            """)
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        // The default; a script naming the jar still runs before the next request.
        options.overlapScripts = true
        let runner = Runner(options: options)
        let summary = try runner.run()
        assertPassed(summary, [])
        let sent = try echo(summary.executions[1])["cookies"]
        XCTAssertEqual(sent?["token"], "abc")
        XCTAssertEqual(sent?["plain"], "1")
        let token = try XCTUnwrap(runner.cookies.first { $0.name == "token" })
        XCTAssertEqual(token.domain, "127.0.0.1")
        XCTAssertTrue(token.httpOnly)
        XCTAssertTrue(CookieJarFile.serialize(runner.cookies).contains(#""key":"token","value":"abc""#))
    }

    func testGetAndGetAllSeeTheCookiesTheServerSet() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "set", "request": "{{base}}/cookies/set?a=1&b=2", "event": \(events(test: [setUp,
                "pm.test('get', function (done) {",
                "  jar.get(url, 'a', function (error, value) { pm.expect(error).to.equal(null); pm.expect(value).to.equal('1'); done(); });",
                "});",
                "pm.test('get of a missing cookie', function (done) {",
                "  jar.get(url, 'nope', function (error, value) { pm.expect(value).to.equal(null); done(); });",
                "});",
                "pm.test('getAll', function (done) {",
                "  jar.getAll(url, function (error, cookies) {",
                "    pm.expect(error).to.equal(null);",
                "    pm.expect(cookies.count()).to.equal(2);",
                "    pm.expect(cookies.toObject()).to.eql({ a: '1', b: '2' });",
                "    pm.expect(cookies.get('b')).to.equal('2');",
                "    pm.expect(cookies.idx(0)).to.include({ domain: '127.0.0.1', path: '/', hostOnly: true, session: true });",
                "    done();",
                "  });",
                "});",
                "pm.test('another host has none', function (done) {",
                "  jar.getAll('http://localhost.invalid/', function (error, cookies) { pm.expect(cookies.count()).to.equal(0); done(); });",
                "});"]))}
            ]}
            """)
        assertPassed(
            try run(collection), ["get", "get of a missing cookie", "getAll", "another host has none"])
    }

    func testUnsetRemovesOneCookieAndClearRemovesTheRest() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "set", "request": "{{base}}/cookies/set?a=1&b=2&c=3", "event": \(events(test: [setUp,
                "jar.unset(url, 'a', function (error) { pm.test('unset', function () { pm.expect(error).to.equal(null); }); });"]))},
              {"name": "after unset", "request": "{{base}}/cookies", "event": \(events(test: [setUp,
                "jar.clear(url, function (error) {",
                "  jar.getAll(url, function (e, cookies) { pm.test('cleared', function () { pm.expect(cookies.count()).to.equal(0); }); });",
                "});"]))},
              {"name": "after clear", "request": "{{base}}/cookies"}
            ]}
            """)
        let summary = try run(collection)
        assertPassed(summary, ["unset", "cleared"])
        let afterUnset = try echo(summary.executions[1])["cookies"]
        XCTAssertNil(afterUnset?["a"])
        XCTAssertEqual(afterUnset?["b"], "2")
        XCTAssertEqual(afterUnset?["c"], "3")
        XCTAssertEqual(try echo(summary.executions[2])["cookies"], .object(JSONObject()))
    }

    func testPathsExpiryAndReplacingFollowTheJarsRules() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "r", "request": "{{base}}/cookies", "event": \(events(prerequest: [setUp,
                "var base = pm.variables.get('base');",
                "jar.set(base + '/deep/page', 'deep', '1', function (e, cookie) {",
                "  pm.test('default path', function () { pm.expect(cookie.path).to.equal('/deep'); });",
                "});",
                "jar.set(url, { name: 'old', value: 'x', expires: new Date(Date.now() + 3600000) });",
                "jar.set(url, { name: 'old', value: 'gone', maxAge: 0 });",
                "jar.set(url, { name: 'kept', value: 'v1', path: '/' });",
                "jar.set(url, { name: 'kept', value: 'v2', path: '/' });",
                "jar.getAll(base + '/deep/x', function (e, cookies) {",
                "  pm.test('deep path sees it', function () { pm.expect(cookies.toObject()).to.eql({ deep: '1', kept: 'v2' }); });",
                "});",
                "jar.set(url, { name: 'secret', value: 's', secure: true, domain: '127.0.0.1' });",
                "jar.getAll('https://127.0.0.1/', function (e, cookies) {",
                "  pm.test('secure over https', function () { pm.expect(cookies.get('secret')).to.equal('s'); });",
                "});"]))}
            ]}
            """)
        let summary = try run(collection)
        assertPassed(summary, ["default path", "deep path sees it", "secure over https"])
        let sent = try echo(summary.executions[0])["cookies"]
        XCTAssertEqual(sent?["kept"], "v2")
        XCTAssertNil(sent?["old"], "a cookie set already expired removes the old one")
        XCTAssertNil(sent?["deep"], "/cookies is not under /deep")
    }

    func testBadArgumentsReachTheCallbackAsErrors() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "r", "request": "{{base}}/get", "event": \(events(test: [setUp,
                "function expectError(name, message) {",
                "  return function (error, result) {",
                "    pm.test(name, function () {",
                "      pm.expect(error).to.be.an('error');",
                "      pm.expect(error.message).to.equal(message);",
                "      pm.expect(result).to.equal(undefined);",
                "    });",
                "  };",
                "}",
                "jar.get('', 'a', expectError('no url', 'CookieJar.get() requires a valid url'));",
                "jar.getAll('http://bad host/', expectError('invalid url', 'CookieJar.getAll() requires a valid url'));",
                "jar.get(url, 42, expectError('name not a string', 'CookieJar.get() requires cookie name to be a string'));",
                "jar.set(url, { value: 'v' }, expectError('no name', 'CookieJar.set() requires a valid cookie: a cookie needs a name'));",
                "jar.set(url, undefined, expectError('nothing to set', 'CookieJar.set() requires a valid set cookie arguments'));",
                "jar.set(url, { name: 'x', value: 'y', domain: 'example.com' },",
                "  expectError('foreign domain', \"Cookie not in this host's domain. Cookie:example.com Request:127.0.0.1\"));",
                "jar.unset(url, null, expectError('unset without name', 'CookieJar.unset() requires cookie name to be a string'));",
                "jar.clear(null, expectError('clear without url', 'CookieJar.clear() requires a valid url'));",
                "pm.test('no callback throws', function () {",
                "  pm.expect(function () { jar.get(url, 'a'); }).to.throw(TypeError, 'CookieJar.get() requires a callback function');",
                "});"]))}
            ]}
            """)
        assertPassed(
            try run(collection),
            [
                "no callback throws", "no url", "invalid url", "name not a string", "no name",
                "nothing to set",
                "foreign domain", "unset without name", "clear without url",
            ])
    }

    func testCallbacksRunAfterTheScriptBodyAndTheScriptWaitsForThem() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "r", "request": "{{base}}/get", "event": \(events(test: [setUp,
                "var order = [];",
                "pm.test('waits for the jar', function (done) {",
                "  jar.set(url, 'x', '1', function () {",
                "    order.push('set callback');",
                "    jar.get(url, 'x', function (error, value) {",
                "      console.log('value', value);",
                "      pm.expect(order).to.eql(['body done', 'set callback']);",
                "      done();",
                "    });",
                "  });",
                "});",
                "order.push('body done');"]))}
            ]}
            """)
        let summary = try run(collection)
        assertPassed(summary, ["waits for the jar"])
        XCTAssertEqual(summary.executions[0].console.map(\.message), ["'value', '1'"])
    }

    func testTheJarWorksInAnItemWithCookiesDisabled() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "off", "request": "{{base}}/cookies", "protocolProfileBehavior": {"disableCookies": true},
               "event": \(events(prerequest: [setUp, "jar.set(url, 'flavour', 'oat');"]))},
              {"name": "on", "request": "{{base}}/cookies"}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(
            try echo(summary.executions[0])["cookies"], .object(JSONObject()),
            "this request sends no jar cookies")
        XCTAssertEqual(
            try echo(summary.executions[1])["cookies"]?["flavour"], "oat", "the jar itself was changed")
    }

    func testAJarReachedWithoutNamingItWhileOverlappingIsRefusedAndOverlappingStops() throws {
        // No word "jar" in the text: the test script overlaps the next request, so the jar must refuse.
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "a", "request": "{{base}}/get", "event": \(events(test: [
                "var hidden = pm.cookies['j' + 'ar']();",
                "pm.test('refused', function (done) {",
                "  hidden.getAll(pm.variables.get('base') + '/cookies', function (error) {",
                "    pm.expect(error.message).to.include('overlaps the next request'); done();",
                "  });",
                "});"]))},
              {"name": "b", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection) { $0.overlapResponseLimitMilliseconds = .infinity }
        assertPassed(summary, ["refused"])
        let warning = try XCTUnwrap(summary.executions[0].console.first)
        XCTAssertEqual(warning.level, "warn")
        XCTAssertTrue(warning.message.contains("cookie jar"), warning.message)
    }
}

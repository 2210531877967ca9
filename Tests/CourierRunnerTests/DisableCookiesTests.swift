import CourierModel
import CourierRunner
import XCTest

/// `protocolProfileBehavior.disableCookies`: the run's jar is neither sent nor updated.
final class DisableCookiesTests: RunnerTestCase {
    func testARequestWithCookiesDisabledNeitherSendsNorChangesTheJar() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "set", "request": "{{base}}/cookies/set?flavour=oat"},
              {"name": "off", "request": "{{base}}/cookies/set?extra=1",
               "protocolProfileBehavior": {"disableCookies": true}},
              {"name": "after", "request": "{{base}}/cookies"}
            ]}
            """)
        let summary = try run(collection)
        // /cookies/set redirects to /cookies, which echoes the cookies it received.
        XCTAssertEqual(try echo(summary.executions[0])["cookies"]?["flavour"], "oat")
        XCTAssertEqual(try echo(summary.executions[1])["cookies"], .object(JSONObject()))
        let after = try echo(summary.executions[2])["cookies"]
        XCTAssertEqual(after?["flavour"], "oat", "the jar keeps what it had")
        XCTAssertNil(after?["extra"], "the disabled request's Set-Cookie was not stored")
    }

    func testAFolderSettingAppliesToItsRequestsAndAnItemCanTurnCookiesBackOn() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "set", "request": "{{base}}/cookies/set?flavour=oat"},
              {"name": "f", "protocolProfileBehavior": {"disableCookies": true}, "item": [
                {"name": "inherits", "request": "{{base}}/cookies"},
                {"name": "overrides", "request": "{{base}}/cookies",
                 "protocolProfileBehavior": {"disableCookies": false}}
              ]}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertNil(try echo(summary.executions[1])["cookies"]?["flavour"])
        XCTAssertEqual(try echo(summary.executions[2])["cookies"]?["flavour"], "oat")
    }

    func testTheRequestsOwnCookieHeaderIsStillSent() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "set", "request": "{{base}}/cookies/set?flavour=oat"},
              {"name": "own", "request": {"url": "{{base}}/cookies", "header": [{"key": "Cookie", "value": "mine=1"}]},
               "protocolProfileBehavior": {"disableCookies": true}}
            ]}
            """)
        let summary = try run(collection)
        let cookies = try echo(summary.executions[1])["cookies"]
        XCTAssertEqual(cookies?["mine"], "1")
        XCTAssertNil(cookies?["flavour"])
    }

    func testTheCollectionLevelSettingTurnsTheJarOffForTheWholeRun() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "protocolProfileBehavior": {"disableCookies": true}, "item": [
              {"name": "set", "request": "{{base}}/cookies/set?flavour=oat"},
              {"name": "get", "request": "{{base}}/cookies"}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(try echo(summary.executions[1])["cookies"], .object(JSONObject()))
    }
}

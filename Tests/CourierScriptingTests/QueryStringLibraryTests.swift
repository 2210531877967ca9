import XCTest

@testable import CourierScripting

final class QueryStringLibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    func testParseAndStringifyLikeNode() {
        let cases: [(String, String)] = [
            (
                "return JSON.stringify(require('querystring').parse('a=1&b=2&a=3'));",
                #"{"a":["1","3"],"b":"2"}"#
            ),
            ("return JSON.stringify(require('querystring').parse('x=%20y+z&&c'));", #"{"x":" y z","c":""}"#),
            (
                "return JSON.stringify(require('querystring').parse('k=%zz&a:1', '&', ':'));",
                #"{"k=%zz":"","a":"1"}"#
            ),
            (
                "return require('querystring').stringify({a: [1, 2], b: \"x y!*()'\", c: null, d: true, e: {}});",
                "a=1&a=2&b=x%20y!*()'&c=&d=true&e="
            ),
            (
                "return require('querystring').stringify({'ä': '€'}) + ' ' + require('querystring').stringify({a: 1, b: 2}, ';', ':');",
                "%C3%A4=%E2%82%AC a:1;b:2"
            ),
            (
                "var qs = require('querystring'); return qs.escape('a b&') + ' ' + qs.unescape('%41%zz') + ' ' + (qs.decode === qs.parse);",
                "a%20b%26 A%zz true"
            ),
        ]
        assertModuleResults(harness, cases)
    }
}

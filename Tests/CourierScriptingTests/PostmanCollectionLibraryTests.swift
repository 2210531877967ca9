import XCTest

@testable import CourierScripting

final class PostmanCollectionLibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    func testUrl() {
        let cases: [(String, String)] = [
            (
                "var u = new (require('postman-collection').Url)('https://user:pw@postman-echo.com:8080/get/:id?a=1&b&c=x%20y#frag'); return [u.toString(), u.getHost(), u.getPath(), u.getQueryString(), u.query.get('a'), u.query.count(), u.port, u.auth.user].join('|');",
                "https://user:pw@postman-echo.com:8080/get/:id?a=1&b&c=x%20y#frag|postman-echo.com|/get/:id|a=1&b&c=x%20y|1|3|8080|user"
            ),
            (
                "return JSON.stringify(require('postman-collection').Url.parse('{{baseUrl}}/api/v1?x=1'));",
                #"{"raw":"{{baseUrl}}/api/v1?x=1","query":[{"key":"x","value":"1"}],"host":["{{baseUrl}}"],"path":["api","v1"]}"#
            ),
            (
                "var u = new (require('postman-collection').Url)('http://x.com/a'); u.addQueryParams('k=v'); u.addQueryParams([{key: 'z', value: '1'}]); u.removeQueryParams('k'); return u.toString() + ' ' + u.getPathWithQuery();",
                "http://x.com/a?z=1 /a?z=1"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testQueryParamHeaderAndVariable() {
        let cases: [(String, String)] = [
            (
                "var Q = require('postman-collection').QueryParam; return JSON.stringify(Q.parse('a=1&b&=c'));",
                #"[{"key":"a","value":"1"},{"key":"b","value":null},{"key":"","value":"c"}]"#
            ),
            (
                "var Q = require('postman-collection').QueryParam; return Q.unparse([{key: 'a', value: '1'}, {key: 'b', value: null}]) + ' ' + Q.unparse({x: 'a b'}, {encode: true});",
                "a=1&b x=a%20b"
            ),
            (
                "var H = require('postman-collection').Header; return JSON.stringify(H.parse('Content-Type: application/json\\nX-A:  1 ')) + ' ' + new H('Accept: */*').toString() + ' ' + new H('v', 'K').key;",
                #"[{"key":"Content-Type","value":"application/json"},{"key":"X-A","value":"1"}] Accept: */* K"#
            ),
            (
                "var V = require('postman-collection').Variable; return (new V({key: 'n', value: '5', type: 'number'}).get() + 1) + ' ' + new V({key: 'b', value: 'false', type: 'boolean'}).get();",
                "6 false"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testRequestAndResponse() {
        let cases: [(String, String)] = [
            (
                "var r = new (require('postman-collection').Request)({url: 'http://x.com/a?b=1', method: 'post', header: [{key: 'A', value: '1'}]}); return [r.method, r.url.getHost(), JSON.stringify(r.getHeaders()), r.headers.get('a')].join(' ');",
                #"POST x.com {"A":"1"} 1"#
            ),
            (
                "var r = new (require('postman-collection').Response)({code: 200, status: 'OK', body: '{\"a\":1}'}); return r.json().a + ' ' + r.reason() + ' ' + r.text();",
                #"1 OK {"a":1}"#
            ),
        ]
        assertModuleResults(harness, cases)
    }
}

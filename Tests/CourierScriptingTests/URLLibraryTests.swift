import XCTest

@testable import CourierScripting

final class URLLibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    func testLegacyParse() {
        let cases: [(String, String)] = [
            (
                "return JSON.stringify(require('url').parse('http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash'));",
                ##"{"protocol":"http:","slashes":true,"auth":"user:pass","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#hash","search":"?query=string","query":"query=string","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string","href":"http://user:pass@host.com:8080/p/a/t/h?query=string#hash"}"##
            ),
            (
                "return JSON.stringify(require('url').parse('https://postman-echo.com/get?a=1&b=2&a=3', true).query);",
                #"{"a":["1","3"],"b":"2"}"#
            ),
            (
                "var u = require('url').parse('/just/a/path?x=1'); return [u.protocol, u.host, u.pathname, u.search].join('|');",
                "||/just/a/path|?x=1"
            ),
            (
                "return require('url').parse('HTTP://X.com/a b?c d#e f').href;",
                "http://x.com/a%20b?c%20d#e%20f"
            ),
            (
                "return require('url').parse('http://x.com').href + ' ' + require('url').parse('http://[::1]:3000/x').hostname;",
                "http://x.com/ ::1"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testLegacyFormatAndResolve() {
        let cases: [(String, String)] = [
            (
                "return require('url').format({protocol: 'https', hostname: 'x.com', pathname: '/a', query: {b: 1, c: [2, 3]}});",
                "https://x.com/a?b=1&c=2&c=3"
            ),
            (
                "return require('url').format(require('url').parse('http://a.com:81/b?c#d'));",
                "http://a.com:81/b?c#d"
            ),
            ("return require('url').resolve('/one/two/three', 'four');", "/one/two/four"),
            (
                "return require('url').resolve('http://example.com/', '/one') + ' ' + require('url').resolve('http://example.com', 'one');",
                "http://example.com/one http://example.com/one"
            ),
            (
                "return ['../g', '//g', '?y', '#s', '../../../g'].map(function (r) { return require('url').resolve('http://a/b/c/d;p?q', r); }).join(' ');",
                "http://a/b/g http://g/ http://a/b/c/d;p?y http://a/b/c/d;p?q#s http://a/g"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testWhatwgURLAndSearchParams() {
        let cases: [(String, String)] = [
            (
                "var u = new (require('url').URL)('https://us@r:p@ssword@postman-echo.com/get'); return [u.username, u.password, u.host, u.pathname, u.origin].join('|');",
                "us%40r|p%40ssword|postman-echo.com|/get|https://postman-echo.com"
            ),
            (
                "return new (require('url').URL)('http://EXAMPLE.com:80/a/./b/../c?x=a b#h i').href;",
                "http://example.com/a/c?x=a%20b#h%20i"
            ),
            (
                "return new (require('url').URL)('http://127.1/').host + ' ' + new (require('url').URL)('https://x.com/ä?ö=ü').href;",
                "127.0.0.1 https://x.com/%C3%A4?%C3%B6=%C3%BC"
            ),
            (
                "return new (require('url').URL)('../x?y#z', 'http://a.com/b/c/d').href;",
                "http://a.com/b/x?y#z"
            ),
            ("new (require('url').URL)('no scheme');", "threw: Invalid URL: no scheme"),
            (
                "var u = new (require('url').URL)('http://x.com/?a=1'); u.searchParams.set('b', '2 3'); u.searchParams.append('a', '&'); return u.href + ' ' + u.searchParams.getAll('a');",
                "http://x.com/?a=1&b=2+3&a=%26 1,&"
            ),
            (
                "var p = new (require('url').URLSearchParams)({z: '1', a: 'x y'}); p.sort(); var keys = []; p.forEach(function (v, k) { keys.push(k + '=' + v); }); return p.toString() + ' ' + keys.join(',') + ' ' + p.has('z') + ' ' + p.get('q');",
                "a=x+y&z=1 a=x y,z=1 true null"
            ),
        ]
        assertModuleResults(harness, cases)
    }
}

import CourierModel
import CourierScripting
import XCTest

/// `pm.request` changes made in pre-request scripts come back; `pm.response` reads like newman's.
final class RequestResponseTests: XCTestCase {
    let engine = ScriptEngine()

    func testPrerequestChangesComeBackInTheInputShape() {
        let output = engine.run(
            """
            pm.request.url = 'https://api.example.com/v2/items?x=1';
            pm.request.url.query.add({ key: 'page', value: '2' });
            pm.request.headers.add({ key: 'X-Added', value: 'yes' });
            pm.request.headers.remove('x-trace');
            pm.request.headers.upsert({ key: 'Accept', value: 'text/plain' });
            pm.request.method = 'POST';
            pm.request.body = { mode: 'raw', raw: JSON.stringify({ a: 1 }) };
            """, input: ScriptFixture.prerequestInput())
        assertNoError(output)
        let request = output.request
        XCTAssertEqual(request["url"], "https://api.example.com/v2/items?x=1&page=2")
        XCTAssertEqual(request["method"], "POST")
        XCTAssertEqual(
            request["header"],
            ScriptFixture.json(
                #"[{"key": "Accept", "value": "text/plain"}, {"key": "X-Added", "value": "yes"}]"#))
        XCTAssertEqual(request["body"], ScriptFixture.json(#"{"mode": "raw", "raw": "{\"a\":1}"}"#))
        XCTAssertEqual(request["id"], "r1")
    }

    func testUrlPartsAndQueryEditing() {
        let output = engine.run(
            """
            var url = pm.request.url;
            pm.test('parts', () => {
              pm.expect(url.getHost()).to.equal('example.com');
              pm.expect(url.getPath()).to.equal('/api/things');
              pm.expect(url.getQueryString()).to.equal('a=1&b=2');
              pm.expect(url.query.get('b')).to.equal('2');
              pm.expect(url.protocol).to.equal('https');
              pm.expect(url.host.join('.')).to.equal('example.com');
              pm.expect(url.path[1]).to.equal('things');
              pm.expect(url.query.toObject().a).to.equal('1');
            });
            url.query.remove('a');
            url.query.upsert({ key: 'b', value: '3' });
            pm.request.headers.get('accept');
            """, input: ScriptFixture.prerequestInput())
        passedNames(output)
        XCTAssertEqual(output.request["url"], "https://example.com/api/things?b=3")
    }

    func testUrlWithVariablesRoundTrips() {
        let request = #"{"method": "GET", "url": "{{baseUrl}}/users/{{id}}?q={{term}}", "header": []}"#
        let output = engine.run(
            "pm.request.url.query.add({key: 'x', value: 'y'}); pm.test('host', () => pm.expect(pm.request.url.getHost()).to.equal('{{baseUrl}}'));",
            input: ScriptFixture.prerequestInput(request: request))
        passedNames(output)
        XCTAssertEqual(output.request["url"], "{{baseUrl}}/users/{{id}}?q={{term}}&x=y")
    }

    func testUnchangedRequestIsReturnedAsGiven() {
        let request = #"{"method": "get", "url": "http://x.test/a?b", "header": [], "extra": {"keep": true}}"#
        let input = ScriptFixture.prerequestInput(request: request)
        let output = engine.run("pm.request.url.toString(); pm.request.headers.toObject();", input: input)
        XCTAssertEqual(output.request, input.request)
    }

    func testResponseAccessors() {
        let output = engine.run(
            """
            pm.test('accessors', function () {
              pm.expect(pm.response.code).to.equal(200);
              pm.expect(pm.response.status).to.equal('OK');
              pm.expect(pm.response.reason()).to.equal('OK');
              pm.expect(pm.response.headers.get('content-type')).to.equal('application/json; charset=utf-8');
              pm.expect(pm.response.headers.has('X-COUNT')).to.equal(true);
              pm.expect(pm.response.headers.toObject()['x-count']).to.equal('7');
              pm.expect(pm.response.json().items[2]).to.equal(3);
              pm.expect(pm.response.text().indexOf('courier') > 0).to.equal(true);
              pm.expect(pm.response.responseTime).to.equal(12);
              pm.expect(pm.response.responseSize).to.equal(45);
              pm.expect(pm.response.size().body).to.equal(45);
            });
            pm.test('legacy', function () {
              pm.expect(responseCode.code).to.equal(200);
              pm.expect(responseCode.name).to.equal('OK');
              pm.expect(responseHeaders['X-Count']).to.equal('7');
              pm.expect(postman.getResponseHeader('CONTENT-TYPE')).to.equal('application/json; charset=utf-8');
              pm.expect(responseTime).to.equal(12);
              pm.expect(JSON.parse(responseBody).name).to.equal('courier');
            });
            """, input: ScriptFixture.testInput())
        passedNames(output)
    }

    func testInvalidJSONThrowsJSONError() {
        let response =
            #"{"code": 200, "status": "OK", "header": [], "body": "<!DOCTYPE html>", "responseTime": 1, "responseSize": 15}"#
        let output = engine.run("pm.response.json();", input: ScriptFixture.testInput(response: response))
        XCTAssertEqual(output.error?.name, "JSONError")
        XCTAssertEqual(output.error?.message, "Unexpected token '<' at 1:1\n<!DOCTYPE html>\n^")
    }

    func testCookies() {
        var input = ScriptFixture.testInput()
        input.cookies = ScriptFixture.json(
            #"[{"name": "session", "value": "s1", "domain": "example.com", "path": "/", "httpOnly": true, "secure": false}]"#
        )
        let output = engine.run(
            """
            pm.test('cookies', () => {
              pm.expect(pm.cookies.get('session')).to.equal('s1');
              pm.expect(pm.cookies.has('nope')).to.equal(false);
              pm.expect(pm.cookies.toObject().session).to.equal('s1');
              pm.expect(postman.getResponseCookie('session').value).to.equal('s1');
              pm.expect(responseCookies[0].domain).to.equal('example.com');
              pm.expect(pm.response.cookies.get('session')).to.equal('s1');
            });
            """, input: input)
        passedNames(output)
    }

    func testLegacyRequestObject() {
        let request = """
            {"method": "POST", "url": "http://h.test/p", "description": "about it",
             "header": [{"key": "Content-Type", "value": "x"}, {"key": "Off", "value": "1", "disabled": true}],
             "body": {"mode": "formdata", "formdata": [{"key": "name", "value": "a"}, {"key": "name", "value": "b"}, {"key": "z", "value": "1"}]}}
            """
        let output = engine.run(
            """
            tests['id and name'] = request.id === 'r1' && request.name === 'Get thing';
            tests['description'] = request.description === 'about it';
            tests['headers lower-cased, disabled dropped'] = request.headers['content-type'] === 'x' && request.headers.off === undefined;
            tests['repeated keys become arrays'] = Array.isArray(request.data.name) && request.data.name[1] === 'b' && request.data.z === '1';
            tests['url and method'] = request.url === 'http://h.test/p' && request.method === 'POST';
            """, input: ScriptFixture.prerequestInput(request: request))
        passedNames(output)
        XCTAssertEqual(output.assertions.count, 5)
    }

    func testXml2Json() {
        let output = engine.run(
            """
            var j = xml2Json('<?xml version="1.0"?><root a="1"><item>x</item><item>y</item><empty/><t>&lt;b&gt;</t></root>');
            pm.test('xml', () => {
              pm.expect(j.root.$.a).to.equal('1');
              pm.expect(j.root.item[1]).to.equal('y');
              pm.expect(j.root.empty).to.equal('');
              pm.expect(j.root.t).to.equal('<b>');
            });
            """, input: ScriptFixture.testInput())
        passedNames(output)
    }

    func testHeaderStringsQueryParamsAndBodyModes() {
        let output = engine.run(
            """
            pm.request.headers.add('X-Line: one');
            pm.request.url.addQueryParams('c=3&d');
            pm.request.url.removeQueryParams(['a']);
            pm.request.body = { mode: 'urlencoded', urlencoded: [{ key: 'k', value: 'v' }] };
            pm.request.body.urlencoded.add({ key: 'k2', value: 'v2' });
            pm.test('reads', () => {
              pm.expect(pm.request.headers.get('x-line')).to.equal('one');
              pm.expect(pm.request.body.toString()).to.equal('k=v&k2=v2');
            });
            """, input: ScriptFixture.prerequestInput())
        passedNames(output)
        XCTAssertEqual(output.request["url"], "https://example.com/api/things?b=2&c=3&d")
        XCTAssertEqual(output.request["header"]?.arrayValue?.last, ["key": "X-Line", "value": "one"])
        XCTAssertEqual(
            output.request["body"],
            ScriptFixture.json(
                #"{"mode": "urlencoded", "urlencoded": [{"key": "k", "value": "v"}, {"key": "k2", "value": "v2"}]}"#
            ))
    }

    func testHeaderListHelpers() {
        let output = engine.run(
            """
            var names = [];
            pm.response.headers.each(function (h) { names.push(h.key); });
            pm.test('helpers', () => {
              pm.expect(names.join()).to.equal('Content-Type,X-Count');
              pm.expect(pm.response.headers.all().length).to.equal(2);
              pm.expect(pm.response.headers.toJSON()[1].value).to.equal('7');
              pm.expect(pm.response.headers.count()).to.equal(2);
              pm.expect(pm.request.headers.toObject().accept).to.equal('application/json');
              pm.expect(pm.request.headers.has('X-TRACE')).to.equal(true);
            });
            """, input: ScriptFixture.testInput())
        passedNames(output)
    }
}

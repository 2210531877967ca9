import XCTest

@testable import CourierScripting

final class XMLLibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    func testLegacyXML2JsonShapesPostmanEchoXML() {
        let echoXML =
            #"<?xml version=\"1.0\" encoding=\"utf-8\"?><food><key>Homestyle Breakfast</key><value>950</value></food>"#
        let cases: [(String, String)] = [
            (
                "return JSON.stringify(require('xml2Json')('" + echoXML + "'));",
                #"{"food":{"key":"Homestyle Breakfast","value":"950"}}"#
            ),
            (
                "return JSON.stringify(require('xml2Json')('<a x=\"1\"> <b> t </b><b>u</b></a>'));",
                #"{"a":{"$":{"x":"1"},"b":["t","u"]}}"#
            ),
            ("return typeof require('xml2Json')('{\"url\": \"x\"}');", "undefined"),
            ("return require('xml2Json')('  ');", "null"),
        ]
        assertModuleResults(harness, cases)
    }

    func testParseStringDefaults() {
        let xml =
            "<root a=\"1\"><item id=\"x\">t &amp; u</item><item>two</item><e/><c><![CDATA[<b>]]></c><!-- note --><?pi x?></root>"
        let cases: [(String, String)] = [
            (
                "var out; require('xml2js').parseString('" + xml
                    + "', function (err, r) { out = JSON.stringify(r); }); return out;",
                #"{"root":{"$":{"a":"1"},"item":[{"$":{"id":"x"},"_":"t & u"},"two"],"e":[""],"c":["<b>"]}}"#
            ),
            (
                "var out; require('xml2js').parseString('" + xml
                    + "', {explicitArray: false, mergeAttrs: true, explicitRoot: false}, function (err, r) { out = JSON.stringify(r); }); return out;",
                #"{"a":"1","item":[{"id":"x","_":"t & u"},"two"],"e":"","c":"<b>"}"#
            ),
            (
                "var out; require('xml2js').parseString('<a k=\"v\">  x  </a>', {trim: true, ignoreAttrs: true}, function (err, r) { out = JSON.stringify(r); }); return out;",
                #"{"a":"x"}"#
            ),
            (
                "var out; new (require('xml2js').Parser)().parseString('<a>&#65;&#x42;&lt;</a>', function (err, r) { out = r.a; }); return out;",
                "AB<"
            ),
            (
                "var failed; require('xml2js').parseString('<a><b></a>', function (err) { failed = err instanceof Error; }); return failed;",
                "true"
            ),
            (
                "var failed; require('xml2js').parseString('not xml', function (err) { failed = err.message.split('\\n')[0]; }); return failed;",
                "Non-whitespace before first tag."
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testBuilderRendersObjects() {
        let cases: [(String, String)] = [
            (
                "return new (require('xml2js').Builder)().buildObject({root: {$: {id: 1}, a: 'x & y', b: ['1', '2'], c: {_: 't', $: {k: 'v'}}}});",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<root id=\"1\">\n  <a>x &amp; y</a>\n  <b>1</b>\n  <b>2</b>\n  <c k=\"v\">t</c>\n</root>"
            ),
            (
                "return new (require('xml2js').Builder)({headless: true, renderOpts: {pretty: false}}).buildObject({a: 1, b: 2});",
                "<root><a>1</a><b>2</b></root>"
            ),
        ]
        assertModuleResults(harness, cases)
    }
}

import XCTest

@testable import CourierScripting

/// `require('sugar')()`: the Sugar 1.x prototype extensions of newman's legacy sandbox.
final class SugarLibraryTests: XCTestCase {
    private var js: LodashSugarJSContext!

    override func setUp() {
        js = LodashSugarJSContext()
        _ = js.run("require('sugar')();")
    }

    override func tearDown() { js = nil }

    /// The test script of the `prototype-check` conformance collection, verbatim.
    func testPrototypeCheckCollection() {
        let script = #"""
            var tests = {};
            tests["Array prototype none"] = ['a', 'b', 'c'].none('d');
            tests["Array prototype any"] = [ [1,2], [2,3] ].any([2,3]);
            tests["Array prototype average"] = [ 1, 2, 3, 4, 5 ].average() === 3;
            tests["Date prototype getTime"] = Date.now()==(new Date()).getTime();
            var fCount = 0;
            var fn = (function() {
              fCount++;
            }).once(); fn(); fn(); fn();
            tests["Function prototype once"] = fCount===1;
            tests["Number prototype hex"] = (56).hex() === '38';
            tests["Number prototype isEven"] = (56).isEven() === true;
            tests["Number prototype ordinalize"] = (56).ordinalize() === '56th';
            tests["Number prototype format"] = (56789.10).format() === '56,789.1';
            tests["String prototype endsWith"] = 'jumpy'.endsWith('py');
            tests["String prototype negated endsWith"] = !('jumpy'.endsWith('MPY'));
            tests["String prototype camelize"] = 'a-beta'.camelize() === 'ABeta';
            tests["String prototype repeat"] = 'a'.repeat(5) === 'aaaaa';
            tests["String prototype shift"] = 'abc'.shift(5) === 'fgh';
            tests["String prototype spacify"] = 'a-b_cD'.spacify() === 'a b c d';
            JSON.stringify(Object.keys(tests).filter(function (k) { return tests[k] !== true; }));
            """#
        XCTAssertEqual(js.run(script), "[]")
    }

    /// `responseBody.has(...)` from `echo-v2` and `super-sandbox-test`.
    func testStringHas() {
        assertJS(js, #"['diabetes'.has('betes'), '{"authenticated":true}'.has('authenticated'), 'abc'.has('x'), 'a.c'.has('.'), 'abc'.has(/B/i)]"#, "[true,true,false,true,true]")
    }

    /// The Date checks of postman-sandbox's own prototype test.
    func testDateExtensions() {
        assertJS(js, "[Date.create('2000').isLeapYear(), Date.create('last week').isPast(), new Date().isValid(), new Date('random string').isValid()]", "[true,true,true,false]")
        assertJS(js, "[Date.create('tomorrow').isFuture(), new Date(2020, 0, 5, 7, 8, 9).format('{yyyy}-{MM}-{dd} {HH}:{mm}:{ss}')]", #"[true,"2020-01-05 07:08:09"]"#)
    }

    func testStringExtensions() {
        assertJS(js, "['moz-border-radius'.camelize(), 'moz-border-radius'.camelize(false), 'isRestorable'.underscore(), 'a_farewell_to_arms'.dasherize()]", #"["MozBorderRadius","mozBorderRadius","is_restorable","a-farewell-to-arms"]"#)
        assertJS(js, "['hello world'.capitalize(), 'hELLO'.capitalize(), 'hello world'.capitalize(true)]", #"["Hello world","Hello","Hello World"]"#)
        assertJS(js, "['sittin on the dock'.truncate(10), 'sittin on the dock'.truncate(10, 'left'), 'sittin on the dock'.truncate(10, 'middle'), 'short'.truncate(10)]", #"["sittin on ...","...n the dock","sitti... dock","short"]"#)
        assertJS(js, "[' broken  wear '.words(), 'a\\nb'.lines(), 'abc'.chars(), 'abc'.reverse(), ' a   b '.compact()]", #"[["broken","wear"],["a","b"],["a","b","c"],"cba","a b"]"#)
        assertJS(js, "['lucky charms'.first(), 'lucky charms'.first(3), 'lucky charms'.last(3), 'lucky charms'.from(2), 'lucky charms'.to(2)]", #"["l","luc","rms","cky charms","lu"]"#)
        assertJS(js, "['  '.isBlank(), 'a'.isBlank(), '<p>a & b</p>'.escapeHTML(), '&lt;p&gt;a &amp; b'.unescapeHTML()]", #"[true,false,"&lt;p&gt;a &amp; b&lt;&#x2f;p&gt;","<p>a & b"]"#)
        assertJS(js, "['a b/c'.escapeURL(), 'a b/c'.escapeURL(true), '1,000.5'.toNumber(), '42'.toNumber(), 'ff'.toNumber(16)]", #"["a%20b/c","a%20b%2Fc",1000.5,42,255]"#)
    }

    func testMoreStringExtensions() {
        assertJS(js, "['schfifty five'.remove('f'), 'schfifty five'.remove(/f/g), 'spelling eror'.insert('r', -3), 'dopamine'.insert('e', 3), 'schfifty'.add(' five')]", #"["schifty five","schity ive","spelling error","dopeamine","schfifty five"]"#)
        assertJS(js, "['gonna get encoded!'.encodeBase64(), 'aHR0cDovL3R3aXR0ZXIuY29tLw=='.decodeBase64(), 'h\\u00e9llo'.encodeBase64().decodeBase64()]", #"["Z29ubmEgZ2V0IGVuY29kZWQh","http://twitter.com/","héllo"]"#)
        assertJS(js, "['<p>just <b>some</b> text</p>'.stripTags(), '<p>just <b>some</b> text</p>'.stripTags('p'), '<p>just <b>some</b> text</p>'.removeTags(), '<p>just <b>some</b> text</p>'.removeTags('b')]", #"["just some text","just <b>some</b> text","","<p>just  text</p>"]"#)
        assertJS(js, "['here we go'.truncateOnWord(5), 'here we go'.truncateOnWord(5, 'left'), 'jumpy'.contains('py'), 'broken'.contains('bro', 3)]", #"["here...","...we go",true,false]"#)
        assertJS(js, "['wasabi'.pad(8), 'wasabi'.padLeft(8), 'wasabi'.padRight(8, '-'), '10px'.toNumber(), '12,000'.toNumber()]", #"[" wasabi ","  wasabi","wasabi--",10,12000]"#)
        assertJS(js, "['Welcome, Mr. {name}.'.assign({name: 'Franklin'}), 'You are {1} years old today.'.assign(14), '{n} and {r}'.assign({n: 'Cheech'}, {r: 'Chong'})]", #"["Welcome, Mr. Franklin.","You are 14 years old today.","Cheech and Chong"]"#)
        assertJS(js, "['caps_lock'.camelize(), 'capsLock'.dasherize(), 'camelCase'.spacify(), 'jumpy'.each(/[r-z]/), 'jumpy'.codes()]", #"["CapsLock","caps-lock","camel case",["u","y"],[106,117,109,112,121]]"#)
    }

    func testNativeStringMethodsAreKept() {
        assertJS(js, "['jumpy'.endsWith('MPY'), 'abc'.startsWith('a'), 'ab'.repeat(2), ' a '.trim()]", #"[false,true,"abab","a"]"#)
    }

    func testArrayExtensions() {
        assertJS(js, "[[1, 2, 3].first(), [1, 2, 3].first(2), [1, 2, 3].last(), [1, 2, 3].last(2), [1, 2, 3].from(1), [1, 2, 3].to(1)]", "[1,[1,2],3,[2,3],[2,3],[1]]")
        assertJS(js, "[[3, 1, 2].min(), [3, 1, 2].max(), [{a: 3}, {a: 1}].min('a'), [1, 2, 3].sum(), [1, 2, 3, 4].average(), [{n: 2}, {n: 4}].average('n')]", #"[1,3,{"a":1},6,2.5,3]"#)
        assertJS(js, "[[1, 1, 2].unique(), [1, null, 2, undefined, NaN].compact(), [1, 0, ''].compact(true), [1, [2, [3]]].flatten()]", "[[1,2],[1,2],[1],[1,2,3]]")
        assertJS(js, "(function () { var a = [1, 2]; var b = a.include(3); return [a, b, [1, 2, 3].exclude(2), [1, 2, 3].remove(2), [1, 2].add(0, 0), [1, 3].insert(2, 1)]; })()", "[[1,2],[1,2,3],[1,3],[1,3],[0,1,2],[1,2,3]]")
        assertJS(js, "[[].isEmpty(), [null].isEmpty(), [1].isEmpty(), [1, 2].any(2), [1, 2].all(function (n) { return n > 0; }), [1, 2].none(3), [1, 2, 2].count(2)]", "[true,true,false,true,true,true,2]")
        assertJS(js, "(function () { var seen = []; [1, 2, 3].each(function (v) { seen.push(v); }); return seen; })()", "[1,2,3]")
        assertJS(js, "[[{n: 'b'}, {n: 'a'}].map('n'), [{n: 'b'}, {n: 'a'}].sortBy('n'), [3, 1, 2].sortBy(null, true), [1, 2, 3].groupBy(function (n) { return n % 2 ? 'odd' : 'even'; })]", #"[["b","a"],[{"n":"a"},{"n":"b"}],[3,2,1],{"odd":[1,3],"even":[2]}]"#)
        assertJS(js, "[[1, 2, 3].randomize().sort(), [1, 2].clone(), [{a: 1, b: 2}, {a: 2}].filter({a: 1}), [1, 2, 3].map(function (x) { return x * 2; }), [1, 2, 3].find(2)]", #"[[1,2,3],[1,2],[{"a":1,"b":2}],[2,4,6],2]"#)
    }

    func testExtensionsAreNotEnumerable() {
        assertJS(js, "(function () { var keys = []; for (var k in [1]) keys.push(k); for (var j in 'a') keys.push(j); for (var n in {}) keys.push(n); return keys; })()", #"["0","0"]"#)
    }

    func testNumberExtensions() {
        assertJS(js, "[(12345.678).format(2), (1000).format(), (-1234567.5).format(), (100).format(2), (1234.5).format(1, ' ', ',')]", #"["12,345.68","1,000","-1,234,567.5","100.00","1 234,5"]"#)
        assertJS(js, "[(1).ordinalize(), (2).ordinalize(), (3).ordinalize(), (11).ordinalize(), (22).ordinalize(), (113).ordinalize()]", #"["1st","2nd","3rd","11th","22nd","113th"]"#)
        assertJS(js, "[(5).pad(2), (-5).pad(4), (82).pad(3, true), (255).hex(), (10).hex(4), (65).chr()]", #"["05","-0005","+082","ff","000a","A"]"#)
        assertJS(js, "[(3.241).round(2), (3.241).ceil(2), (3.249).floor(2), (3748).round(-2), (-3.841).round()]", "[3.24,3.25,3.24,3700,-4]")
        assertJS(js, "[(5).isOdd(), (4).isEven(), (10).isMultipleOf(5), (-3).abs(), (1).upto(3), (3).downto(1), (8).downto(2, null, 2)]", "[true,true,true,3,[1,2,3],[3,2,1],[8,6,4,2]]")
        assertJS(js, "[(1000).abbr(), (1100).abbr(1), (1000000).abbr(), (1024).bytes(), (1048576).bytes()]", #"["1k","1.1k","1m","1kB","1MB"]"#)
        assertJS(js, "(function () { var seen = []; var r = (3).times(function (i) { seen.push(i); }); return [r, seen]; })()", "[3,[0,1,2]]")
    }

    func testFunctionAndObjectExtensions() {
        assertJS(js, "(function () { var n = 0, f = (function () { return ++n; }).once(); f(); return [f(), n]; })()", "[1,1]")
        assertJS(js, "(function () { var f = (function (a, b) { return a + b; }).fill(undefined, 'b'); return f('a'); })()", #""ab""#)
        assertJS(js, "[Object.isString('a'), Object.isArray([]), Object.equal({a: [1]}, {a: [1]}), Object.merge({a: 1}, {b: 2}), Object.size({a: 1}), Object.has({a: 1}, 'a')]", #"[true,true,true,{"a":1,"b":2},1,true]"#)
    }

    /// The legacy sandbox has Sugar and lodash 3 side by side (`super-sandbox-test`).
    func testSugarAndLegacyLodashTogether() {
        let script = #"""
            var _ = require('lodash3'), l4 = require('lodash'), tests = {};
            _.each([1], function (v) { tests['Lodash working'] = true; });
            var newString = "diabetes";
            tests["SugarJS working"] = newString.has("betes");
            tests["Body is correct"] = !_.isEmpty('a,b'.split(","));
            tests["lodash map"] = _.map([1, 2], function (n) { return n * 2; }).join() === '2,4';
            tests["lodash keys"] = l4.keys({a: 1, b: 2}).join() === 'a,b';
            tests["lodash chain"] = l4([3, 1, 2]).sortBy().value().join() === '1,2,3';
            tests["lodash isEqual"] = l4.isEqual({a: [1]}, {a: [1]});
            JSON.stringify(Object.keys(tests).filter(function (k) { return tests[k] !== true; }));
            """#
        XCTAssertEqual(js.run(script), "[]")
    }

    func testInstallingTwiceIsHarmless() {
        assertJS(js, "(require('sugar')(), 'a-b'.camelize())", #""AB""#)
    }
}

import CJavaScriptCore
import XCTest

@testable import CourierScripting

/// Runs lodash and Sugar checks, answering `THROWS: <error>` when a script throws.
final class LodashSugarJSContext: ModuleTestContext {
    /// Runs a script and returns `String(result)`, or `THROWS: <error>` when it throws.
    func run(_ script: String) -> String {
        let result = evaluateScript(script)
        return result.exception.map { "THROWS: " + $0 } ?? result.value ?? "?"
    }

    /// Evaluates an expression and returns its `JSON.stringify` text.
    func json(_ expression: String) -> String {
        run("JSON.stringify((function () { return (\(expression)); })())")
    }
}

extension XCTestCase {
    /// Asserts that `JSON.stringify(expression)` in the context equals `expected`.
    func assertJS(
        _ js: LodashSugarJSContext, _ expression: String, _ expected: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertEqual(js.json(expression), expected, expression, file: file, line: line)
    }
}

/// `require('lodash')`: the lodash 4 functions collection scripts use.
final class LodashLibraryTests: XCTestCase {
    private var js: LodashSugarJSContext!

    override func setUp() {
        js = LodashSugarJSContext()
        _ = js.run("var _ = require('lodash');")
    }

    override func tearDown() { js = nil }

    func testPathsGetSetHas() {
        assertJS(js, "_.get({a: {b: [{c: 3}]}}, 'a.b[0].c')", "3")
        assertJS(js, "_.get({a: {b: [{c: 3}]}}, ['a', 'b', 0, 'c'])", "3")
        assertJS(js, "_.get({a: 1}, 'x.y', 'default')", "\"default\"")
        assertJS(js, "_.set({}, 'a[0].b', 1)", #"{"a":[{"b":1}]}"#)
        assertJS(js, "_.set({a: {}}, 'a.b.c', 2)", #"{"a":{"b":{"c":2}}}"#)
        assertJS(js, "[_.has({a: {b: 1}}, 'a.b'), _.has({a: {}}, 'a.b'), _.has(Object.create({x: 1}), 'x')]", "[true,false,false]")
        assertJS(js, "_.property('a.b')({a: {b: 5}})", "5")
    }

    func testTypeChecks() {
        assertJS(
            js,
            "[_.isArray([]), _.isArray('a'), _.isObject(function () {}), _.isObject(null), _.isPlainObject({}), _.isPlainObject([]), _.isPlainObject(Object.create(null))]",
            "[true,false,true,false,true,false,true]")
        assertJS(
            js,
            "[_.isString('a'), _.isNumber(1), _.isNumber('1'), _.isBoolean(false), _.isFunction(_.noop), _.isNil(undefined), _.isNull(undefined), _.isUndefined(undefined)]",
            "[true,true,false,true,true,true,false,true]")
        assertJS(js, "[_.isNaN(NaN), _.isNaN(undefined), _.isInteger(3), _.isInteger('3'), _.isInteger(3.5)]", "[true,false,true,false,false]")
        assertJS(
            js, "[_.isEmpty({}), _.isEmpty([]), _.isEmpty(''), _.isEmpty(null), _.isEmpty(1), _.isEmpty('a'), _.isEmpty([0]), _.isEmpty({a: 1})]",
            "[true,true,true,true,true,false,false,false]")
        assertJS(js, "[_.isEqual({a: [1, {b: 2}]}, {a: [1, {b: 2}]}), _.isEqual([1], [2]), _.isEqual(NaN, NaN), _.isEqual({a: 1}, {a: 1, b: 2})]", "[true,false,true,false]")
    }

    func testObjects() {
        assertJS(js, "[_.keys({a: 1, b: 2}), _.values({a: 1, b: 2}), _.entries({a: 1}), _.toPairs({b: 2}), _.fromPairs([['a', 1], ['b', 2]])]", #"[["a","b"],[1,2],[["a",1]],[["b",2]],{"a":1,"b":2}]"#)
        assertJS(js, "_.pick({a: 1, b: 2, c: 3}, ['a', 'c'])", #"{"a":1,"c":3}"#)
        assertJS(js, "_.omit({a: 1, b: 2, c: 3}, 'a', 'b')", #"{"c":3}"#)
        assertJS(js, "_.merge({a: {b: 1, c: [1]}}, {a: {d: 2, c: [undefined, 5]}})", #"{"a":{"b":1,"c":[1,5],"d":2}}"#)
        assertJS(js, "_.assign({a: 0}, {a: 1}, {b: 2})", #"{"a":1,"b":2}"#)
        assertJS(js, "_.defaults({a: 1}, {a: 2, b: 2})", #"{"a":1,"b":2}"#)
        assertJS(js, "(function () { var o = {a: [1, {b: 2}]}, c = _.cloneDeep(o); c.a[1].b = 9; return [o.a[1].b, c.a[1].b]; })()", "[2,9]")
        assertJS(js, "(function () { var o = {a: {b: 1}}, c = _.clone(o); return [c === o, c.a === o.a]; })()", "[false,true]")
        assertJS(js, "[_.mapValues({a: {n: 1}, b: {n: 2}}, 'n'), _.mapKeys({a: 1, b: 2}, function (v, k) { return k + v; }), _.invert({a: 1, b: 2})]", #"[{"a":1,"b":2},{"a1":1,"b2":2},{"1":"a","2":"b"}]"#)
        assertJS(js, "(function () { var seen = []; _.forOwn({a: 1, b: 2}, function (v, k) { seen.push(k + v); }); _.forIn({c: 3}, function (v, k) { seen.push(k); }); return seen; })()", #"["a1","b2","c"]"#)
        assertJS(js, "[_.isMatch({a: 1, b: 2}, {b: 2}), _.matches({a: {b: 1}})({a: {b: 1, c: 2}}), _.isMatch({a: 1}, {a: 2})]", "[true,true,false]")
    }

    func testCollections() {
        assertJS(js, "[_.map([1, 2, 3], function (n) { return n * 2; }), _.map({a: 1, b: 2}, function (v, k) { return k + v; }), _.map([{a: 1}, {a: 2}], 'a')]", #"[[2,4,6],["a1","b2"],[1,2]]"#)
        assertJS(js, "[_.filter([{a: 1, b: 2}, {a: 2}], {a: 1}), _.find([{a: 1}, {a: 2}], ['a', 2]), _.findIndex([1, 2, 3], function (x) { return x > 1; })]", #"[[{"a":1,"b":2}],{"a":2},1]"#)
        assertJS(js, "[_.reduce([1, 2, 3], function (s, n) { return s + n; }, 0), _.reduce({a: 1, b: 2}, function (r, v, k) { r.push(k); return r; }, [])]", #"[6,["a","b"]]"#)
        assertJS(js, "(function () { var n = 0; _.forEach([1, 2, 3], function (x) { n++; return x < 2; }); _.each({a: 1}, function () { n += 10; }); return n; })()", "12")
        assertJS(js, "[_.some([null, 0, 'yes'], Boolean), _.every([true, 1, null], Boolean), _.includes([1, 2], 2), _.includes('abc', 'bc'), _.includes({a: 1}, 1)]", "[true,false,true,true,true]")
        assertJS(js, "[_.uniq([2, 1, 2]), _.uniqBy([2.1, 1.2, 2.3], Math.floor), _.uniqBy([{x: 1}, {x: 1}], 'x')]", #"[[2,1],[2.1,1.2],[{"x":1}]]"#)
        assertJS(js, "_.sortBy([{u: 'b', a: 2}, {u: 'a', a: 1}], 'u')", #"[{"u":"a","a":1},{"u":"b","a":2}]"#)
        assertJS(js, "_.orderBy([{u: 'b', a: 2}, {u: 'a', a: 1}, {u: 'a', a: 3}], ['u', 'a'], ['asc', 'desc'])", #"[{"u":"a","a":3},{"u":"a","a":1},{"u":"b","a":2}]"#)
        assertJS(js, "[_.groupBy([6.1, 4.2, 6.3], Math.floor), _.keyBy([{id: 'a'}], 'id'), _.countBy(['one', 'two', 'three'], 'length')]", #"[{"4":[4.2],"6":[6.1,6.3]},{"a":{"id":"a"}},{"3":2,"5":1}]"#)
        assertJS(js, "[_.size({a: 1, b: 2}), _.size('abc'), _.size([1]), _.shuffle([1, 2, 3]).sort(), _.sampleSize([1, 2, 3], 2).length, [1, 2, 3].indexOf(_.sample([1, 2, 3])) > -1]", "[2,3,1,[1,2,3],2,true]")
    }

    func testArrays() {
        assertJS(js, "[_.flatten([1, [2, [3, [4]]], 5]), _.flattenDeep([1, [2, [3, [4]]], 5])]", "[[1,2,[3,[4]],5],[1,2,3,4,5]]")
        assertJS(js, "[_.chunk(['a', 'b', 'c', 'd'], 3), _.compact([0, 1, false, 2, '', 3])]", #"[[["a","b","c"],["d"]],[1,2,3]]"#)
        assertJS(js, "[_.difference([2, 1], [2, 3]), _.intersection([2, 1], [2, 3]), _.union([2], [1, 2]), _.zip(['a', 'b'], [1, 2])]", #"[[1],[2],[2,1],[["a",1],["b",2]]]"#)
        assertJS(js, "[_.range(4), _.range(1, 5), _.range(0, 20, 5), _.range(0, -4, -1), _.times(3, String)]", #"[[0,1,2,3],[1,2,3,4],[0,5,10,15],[0,-1,-2,-3],["0","1","2"]]"#)
        assertJS(js, "[_.first([1, 2]), _.head([]), _.last([1, 2]), _.take([1, 2, 3], 2), _.take([1, 2, 3]), _.drop([1, 2, 3]), _.drop([1, 2, 3], 2)]", "[1,null,2,[1,2],[1],[2,3],[3]]")
    }

    func testMath() {
        assertJS(js, "[_.sum([4, 2, 8, 6]), _.sumBy([{n: 4}, {n: 6}], 'n'), _.min([4, 2, 8]), _.max([4, 2, 8]), _.max([]) === undefined, _.mean([4, 2, 8, 6])]", "[20,10,2,8,true,5]")
        assertJS(js, "[_.minBy([{n: 1}, {n: 2}], 'n'), _.maxBy([{n: 1}, {n: 2}], function (o) { return o.n; })]", #"[{"n":1},{"n":2}]"#)
        assertJS(js, "[_.round(4.006), _.round(4.006, 2), _.round(4060, -2), _.floor(0.046, 2), _.ceil(6.004, 2), _.ceil(6040, -2)]", "[4,4.01,4100,0.04,6.01,6100]")
        assertJS(js, "[_.clamp(-10, -5, 5), _.clamp(10, -5, 5), _.inRange(3, 2, 4), _.inRange(4, 8), _.inRange(4, 2), _.inRange(-3, -2, -6)]", "[-5,5,true,true,false,true]")
        assertJS(
            js,
            "(function () { for (var i = 0; i < 200; i++) { var a = _.random(1, 3), b = _.random(5), f = _.random(1.5, 2.5); if (a < 1 || a > 3 || a % 1 || b < 0 || b > 5 || f < 1.5 || f > 2.5) return false; } return true; })()",
            "true")
    }

    func testStrings() {
        assertJS(
            js, "[_.camelCase('Foo Bar'), _.camelCase('--foo-bar--'), _.camelCase('__FOO_BAR__'), _.kebabCase('fooBar'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'), _.startCase('fooBar')]",
            #"["fooBar","fooBar","fooBar","foo-bar","foo_bar","Foo Bar","Foo Bar"]"#)
        assertJS(js, "[_.capitalize('FRED'), _.upperFirst('fred'), _.lowerFirst('Fred'), _.toUpper('abc'), _.toLower('ABC')]", #"["Fred","Fred","fred","ABC","abc"]"#)
        assertJS(js, "[_.trim('  abc  '), _.trim('-_-abc-_-', '_-'), _.trimStart('  abc  '), _.trimEnd('  abc  ')]", #"["abc","abc","abc  ","  abc"]"#)
        assertJS(js, "[_.pad('abc', 8), _.pad('abc', 8, '_-'), _.padStart('abc', 6, '_-'), _.padEnd('abc', 6), _.repeat('*', 3), _.repeat('abc', 0)]", #"["  abc   ","_-abc_-_","_-_abc","abc   ","***",""]"#)
        assertJS(js, "[_.startsWith('abc', 'a'), _.startsWith('abc', 'b', 1), _.endsWith('abc', 'c'), _.endsWith('abc', 'b', 2), _.split('a-b-c', '-', 2), _.replace('Hi Fred', 'Fred', 'Barney')]", #"[true,true,true,true,["a","b"],"Hi Barney"]"#)
        assertJS(js, "[_.escape('fred, barney, & <pebbles>'), _.unescape('fred &amp; &lt;b&gt;')]", #"["fred, barney, &amp; &lt;pebbles&gt;","fred & <b>"]"#)
        assertJS(js, "_.template('hello <%= user %>!')({user: 'fred'})", #""hello fred!""#)
        assertJS(js, "_.template('<b><%- value %></b>')({value: '<script>'})", #""<b>&lt;script&gt;</b>""#)
        assertJS(js, "_.template('<% _.forEach(users, function (u) { %><li><%- u %></li><% }); %>')({users: ['fred', 'barney']})", #""<li>fred</li><li>barney</li>""#)
    }

    func testConversions() {
        assertJS(js, "[_.parseInt('08'), _.parseInt(' 0x1f'), _.map(['6', '08', '10'], _.parseInt), _.toNumber('3.2'), _.toNumber(' 0b101 ')]", "[8,31,[6,8,10],3.2,5]")
        assertJS(js, "[_.toString([1, [2, 3]]), _.toString(null), _.toString(-0), _.toArray({a: 1, b: 2}), _.toArray('abc')]", #"["1,2,3","","-0",[1,2],["a","b","c"]]"#)
        assertJS(js, "[_.uniqueId('c_'), _.uniqueId('c_'), _.uniqueId()]", #"["c_1","c_2","3"]"#)
    }

    func testFunctionsAndUtilities() {
        assertJS(js, "[_.identity(3), _.constant(4)(), _.noop() === undefined]", "[3,4,true]")
        assertJS(js, "(function () { var n = 0, f = _.once(function () { return ++n; }); f(); f(); return [f(), n]; })()", "[1,1]")
        assertJS(js, "(function () { var calls = 0, m = _.memoize(function (x) { calls++; return x * 2; }); m(2); m(2); return [m(2), calls, m.cache.has(2)]; })()", "[4,1,true]")
        assertJS(js, "_.partial(function (a, b, c) { return a + b + c; }, 'a', _, 'c')('b')", #""abc""#)
        assertJS(js, "(function () { var n = 0, d = _.debounce(function () { n++; }, 10); d.cancel(); var t = _.throttle(function () { n++; return n; }, 1000); t(); t(); return typeof d === 'function' && n >= 1; })()", "true")
    }

    func testChaining() {
        assertJS(js, "_([1, 2, 3]).map(function (x) { return x * 2; }).filter(function (x) { return x > 2; }).value()", "[4,6]")
        assertJS(js, "[_([1, 2, 3]).sum(), _([1, 2]).head(), _({a: 1}).keys().value()]", #"[6,1,["a"]]"#)
        assertJS(js, "_.chain([3, 1, 2]).sortBy().first().value()", "1")
        assertJS(js, "_.chain({a: {b: 1}}).get('a').keys().value()", #"["b"]"#)
    }
}

/// The legacy global `_`: lodash 3 where it differs from lodash 4.
final class Lodash3LibraryTests: XCTestCase {
    private var js: LodashSugarJSContext!

    override func setUp() {
        js = LodashSugarJSContext()
        _ = js.run("var _ = require('lodash3'), l4 = require('lodash');")
    }

    override func tearDown() { js = nil }

    /// Every `_.` call in the newman conformance collections.
    func testConformanceCollectionCalls() {
        assertJS(js, "(_.parseInt('1480003200') % 1) === 0", "true")
        assertJS(js, "(function () { var count = _.parseInt('3'); count++; return count; })()", "4")
        assertJS(js, "(function () { var t = {}; _.each([1], function (v) { t['Lodash working'] = true; }); return t; })()", #"{"Lodash working":true}"#)
        assertJS(js, "!_.isEmpty('a,b'.split(','))", "true")
        assertJS(js, "_.startsWith('data:application/octet-stream;base64,eyJ9', 'data:application/octet-stream;base64,')", "true")
        assertJS(js, "[_.isArray(['a', 'b']), _.isArray('a')]", "[true,false]")
        assertJS(js, "[_.random(1, 1), _.get({a: {b: 2}}, 'a.b'), _.shuffle([1, 2, 3]).length]", "[1,2,3]")
    }

    func testCapitalizeKeepsTheRest() {
        assertJS(js, "[_.capitalize('fRED'), l4.capitalize('fRED')]", #"["FRED","Fred"]"#)
    }

    func testLodash3OnlyFunctions() {
        assertJS(js, "[_.contains([1, 2], 2), _.include('abc', 'b'), _.pluck([{a: 1}, {a: 2}], 'a')]", "[true,true,[1,2]]")
        assertJS(js, "[_.where([{a: 1, b: 1}, {a: 2}], {a: 1}), _.findWhere([{a: 1}, {a: 2, c: 3}], {a: 2}), _.indexBy([{id: 'x'}], 'id')]", #"[[{"a":1,"b":1}],{"a":2,"c":3},{"x":{"id":"x"}}]"#)
        assertJS(js, "[_.rest([1, 2, 3]), _.any([0, 1]), _.all([1, 0]), _.first([1, 2, 3]), _.first([1, 2, 3], 2), _.last([1, 2, 3], 2)]", "[[2,3],true,false,1,[1,2],[2,3]]")
        assertJS(js, "_.map([[1, 2], [3, 4]], _.first)", "[1,3]")
        assertJS(js, "[_.max([{n: 1}, {n: 3}], 'n'), _.min([{n: 1}, {n: 3}], function (o) { return o.n; }), _.max([1, 5, 2]), _.max({a: 3, b: 9})]", #"[{"n":3},{"n":1},5,9]"#)
        assertJS(js, "[_.max([]) === -Infinity, _.min([]) === Infinity, l4.max([]) === undefined]", "[true,true,true]")
        assertJS(js, "[_.sum([{n: 1}, {n: 2}], 'n'), _.uniq([1.1, 1.2, 2.1], Math.floor), _.flatten([1, [2, [3]]], true), _.flatten([1, [2, [3]]])]", "[3,[1.1,2.1],[1,2,3],[1,2,[3]]]")
        assertJS(js, "_.map([1, 2], function (x) { return this.k * x; }, {k: 10})", "[10,20]")
        assertJS(js, "[_.pairs({a: 1}), _.object([['a', 1]]), _.object(['a', 'b'], [1, 2]), _.padLeft('a', 3, '0'), _.trunc('abcdefghijklmnopqrstuvwxyz0123456789', 10)]", #"[[["a",1]],{"a":1},{"a":1,"b":2},"00a","abcdefg..."]"#)
        assertJS(js, "[_.pick({a: 1, b: 2}, function (v) { return v > 1; }), _.sortByOrder([{a: 1}, {a: 2}], ['a'], [false])]", #"[{"b":2},[{"a":2},{"a":1}]]"#)
        assertJS(js, "[_.VERSION, l4.VERSION, typeof l4.pluck]", #"["3.10.1","4.17.21","undefined"]"#)
    }

    func testLodash3CallbackConventions() {
        assertJS(js, "_.filter([{a: 1, b: true}, {a: 2, b: false}], 'b', false)", #"[{"a":2,"b":false}]"#)
        assertJS(js, "_.merge({a: [1]}, {a: [2]}, function (x, y) { return _.isArray(x) ? x.concat(y) : undefined; })", #"{"a":[1,2]}"#)
        assertJS(js, "[_.repeat('a'), l4.repeat('a'), _.invert({a: 1, b: 1}, true), _([1, 2]).map(function (x) { return x * 2; }).run()]", #"["","a",{"1":["a","b"]},[2,4]]"#)
    }

    func testChainingUsesLodash3Methods() {
        assertJS(js, "_([{a: 1}, {a: 2}]).pluck('a').value()", "[1,2]")
        assertJS(js, "_.chain([1, 2, 3]).map(function (x) { return x * 2; }).contains(4).value()", "true")
    }
}

import CourierModel
import CourierScripting
import XCTest

/// Variable scopes: types survive the round trip, precedence matches newman, `replaceIn` resolves.
final class VariableScopeTests: XCTestCase {
    let engine = ScriptEngine()

    func testEveryScopeRoundTripsValuesWithTheirTypes() {
        let output = engine.run(
            """
            pm.environment.set('n', 1);
            pm.globals.set('flag', true);
            pm.collectionVariables.set('obj', { a: [1, 'x'] });
            pm.variables.set('s', 'text');
            pm.test('read back', function () {
              pm.expect(pm.environment.get('n')).to.equal(1);
              pm.expect(pm.globals.get('flag')).to.equal(true);
              pm.expect(pm.collectionVariables.get('obj').a[1]).to.equal('x');
              pm.expect(pm.variables.get('s')).to.equal('text');
            });
            """, input: ScriptFixture.testInput())
        passedNames(output)
        XCTAssertEqual(output.environment, [Variable(key: "n", value: 1, type: "any")])
        XCTAssertEqual(output.globals, [Variable(key: "flag", value: true, type: "any")])
        XCTAssertEqual(output.collectionVariables.first?.value, ["a": [1, "x"]])
        XCTAssertEqual(output.localVariables.map(\.key), ["s"])
        XCTAssertEqual(output.environment.first?.value?.doubleValue, 1)
    }

    /// The scopes cross together and are read when first used: each reaches its own `pm` member,
    /// and a script that reads one and changes another returns both correctly.
    func testEachScopeReachesItsOwnMember() {
        var input = ScriptFixture.testInput()
        input.globals = [Variable(key: "g", value: "global")]
        input.collectionVariables = [Variable(key: "c", value: "collection")]
        input.environment = [Variable(key: "e", value: "environment")]
        input.iterationData = [Variable(key: "d", value: "data")]
        input.localVariables = [Variable(key: "l", value: "local")]
        let output = engine.run(
            """
            pm.test([pm.globals.get('g'), pm.collectionVariables.get('c'), pm.environment.get('e'),
              pm.iterationData.get('d'), pm.variables.get('l'), pm.variables.get('g')].join(), () => {});
            pm.environment.set('e2', 'new');
            """, input: input)
        XCTAssertEqual(output.assertions.map(\.name), ["global,collection,environment,data,local,global"])
        XCTAssertEqual(output.environment.map(\.key), ["e", "e2"])
        XCTAssertEqual(output.globals, input.globals)
        XCTAssertEqual(output.localVariables, input.localVariables)
    }

    /// One engine, several runs: each run sees the scopes it was given, whether they are the same
    /// arrays as last time (a script's changes never leak into the next run) or new ones.
    func testEachRunSeesTheScopesItWasGiven() {
        var input = ScriptFixture.testInput()
        input.environment = [Variable(key: "e", value: "first")]
        let script = "pm.test(String(pm.environment.get('e')), () => {}); pm.environment.set('e', 'changed');"
        let first = engine.run(script, input: input)
        let again = engine.run(script, input: input)
        input.environment = first.environment
        let next = engine.run(script, input: input)
        input.environment = [Variable(key: "e", value: .number(JSONNumber(text: "1.50")))]
        let number = engine.run(script, input: input)
        input.environment = [Variable(key: "e", value: .number(JSONNumber(text: "1.5")))]
        let equalNumber = engine.run("pm.test(JSON.stringify(pm.environment.toObject()), () => {});", input: input)
        XCTAssertEqual(
            [first, again, next, number].compactMap { $0.assertions.first?.name }, ["first", "first", "changed", "1.5"])
        XCTAssertEqual(equalNumber.assertions.first?.name, "{\"e\":1.5}")
        XCTAssertEqual(again.environment.first?.value, "changed")
    }

    func testUnchangedScopesComeBackExactly() {
        var input = ScriptFixture.testInput()
        input.environment = [
            Variable(
                key: "price", value: .number(JSONNumber(text: "1.50")), type: "default",
                extra: ["enabled": true])
        ]
        let output = engine.run("pm.environment.get('price');", input: input)
        XCTAssertEqual(output.environment.first?.value, .number(JSONNumber(text: "1.50")))
        XCTAssertEqual(output.environment.first?.extra, ["enabled": true])
        XCTAssertEqual(output.request, input.request)
    }

    func testSetKeepsOtherFieldsOfAnExistingVariable() {
        var input = ScriptFixture.testInput()
        input.environment = [
            Variable(key: "token", value: "old", type: "secret", extra: ["description": "api token"])
        ]
        let output = engine.run("pm.environment.set('token', 'new');", input: input)
        XCTAssertEqual(
            output.environment,
            [Variable(key: "token", value: "new", type: "secret", extra: ["description": "api token"])])
    }

    func testMergedPrecedenceLocalDataEnvironmentCollectionGlobals() {
        var input = ScriptFixture.testInput()
        input.globals = ScriptFixture.variables(
            #"[{"key": "v", "value": "global"}, {"key": "g", "value": "only global"}]"#)
        input.collectionVariables = ScriptFixture.variables(
            #"[{"key": "v", "value": "collection"}, {"key": "c", "value": "c"}]"#)
        input.environment = ScriptFixture.variables(#"[{"key": "v", "value": "environment"}]"#)
        input.iterationData = ScriptFixture.variables(
            #"[{"key": "v", "value": "data"}, {"key": "d", "value": 5}]"#)
        let output = engine.run(
            """
            pm.test('data wins before local set', () => pm.expect(pm.variables.get('v')).to.equal('data'));
            pm.variables.set('v', 'local');
            pm.test('local wins', () => pm.expect(pm.variables.get('v')).to.equal('local'));
            pm.test('fallbacks', () => {
              pm.expect(pm.variables.get('g')).to.equal('only global');
              pm.expect(pm.variables.get('d')).to.equal(5);
              pm.expect(pm.variables.has('c')).to.equal(true);
              pm.expect(pm.variables.has('zzz')).to.equal(false);
              pm.expect(pm.variables.toObject().v).to.equal('local');
              pm.expect(pm.environment.get('v')).to.equal('environment');
              pm.expect(pm.iterationData.get('d')).to.equal(5);
            });
            """, input: input)
        passedNames(output)
        XCTAssertEqual(output.localVariables, [Variable(key: "v", value: "local", type: "any")])
        XCTAssertEqual(output.environment, input.environment)
    }

    func testDisabledAndDuplicateVariables() {
        var input = ScriptFixture.testInput()
        input.environment = ScriptFixture.variables(
            #"[{"key": "a", "value": "first"}, {"key": "a", "value": "second"}, {"key": "a", "value": "off", "disabled": true}, {"key": "b", "value": "x", "disabled": true}]"#
        )
        let output = engine.run(
            """
            pm.test('last enabled wins', () => pm.expect(pm.environment.get('a')).to.equal('second'));
            pm.test('disabled is absent', () => {
              pm.expect(pm.environment.get('b')).to.equal(undefined);
              pm.expect(pm.environment.has('b')).to.equal(false);
            });
            """, input: input)
        passedNames(output)
    }

    func testUnsetAndClear() {
        var input = ScriptFixture.testInput()
        input.environment = ScriptFixture.variables(
            #"[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]"#)
        input.globals = ScriptFixture.variables(#"[{"key": "g", "value": "1"}]"#)
        let output = engine.run("pm.environment.unset('a'); pm.globals.clear();", input: input)
        XCTAssertEqual(output.environment.map(\.key), ["b"])
        XCTAssertEqual(output.globals, [])
    }

    func testReplaceInResolvesNestedNamesAndKeepsUnknownOnes() {
        var input = ScriptFixture.testInput()
        input.environment = ScriptFixture.variables(
            #"[{"key": "env", "value": "prod"}, {"key": "url_prod", "value": "https://prod"}, {"key": "n", "value": 3}]"#
        )
        let output = engine.run(
            """
            pm.test('nested', () => pm.expect(pm.variables.replaceIn('{{url_{{env}}}}/x')).to.equal('https://prod/x'));
            pm.test('unknown', () => pm.expect(pm.variables.replaceIn('{{nope}} {{n}}')).to.equal('{{nope}} 3'));
            pm.test('scope only', () => pm.expect(pm.globals.replaceIn('{{env}}')).to.equal('{{env}}'));
            pm.test('guid', () => pm.expect(/^[0-9a-f-]{36}$/.test(pm.variables.replaceIn('{{$guid}}'))).to.equal(true));
            pm.test('randomInt', () => pm.expect(Number(pm.variables.replaceIn('{{$randomInt}}')) <= 1000).to.equal(true));
            pm.test('get of dynamic', () => pm.expect(pm.variables.get('$guid')).to.equal(undefined));
            """, input: input)
        passedNames(output)
    }

    func testInjectedDynamicVariables() {
        let engine = ScriptEngine(dynamicVariables: { name in name == "$randomCity" ? "Paris" : nil })
        let output = engine.run(
            "pm.test('city', () => pm.expect(pm.variables.replaceIn('{{$randomCity}} {{$unknownThing}}')).to.equal('Paris {{$unknownThing}}'));",
            input: ScriptFixture.testInput())
        passedNames(output)
    }

    func testLegacySettersStoreStringsExceptFalsyValues() {
        let output = engine.run(
            """
            postman.setEnvironmentVariable('one', 1);
            postman.setEnvironmentVariable('zero', 0);
            postman.setEnvironmentVariable('obj', { a: 1 });
            postman.setGlobalVariable('t', true);
            postman.setGlobalVariable('f', false);
            tests['legacy env object sees it'] = environment.one === '1';
            tests['getter'] = postman.getEnvironmentVariable('zero') === 0;
            """, input: ScriptFixture.testInput())
        passedNames(output)
        XCTAssertEqual(output.environment.map(\.value), ["1", 0, "[object Object]"])
        XCTAssertEqual(output.globals.map(\.value), ["true", false])
    }

    func testLegacyClearFunctions() {
        var input = ScriptFixture.testInput()
        input.environment = ScriptFixture.variables(
            #"[{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]"#)
        input.globals = ScriptFixture.variables(#"[{"key": "g", "value": "1"}, {"key": "h", "value": "2"}]"#)
        let output = engine.run(
            """
            postman.clearEnvironmentVariable('a');
            postman.clearGlobalVariables();
            tests['env object updated'] = environment.a === undefined && environment.b === '2';
            tests['globals object emptied'] = Object.keys(globals).length === 0;
            """, input: input)
        passedNames(output)
        XCTAssertEqual(output.environment.map(\.key), ["b"])
        XCTAssertEqual(output.globals, [])
    }

    func testIterationDataAndLegacyData() {
        var input = ScriptFixture.testInput()
        input.iterationData = ScriptFixture.variables(
            #"[{"key": "user", "value": "ann"}, {"key": "age", "value": 30}]"#)
        input.iteration = 2
        let output = engine.run(
            """
            pm.test('data', () => {
              pm.expect(pm.iterationData.get('user')).to.equal('ann');
              pm.expect(pm.iterationData.toObject().age).to.equal(30);
              pm.expect(data.user).to.equal('ann');
              pm.expect(iteration).to.equal(2);
              pm.expect(pm.info.iteration).to.equal(2);
              pm.expect(typeof pm.iterationData.set).to.equal('undefined');
            });
            """, input: input)
        passedNames(output)
    }

    func testTypedVariablesAreCastLikePostmanCollection() {
        var input = ScriptFixture.testInput()
        input.collectionVariables = ScriptFixture.variables(
            #"[{"key": "n", "value": "5", "type": "number"}, {"key": "s", "value": 7, "type": "string"}, {"key": "b", "value": "", "type": "boolean"}]"#
        )
        let output = engine.run(
            """
            pm.test('cast', () => {
              pm.expect(pm.collectionVariables.get('n')).to.equal(5);
              pm.expect(pm.collectionVariables.get('s')).to.equal('7');
              pm.expect(pm.collectionVariables.get('b')).to.equal(false);
            });
            pm.collectionVariables.set('s', 8);
            """, input: input)
        passedNames(output)
        XCTAssertEqual(output.collectionVariables[1], Variable(key: "s", value: "8", type: "string"))
    }

    func testReplaceInObjectsAndEnvironmentName() {
        var input = ScriptFixture.testInput()
        input.environment = ScriptFixture.variables(#"[{"key": "host", "value": "h.test"}]"#)
        input.environmentName = "Staging"
        let output = engine.run(
            """
            var out = pm.environment.replaceIn({ url: 'http://{{host}}/', list: ['{{host}}', 1] });
            pm.test('object', () => {
              pm.expect(out.url).to.equal('http://h.test/');
              pm.expect(out.list[0]).to.equal('h.test');
              pm.expect(out.list[1]).to.equal(1);
              pm.expect(pm.environment.name).to.equal('Staging');
            });
            """, input: input)
        passedNames(output)
        XCTAssertEqual(output.environment, input.environment)
    }
}

import CourierModel
import CourierVariables
import XCTest

/// `VariableScope` and `VariableScopes`: newman's duplicate, disabled, set/unset and cast rules.
final class ScopeTests: XCTestCase {
    func testLastEnabledDuplicateWins() {
        let env = scope(
            #"[{"key":"a","value":"first"},{"key":"a","value":"second"},{"key":"a","value":"off","disabled":true}]"#
        )
        XCTAssertEqual(env.value("a"), "second")
        XCTAssertTrue(env.has("a"))
    }

    func testNewmanDisabledAndDuplicatesEnvironment() {
        let env = scope(
            #"""
            [{"key":"justDisabled","value":"1","disabled":true},
             {"key":"oneDisabled","value":"1"},{"key":"oneDisabled","value":"2","disabled":true},
             {"key":"duplicate","value":"1","type":"text"},{"key":"duplicate","value":"2","type":"text"}]
            """#)
        XCTAssertFalse(env.has("justDisabled"))
        XCTAssertNil(env.value("justDisabled"))
        XCTAssertTrue(env.has("oneDisabled"))
        XCTAssertEqual(env.value("oneDisabled"), "1")
        XCTAssertEqual(env.value("duplicate"), "2")
    }

    func testDisabledOnlyEntryIsAbsent() {
        let env = scope(#"[{"key":"a","value":"x","disabled":true},{"key":"b","value":"y","enabled":false}]"#)
        XCTAssertFalse(env.has("a"))
        XCTAssertNil(env.value("a"))
        // Only `disabled` counts: `enabled: false` still resolves (newman parity).
        XCTAssertEqual(env.value("b"), "y")
    }

    func testVariableWithoutValueExistsButIsUndefined() {
        let env = scope(#"[{"key":"empty"}]"#)
        XCTAssertTrue(env.has("empty"))
        XCTAssertNil(env.value("empty"))
        XCTAssertEqual(env.lookup("empty")?.substitutionText, "")
    }

    func testSetUpdatesLastEnabledEntryInPlace() {
        var env = scope(
            #"[{"key":"a","value":"1","type":"default"},{"key":"b","value":"2"},{"key":"a","value":"3","type":"secret"}]"#
        )
        env.set("a", "new")
        XCTAssertEqual(env.variables.map(\.key), ["a", "b", "a"])
        XCTAssertEqual(env.variables[0].value, "1")
        XCTAssertEqual(env.variables[2].value, "new")
        XCTAssertEqual(env.variables[2].type, "secret")
        XCTAssertEqual(env.value("a"), "new")
    }

    func testSetAppendsWhenOnlyDisabledEntriesExist() {
        var env = scope(#"[{"key":"a","value":"old","disabled":true}]"#)
        env.set("a", 5)
        XCTAssertEqual(env.variables.count, 2)
        XCTAssertTrue(env.variables[0].disabled)
        XCTAssertEqual(env.value("a"), 5)
    }

    func testSetCastsToTheEntryType() {
        var env = scope(#"[{"key":"n","value":1,"type":"string"}]"#)
        env.set("n", 42)
        XCTAssertEqual(env.value("n"), "42")
        env.set("n", true, type: "number")
        XCTAssertEqual(env.value("n")?.doubleValue, 1)
        XCTAssertEqual(env.variables[0].type, "number")
    }

    func testUnsetRemovesEnabledEntriesAndKeepsDisabled() {
        var env = scope(
            #"[{"key":"a","value":"1"},{"key":"a","value":"2","disabled":true},{"key":"a","value":"3"},{"key":"b","value":"4"}]"#
        )
        env.unset("a")
        XCTAssertEqual(env.variables.map(\.key), ["a", "b"])
        XCTAssertTrue(env.variables[0].disabled)
        XCTAssertFalse(env.has("a"))
        env.clear()
        XCTAssertTrue(env.variables.isEmpty)
    }

    func testToObjectKeepsFirstPositionAndLastValue() {
        let env = scope(
            #"[{"key":"a","value":"1"},{"key":"b","value":2},{"key":"a","value":"3"},{"key":"c","value":"x","disabled":true}]"#
        )
        XCTAssertEqual(env.toObject(excludingDisabled: true), JSONObject([("a", "3"), ("b", 2)]))
        // newman's toObject() without arguments includes disabled entries.
        XCTAssertEqual(env.toObject().keys, ["a", "b", "c"])
    }

    func testTypedVariablesCastLikeNewman() {
        let vars = scope(
            #"""
            [{"key":"bool","value":"false","type":"boolean"},
             {"key":"zero","value":0,"type":"boolean"},
             {"key":"num","value":" 12.5 ","type":"number"},
             {"key":"hex","value":"0x10","type":"number"},
             {"key":"nan","value":"abc","type":"number"},
             {"key":"str","value":null,"type":"string"},
             {"key":"strNoValue","type":"string"},
             {"key":"arr","value":"[1,2,3]","type":"array"},
             {"key":"arrBad","value":"{\"a\":1}","type":"array"},
             {"key":"obj","value":{"a":1},"type":"object"},
             {"key":"upper","value":5,"type":"STRING"},
             {"key":"secret","value":5,"type":"secret"}]
            """#)
        XCTAssertEqual(vars.value("bool"), true)  // Boolean("false") is true
        XCTAssertEqual(vars.value("zero"), false)
        XCTAssertEqual(vars.value("num")?.doubleValue, 12.5)
        XCTAssertEqual(vars.value("hex")?.doubleValue, 16)
        XCTAssertEqual(vars.lookup("nan")?.substitutionText, "NaN")
        XCTAssertEqual(vars.value("str"), "null")
        XCTAssertEqual(vars.value("strNoValue"), "undefined")
        XCTAssertEqual(vars.value("arr"), [1, 2, 3])
        XCTAssertEqual(vars.lookup("arr")?.substitutionText, "1,2,3")
        XCTAssertNil(vars.value("arrBad"))
        XCTAssertEqual(vars.value("obj"), ["a": 1])
        XCTAssertEqual(vars.value("upper"), "5")
        XCTAssertEqual(vars.value("secret"), 5)  // unknown types behave as `any`
    }

    func testSecretValuesForMasking() {
        let env = scope(
            #"[{"key":"token","value":"s3cr3t","type":"secret"},{"key":"empty","value":"","type":"secret"},{"key":"plain","value":"p"}]"#
        )
        XCTAssertEqual(env.secretValues, ["s3cr3t"])
        let scopes = VariableScopes(globals: env, environment: env)
        XCTAssertEqual(scopes.secretValues, ["s3cr3t"])
    }

    func testScopeStackPrecedenceForGet() {
        var scopes = VariableScopes(
            globals: scope(#"[{"key":"v","value":"globals"},{"key":"g","value":"only-global"}]"#),
            collection: scope(#"[{"key":"v","value":"collection"}]"#),
            environment: scope(#"[{"key":"v","value":"environment"}]"#),
            data: scope(#"[{"key":"v","value":"data"}]"#),
            local: scope(#"[{"key":"v","value":"local"}]"#))
        XCTAssertEqual(scopes.value("v"), "local")
        scopes.local.unset("v")
        XCTAssertEqual(scopes.value("v"), "data")
        scopes.data.clear()
        XCTAssertEqual(scopes.value("v"), "environment")
        scopes.environment.unset("v")
        XCTAssertEqual(scopes.value("v"), "collection")
        scopes.collection.unset("v")
        XCTAssertEqual(scopes.value("v"), "globals")
        XCTAssertEqual(scopes.value("g"), "only-global")
        XCTAssertNil(scopes.value("$guid"))
        XCTAssertEqual(scopes.toObject(), JSONObject([("v", "globals"), ("g", "only-global")]))
    }
}

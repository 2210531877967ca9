import CourierModel
import CourierVariables
import XCTest

/// `{{name}}` substitution: precedence, passes, conversions and unknown names.
final class ResolverTests: XCTestCase {
    func testTextWithoutReferencesIsUntouched() {
        let r = resolver(#"[{"key":"a","value":"x"}]"#)
        XCTAssertEqual(r.resolve("https://example.com/{a}/}}{"), "https://example.com/{a}/}}{")
        XCTAssertEqual(r.resolve(""), "")
        XCTAssertEqual(r.resolveReportingUnknown("plain").unknown, [])
    }

    func testEachScopeOverridesTheNext() {
        let layers = ["globals", "collection", "environment", "data", "local"]
        func scopes(upTo n: Int) -> VariableScopes {
            func layer(_ i: Int) -> VariableScope {
                i <= n
                    ? VariableScope(variables: [Variable(key: "v", value: .string(layers[i]))])
                    : VariableScope()
            }
            return VariableScopes(
                globals: layer(0), collection: layer(1), environment: layer(2), data: layer(3),
                local: layer(4))
        }
        for n in 0..<layers.count {
            XCTAssertEqual(VariableResolver(scopes: scopes(upTo: n)).resolve("{{v}}"), layers[n])
        }
    }

    func testDisabledEntryFallsThroughToLowerScope() {
        let scopes = VariableScopes(
            globals: scope(#"[{"key":"host","value":"global.example"}]"#),
            environment: scope(#"[{"key":"host","value":"env.example","disabled":true}]"#))
        XCTAssertEqual(VariableResolver(scopes: scopes).resolve("{{host}}"), "global.example")
    }

    func testLastDuplicateWins() {
        let r = resolver(
            #"[{"key":"a","value":"1"},{"key":"a","value":"2"},{"key":"a","value":"3","disabled":true}]"#)
        XCTAssertEqual(r.resolve("{{a}}"), "2")
    }

    func testUnknownStaysLiteralAndIsReported() {
        let r = resolver(#"[{"key":"known","value":"k"}]"#)
        let result = r.resolveReportingUnknown("{{novar}}/{{known}}/{{ spaced }}/{{novar}}/{{$nope}}")
        XCTAssertEqual(result.text, "{{novar}}/k/{{ spaced }}/{{novar}}/{{$nope}}")
        XCTAssertEqual(result.unknown, ["novar", " spaced ", "$nope"])
        XCTAssertEqual(r.unresolvedNames(in: "{{known}}{{x}}"), ["x"])
    }

    func testNestedNamesResolveInsideOut() {
        let r = resolver(#"[{"key":"env","value":"prod"},{"key":"url_prod","value":"https://prod.example"}]"#)
        XCTAssertEqual(r.resolve("{{url_{{env}}}}/path"), "https://prod.example/path")
    }

    func testValuesContainingReferencesResolve() {
        let r = resolver(
            #"[{"key":"base","value":"{{scheme}}://{{host}}"},{"key":"scheme","value":"https"},{"key":"host","value":"{{sub}}.example"},{"key":"sub","value":"api"}]"#
        )
        XCTAssertEqual(r.resolve("{{base}}/v1"), "https://api.example/v1")
    }

    func testSelfReferenceTerminates() {
        let r = resolver(#"[{"key":"loop","value":"{{loop}}"},{"key":"grow","value":"x{{grow}}"}]"#)
        XCTAssertEqual(r.resolve("{{loop}}"), "{{loop}}")
        // 19 passes: each adds one "x".
        XCTAssertEqual(r.resolve("{{grow}}"), String(repeating: "x", count: 19) + "{{grow}}")
    }

    func testPassLimitIsNineteen() {
        // v0 -> v1 -> ... -> v20 -> "end": each pass follows one link, and there are 19 passes.
        let chain = (0..<20).map { #"{"key":"v\#($0)","value":"{{v\#($0 + 1)}}"}"# }.joined(separator: ",")
        let r = resolver("[\(chain),{\"key\":\"v20\",\"value\":\"end\"}]")
        XCTAssertEqual(r.resolve("{{v2}}"), "end")
        XCTAssertEqual(r.resolve("{{v1}}"), "{{v20}}")
        XCTAssertEqual(r.resolve("{{v0}}"), "{{v19}}")
    }

    func testValueConversion() {
        let r = resolver(
            #"""
            [{"key":"int","value":42},{"key":"float","value":1.50},{"key":"exp","value":1e3},
             {"key":"yes","value":true},{"key":"no","value":false},{"key":"nul","value":null},
             {"key":"obj","value":{"a":1}},{"key":"arr","value":[1,"two",null,[3,4],true]},
             {"key":"missing"},{"key":"empty","value":""}]
            """#)
        XCTAssertEqual(r.resolve("{{int}}|{{float}}|{{exp}}"), "42|1.5|1000")
        XCTAssertEqual(r.resolve("{{yes}}|{{no}}|{{nul}}"), "true|false|null")
        XCTAssertEqual(r.resolve("{{obj}}|{{arr}}"), "[object Object]|1,two,,3,4,true")
        XCTAssertEqual(r.resolve("[{{missing}}][{{empty}}]"), "[][]")
    }

    func testNamesWithSpacesSlashesBackslashesAndDots() {
        let r = resolver(
            #"[{"key":"my var","value":"1"},{"key":"a/b","value":"2"},{"key":"c\\d","value":"3"},{"key":"e.f","value":"4"},{"key":" pad ","value":"5"},{"key":"ünï","value":"6"}]"#
        )
        XCTAssertEqual(r.resolve("{{my var}}{{a/b}}{{c\\d}}{{e.f}}{{ pad }}{{ünï}}"), "123456")
        // Names are not trimmed.
        XCTAssertEqual(r.resolve("{{my var }}"), "{{my var }}")
    }

    func testBraceEdgeCasesFollowTheRegex() {
        let r = resolver(#"[{"key":"a","value":"A"},{"key":"","value":"EMPTY"}]"#)
        XCTAssertEqual(r.resolve("{{{a}}}"), "{A}")
        XCTAssertEqual(r.resolve("{{a}"), "{{a}")
        XCTAssertEqual(r.resolve("{{a}b}}{{a}}"), "{{a}b}}A")
        XCTAssertEqual(r.resolve("{{}}"), "EMPTY")
        XCTAssertEqual(r.resolve("é{{a}}ü{{a}}"), "éAüA")
    }

    func testDynamicVariablesAreFreshPerOccurrenceAndLowestPrecedence() {
        let r = resolver("[]")
        let parts = r.resolve("{{$guid}} {{$guid}}").split(separator: " ")
        XCTAssertEqual(parts.count, 2)
        XCTAssertNotEqual(parts[0], parts[1])
        let overridden = resolver(#"[{"key":"$guid","value":"mine"}]"#)
        XCTAssertEqual(overridden.resolve("{{$guid}}"), "mine")
        let noDynamic = VariableResolver(scopes: [], dynamic: nil)
        XCTAssertEqual(noDynamic.resolve("{{$guid}}"), "{{$guid}}")
    }

    func testDynamicNameBuiltFromVariable() {
        let r = resolver(#"[{"key":"kind","value":"timestamp"}]"#)
        XCTAssertEqual(r.resolve("{{${{kind}}}}"), "1795924025")
    }
}

/// `VariableReference.all(in:)`: references as written, with their ranges.
final class ReferenceTests: XCTestCase {
    func testReferencesWithRanges() {
        let template = "ü{{a b}}/{{url_{{env}}}}?x={{a b}}"
        let refs = VariableReference.all(in: template)
        XCTAssertEqual(refs.map(\.name), ["a b", "env", "a b"])
        XCTAssertEqual(refs.map { String(template[$0.range]) }, ["{{a b}}", "{{env}}", "{{a b}}"])
        XCTAssertEqual(VariableReference.all(in: "none {here}"), [])
    }

    func testNamesConsultedFollowNestedAndComposedReferences() {
        let r = resolver(#"[{"key":"url","value":"{{host}}/{{path_{{env}}}}"},{"key":"env","value":"prod"},"# + #"{"key":"path_prod","value":"v1"}]"#)
        XCTAssertEqual(r.namesConsulted(by: "{{url}}?q={{missing}}&id={{$guid}}"),
                       ["url", "host", "env", "path_prod", "missing", "$guid"])
        XCTAssertEqual(r.namesConsulted(by: "no references"), [])
        XCTAssertNil(r.namesConsulted(by: "{{path_{{$randomInt}}}}"), "the composed name depends on a random value")
    }
}

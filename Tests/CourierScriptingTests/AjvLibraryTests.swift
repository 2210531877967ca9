import XCTest

@testable import CourierScripting

final class AjvLibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    func testSandboxLibrariesCollectionCalls() {
        let prelude = "var Ajv = require('ajv'); var schema = {properties: {alpha: {type: 'boolean'}}};"
        let cases: [(String, String)] = [
            (
                prelude
                    + "var ajv = new Ajv({logger: false}); return [ajv.validate(schema, {alpha: true}), ajv.validate(schema, {alpha: 123})];",
                "true,false"
            ),
            (
                prelude
                    + "var v = new Ajv({logger: false}).compile(schema); return [v({alpha: true}), v({alpha: 123})];",
                "true,false"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testErrorObjectsUseAjv6Shape() {
        let cases: [(String, String)] = [
            (
                "var ajv = new (require('ajv'))(); ajv.validate({properties: {alpha: {type: 'boolean'}}}, {alpha: 1}); return JSON.stringify(ajv.errors);",
                ##"[{"keyword":"type","dataPath":".alpha","schemaPath":"#/properties/alpha/type","params":{"type":"boolean"},"message":"should be boolean"}]"##
            ),
            (
                "var v = new (require('ajv'))().compile({type: 'object', required: ['id']}); v({}); return JSON.stringify(v.errors[0].params) + ' ' + v.errors[0].message;",
                #"{"missingProperty":".id"} should have required property '.id'"#
            ),
            (
                "var v = new (require('ajv'))().compile({required: ['id'], properties: {id: {type: 'number'}}}); v({}); return v.errors[0].message;",
                "should have required property 'id'"
            ),
            (
                "var v = new (require('ajv'))({allErrors: true}).compile({required: ['id']}); v({}); return v.errors[0].message;",
                "should have required property 'id'"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testAllErrorsAndErrorsText() {
        let schema = """
            var schema = {definitions: {n: {type: 'integer', minimum: 3}}, type: 'object', required: ['a', 'b'],
              properties: {a: {$ref: '#/definitions/n'}, c: {anyOf: [{type: 'string'}, {type: 'number'}]},
                e: {format: 'email'}, t: {enum: ['x', 'y']}, u: {type: 'array', uniqueItems: true, maxItems: 2}}};
            """
        let cases: [(String, String)] = [
            (
                schema
                    + "var ajv = new (require('ajv'))({allErrors: true}); ajv.validate(schema, {a: 1, c: true, e: 'no', t: 'z', u: [1, 1, 1]}); return ajv.errorsText();",
                "data should have required property 'b', data.a should be >= 3, data.c should be string, "
                    + "data.c should be number, data.c should match some schema in anyOf, data.e should match format \"email\", "
                    + "data.t should be equal to one of the allowed values, data.u should NOT have more than 2 items, "
                    + "data.u should NOT have duplicate items (items ## 1 and 2 are identical)"
            ),
            (
                schema
                    + "var ajv = new (require('ajv'))(); ajv.validate(schema, {a: 1, b: 2}); return ajv.errors.length + ' ' + ajv.errors[0].schemaPath;",
                "1 #/definitions/n/minimum"
            ),
            ("var ajv = new (require('ajv'))(); return ajv.errorsText();", "No errors"),
        ]
        assertModuleResults(harness, cases)
    }

    func testDraft6And7Keywords() {
        let cases: [(String, String)] = [
            (
                "var v = new (require('ajv'))().compile({const: 5}); return [v(5), v(6), v.errors && v.errors[0].message];",
                "true,false,should be equal to constant"
            ),
            (
                "var v = new (require('ajv'))().compile({exclusiveMaximum: 5}); return [v(4), v(5), v.errors[0].message];",
                "true,false,should be < 5"
            ),
            (
                "var v = new (require('ajv'))().compile({propertyNames: {maxLength: 2}}); return [v({ab: 1}), v({abc: 1}), v.errors[0].message];",
                "true,false,property name 'abc' is invalid"
            ),
            (
                "var v = new (require('ajv'))().compile({if: {properties: {k: {const: 'a'}}}, then: {required: ['x']}, else: {required: ['y']}}); return [v({k: 'a', x: 1}), v({k: 'b', x: 1}), v.errors.map(function (e) { return e.message; }).join('|')];",
                "true,false,should have required property '.y'|should match \"else\" schema"
            ),
            (
                "var v = new (require('ajv'))().compile({dependencies: {a: ['b']}}); return [v({b: 1}), v({a: 1}), v.errors[0].message];",
                "true,false,should have property b when property a is present"
            ),
            (
                "var v = new (require('ajv'))().compile({oneOf: [{type: 'number'}, {type: 'integer'}]}); return [v(1.5), v(2), v.errors[0].message];",
                "true,false,should match exactly one schema in oneOf"
            ),
            (
                "var v = new (require('ajv'))().compile({not: {type: 'string'}}); return [v(1), v('s'), v.errors[0].message];",
                "true,false,should NOT be valid"
            ),
            (
                "var v = new (require('ajv'))().compile({format: 'uuid'}); return [v('0f8fad5b-d9cb-469f-a165-70867728950e'), v('nope')];",
                "true,false"
            ),
            (
                "var v = new (require('ajv'))().compile({format: 'date-time'}); return [v('2020-01-02T03:04:05Z'), v('2020-01-02')];",
                "true,false"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testAddSchemaAndGetSchema() {
        let cases: [(String, String)] = [
            (
                "var ajv = new (require('ajv'))(); ajv.addSchema({$id: 'http://x/pet.json', definitions: {name: {type: 'string'}}}); var v = ajv.compile({properties: {n: {$ref: 'http://x/pet.json#/definitions/name'}}}); return [v({n: 'a'}), v({n: 1})];",
                "true,false"
            ),
            (
                "var ajv = new (require('ajv'))(); ajv.addSchema({type: 'number'}, 'num'); return [ajv.validate('num', 1), ajv.getSchema('num')('x'), typeof ajv.getSchema('other')];",
                "true,false,undefined"
            ),
            (
                "var ajv = new (require('ajv'))(); return ajv.validate({$ref: '#/definitions/none'}, 1);",
                "threw: can't resolve reference #/definitions/none from id #"
            ),
        ]
        assertModuleResults(harness, cases)
    }
}

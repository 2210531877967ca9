import XCTest

@testable import CourierScripting

final class TV4LibraryTests: XCTestCase {
    private let harness = SandboxModuleHarness()

    func testValidateSetsErrorWithTV4Wording() {
        let cases: [(String, String)] = [
            ("var tv4 = require('tv4'); return typeof tv4.validate;", "function"),
            ("var tv4 = require('tv4'); return [tv4.validate('x', {type: 'string'}), tv4.error];", "true,"),
            (
                "var tv4 = require('tv4'); tv4.validate(1, {type: 'string'}); var e = tv4.error; return [e.message, e.code, e.dataPath, e.schemaPath].join('|');",
                "Invalid type: number (expected string)|0||/type"
            ),
            (
                "var tv4 = require('tv4'); tv4.validate({a: 'x'}, {required: ['a', 'b'], properties: {a: {minLength: 3}}}); return [tv4.error.message, tv4.error.dataPath, tv4.error.schemaPath].join('|');",
                "Missing required property: b|/b|/required/1"
            ),
            (
                "var tv4 = require('tv4'); tv4.validate({n: 3}, {properties: {n: {type: ['string', 'null']}}}); return tv4.error.message + '|' + tv4.error.dataPath;",
                "Invalid type: number (expected string/null)|/n"
            ),
            (
                "var tv4 = require('tv4'); tv4.validate(5, {maximum: 3}); return tv4.error.message;",
                "Value 5 is greater than maximum 3"
            ),
            (
                "var tv4 = require('tv4'); tv4.validate(3, {maximum: 3, exclusiveMaximum: true}); return tv4.error.message;",
                "Value 3 is equal to exclusive maximum 3"
            ),
            (
                "var tv4 = require('tv4'); tv4.validate('z', {enum: ['a', 'b']}); return tv4.error.message;",
                "No enum match for: \"z\""
            ),
            (
                "var tv4 = require('tv4'); tv4.validate([1, 1], {uniqueItems: true}); return tv4.error.message;",
                "Array items are not unique (indices 0 and 1)"
            ),
            (
                "var tv4 = require('tv4'); tv4.validate('ab', {pattern: '^a$'}); return tv4.error.message;",
                "String does not match pattern: ^a$"
            ),
            (
                "var tv4 = require('tv4'); tv4.validate(1, {type: 'string'}); return tv4.error instanceof Error;",
                "true"
            ),
        ]
        assertModuleResults(harness, cases)
    }

    func testValidateMultipleResultAndMissingSchemas() {
        let cases: [(String, String)] = [
            (
                "var r = require('tv4').validateMultiple({a: 'x', c: 5}, {required: ['b'], properties: {a: {minLength: 3}, c: {anyOf: [{type: 'string'}, {type: 'boolean'}]}}}); return r.valid + ' ' + r.errors.map(function (e) { return e.code + ':' + e.message; }).join('|');",
                "false 302:Missing required property: b|200:String is too short (1 chars), minimum 3|10:Data does not match any schemas from \"anyOf\""
            ),
            (
                "var r = require('tv4').validateResult(1, {type: 'integer'}); return [r.valid, r.error, r.missing.length];",
                "true,,0"
            ),
            (
                "var tv4 = require('tv4'); var ok = tv4.validate({}, {$ref: 'http://example.com/other'}); return ok + ' ' + tv4.missing[0];",
                "true http://example.com/other"
            ),
            (
                "var tv4 = require('tv4'); tv4.addSchema('http://example.com/s', {type: 'number'}); return [tv4.validate(1, {$ref: 'http://example.com/s'}), tv4.validate('1', {$ref: 'http://example.com/s'})];",
                "true,false"
            ),
            ("var tv4 = require('tv4'); return tv4.validate(1, {const: 2, if: {}, then: false});", "true"),
        ]
        assertModuleResults(harness, cases)
    }
}

import CJavaScriptCore
import XCTest

@testable import CourierScripting

/// Runs Courier's `expect` library in a bare JavaScriptCore context and checks the outcome of
/// each snippet: `passed`, or the thrown error as `name: message` (chai 4 / chai-postman wording).
final class ExpectLibraryTests: XCTestCase {
    func testEqualityWords() {
        assertOutcomes([
            (
                #"expect(404).to.equal(200)"#,
                #"AssertionError: expected 404 to equal 200"#
            ),
            (
                #"expect(404).to.not.equal(404)"#,
                #"AssertionError: expected 404 to not equal 404"#
            ),
            (
                #"expect('a').to.equals('b')"#,
                #"AssertionError: expected 'a' to equal 'b'"#
            ),
            (
                #"expect(1).to.eq(2)"#,
                #"AssertionError: expected 1 to equal 2"#
            ),
            (
                #"expect(1, 'status check').to.equal(2)"#,
                #"AssertionError: status check: expected 1 to equal 2"#
            ),
            (
                #"expect({ a: 1 }).to.deep.equal({ a: 2 })"#,
                #"AssertionError: expected { a: 1 } to deeply equal { a: 2 }"#
            ),
            (
                #"expect({ a: 1 }).to.eql({ a: 2 })"#,
                #"AssertionError: expected { a: 1 } to deeply equal { a: 2 }"#
            ),
            (
                #"expect({ a: 1 }).to.eqls({ a: 1 })"#,
                #"passed"#
            ),
            (
                #"expect({ a: 1, b: 'x' }).to.not.eql({ a: 1, b: 'x' })"#,
                #"AssertionError: expected { a: 1, b: 'x' } to not deeply equal { a: 1, b: 'x' }"#
            ),
            (
                #"expect([1, 2]).to.eql([1, 2])"#,
                #"passed"#
            ),
            (
                #"expect({ a: [1, { b: 2 }] }).to.eql({ a: [1, { b: 2 }] })"#,
                #"passed"#
            ),
            (
                #"expect(new Date(0)).to.eql(new Date(0))"#,
                #"passed"#
            ),
            (
                #"expect(new Date(0)).to.eql(new Date(1))"#,
                #"AssertionError: expected 1970-01-01T00:00:00.000Z to deeply equal 1970-01-01T00:00:00.001Z"#
            ),
            (
                #"expect(/a/g).to.eql(/a/g)"#,
                #"passed"#
            ),
            (
                #"expect(NaN).to.eql(NaN)"#,
                #"passed"#
            ),
            (
                #"expect(new Map([['a', 1]])).to.eql(new Map([['a', 1]]))"#,
                #"passed"#
            ),
            (
                #"expect(new Set([1, 2])).to.eql(new Set([2, 1]))"#,
                #"passed"#
            ),
            (
                #"expect(new Set([1, 2])).to.eql(new Set([1, 3]))"#,
                #"AssertionError: expected Set{ 1, 2 } to deeply equal Set{ 1, 3 }"#
            ),
            (
                #"expect(0).to.equal(1)"#,
                #"AssertionError: expected +0 to equal 1"#
            ),
            (
                #"expect(-0).to.eql(0)"#,
                #"AssertionError: expected -0 to deeply equal +0"#
            ),
            (
                #"expect('a\nb').to.equal('c')"#,
                #"AssertionError: expected 'a\nb' to equal 'c'"#
            ),
            (
                #"expect(null).to.equal(undefined)"#,
                #"AssertionError: expected null to equal undefined"#
            ),
        ])
    }

    func testTypeWords() {
        assertOutcomes([
            (
                #"expect('foo').to.be.a('number')"#,
                #"AssertionError: expected 'foo' to be a number"#
            ),
            (
                #"expect('foo').to.be.a('string')"#,
                #"passed"#
            ),
            (
                #"expect([]).to.be.an('array')"#,
                #"passed"#
            ),
            (
                #"expect({}).to.be.an('array')"#,
                #"AssertionError: expected {} to be an array"#
            ),
            (
                #"expect(null).to.be.an('object')"#,
                #"AssertionError: expected null to be an object"#
            ),
            (
                #"expect(undefined).to.be.an('undefined')"#,
                #"passed"#
            ),
            (
                #"expect(1).to.not.be.a('number')"#,
                #"AssertionError: expected 1 not to be a number"#
            ),
            (
                #"expect(function () {}).to.be.a('function')"#,
                #"passed"#
            ),
            (
                #"expect(new Date()).to.be.a('date')"#,
                #"passed"#
            ),
            (
                #"expect(/x/).to.be.a('regexp')"#,
                #"passed"#
            ),
            (
                #"expect(true).to.be.true"#,
                #"passed"#
            ),
            (
                #"expect(1).to.be.true"#,
                #"AssertionError: expected 1 to be true"#
            ),
            (
                #"expect(true).to.be.false"#,
                #"AssertionError: expected true to be false"#
            ),
            (
                #"expect(false).to.not.be.false"#,
                #"AssertionError: expected false to be true"#
            ),
            (
                #"expect(null).to.be.null"#,
                #"passed"#
            ),
            (
                #"expect(0).to.be.null"#,
                #"AssertionError: expected +0 to be null"#
            ),
            (
                #"expect(undefined).to.be.undefined"#,
                #"passed"#
            ),
            (
                #"expect('x').to.be.undefined"#,
                #"AssertionError: expected 'x' to be undefined"#
            ),
            (
                #"expect(null).to.not.be.undefined"#,
                #"passed"#
            ),
            (
                #"expect(1).to.be.NaN"#,
                #"AssertionError: expected 1 to be NaN"#
            ),
            (
                #"expect(NaN).to.be.NaN"#,
                #"passed"#
            ),
            (
                #"expect(undefined).to.exist"#,
                #"AssertionError: expected undefined to exist"#
            ),
            (
                #"expect(null).to.exist"#,
                #"AssertionError: expected null to exist"#
            ),
            (
                #"expect(0).to.exist"#,
                #"passed"#
            ),
            (
                #"expect('x').to.not.exist"#,
                #"AssertionError: expected 'x' to not exist"#
            ),
            (
                #"expect(0).to.be.ok"#,
                #"AssertionError: expected +0 to be truthy"#
            ),
            (
                #"expect('').to.be.ok"#,
                #"AssertionError: expected '' to be truthy"#
            ),
            (
                #"expect(1).to.not.be.ok"#,
                #"AssertionError: expected 1 to be falsy"#
            ),
            (
                #"expect([]).to.be.empty"#,
                #"passed"#
            ),
            (
                #"expect([1]).to.be.empty"#,
                #"AssertionError: expected [ 1 ] to be empty"#
            ),
            (
                #"expect('').to.not.be.empty"#,
                #"AssertionError: expected '' not to be empty"#
            ),
            (
                #"expect({ a: 1 }).to.be.empty"#,
                #"AssertionError: expected { a: 1 } to be empty"#
            ),
            (
                #"expect(new Set()).to.be.empty"#,
                #"passed"#
            ),
            (
                #"expect(3).to.be.empty"#,
                #"AssertionError: .empty was passed non-string primitive 3"#
            ),
            (
                #"expect([]).to.be.arguments"#,
                #"AssertionError: expected [] to be arguments but got Array"#
            ),
            (
                #"expect(Infinity).to.be.finite"#,
                #"AssertionError: expected Infinity to be a finite number"#
            ),
            (
                #"expect(Object.freeze({})).to.be.frozen"#,
                #"passed"#
            ),
            (
                #"expect({}).to.be.sealed"#,
                #"AssertionError: expected {} to be sealed"#
            ),
            (
                #"expect({}).to.be.extensible"#,
                #"passed"#
            ),
            (
                #"expect(Object.preventExtensions({})).to.be.extensible"#,
                #"AssertionError: expected {} to be extensible"#
            ),
            (
                #"expect(1).to.be.instanceof(Array)"#,
                #"AssertionError: expected 1 to be an instance of Array"#
            ),
            (
                #"expect([]).to.be.an.instanceOf(Array)"#,
                #"passed"#
            ),
            (
                #"expect(new Error('x')).to.not.be.instanceof(Error)"#,
                #"AssertionError: expected Error: x to not be an instance of Error"#
            ),
        ])
    }

    func testComparisonWords() {
        assertOutcomes([
            (
                #"expect(5).to.be.above(10)"#,
                #"AssertionError: expected 5 to be above 10"#
            ),
            (
                #"expect(5).to.be.gt(5)"#,
                #"AssertionError: expected 5 to be above 5"#
            ),
            (
                #"expect(5).to.be.greaterThan(4)"#,
                #"passed"#
            ),
            (
                #"expect(5).to.not.be.above(4)"#,
                #"AssertionError: expected 5 to be at most 4"#
            ),
            (
                #"expect(5).to.be.at.least(6)"#,
                #"AssertionError: expected 5 to be at least 6"#
            ),
            (
                #"expect(5).to.be.gte(5)"#,
                #"passed"#
            ),
            (
                #"expect(5).to.be.greaterThanOrEqual(6)"#,
                #"AssertionError: expected 5 to be at least 6"#
            ),
            (
                #"expect(5).to.not.be.at.least(5)"#,
                #"AssertionError: expected 5 to be below 5"#
            ),
            (
                #"expect(5).to.be.below(3)"#,
                #"AssertionError: expected 5 to be below 3"#
            ),
            (
                #"expect(5).to.be.lt(5)"#,
                #"AssertionError: expected 5 to be below 5"#
            ),
            (
                #"expect(5).to.be.lessThan(4)"#,
                #"AssertionError: expected 5 to be below 4"#
            ),
            (
                #"expect(5).to.not.be.below(6)"#,
                #"AssertionError: expected 5 to be at least 6"#
            ),
            (
                #"expect(5).to.be.at.most(4)"#,
                #"AssertionError: expected 5 to be at most 4"#
            ),
            (
                #"expect(5).to.be.lte(4)"#,
                #"AssertionError: expected 5 to be at most 4"#
            ),
            (
                #"expect(5).to.be.lessThanOrEqual(5)"#,
                #"passed"#
            ),
            (
                #"expect(5).to.not.be.at.most(5)"#,
                #"AssertionError: expected 5 to be above 5"#
            ),
            (
                #"expect(5).to.be.within(1, 3)"#,
                #"AssertionError: expected 5 to be within 1..3"#
            ),
            (
                #"expect(2).to.not.be.within(1, 3)"#,
                #"AssertionError: expected 2 to not be within 1..3"#
            ),
            (
                #"expect('5').to.be.above(1)"#,
                #"AssertionError: expected '5' to be a number or a date"#
            ),
            (
                #"expect(undefined).to.be.above(1)"#,
                #"AssertionError: expected undefined to be a number or a date"#
            ),
            (
                #"expect(5).to.be.above('1')"#,
                #"AssertionError: the argument to above must be a number"#
            ),
            (
                #"expect(1.5).to.be.closeTo(2, 0.1)"#,
                #"AssertionError: expected 1.5 to be close to 2 +/- 0.1"#
            ),
            (
                #"expect(1.5).to.be.approximately(1.55, 0.1)"#,
                #"passed"#
            ),
            (
                #"expect(1.5).to.not.be.closeTo(1.5, 0.1)"#,
                #"AssertionError: expected 1.5 not to be close to 1.5 +/- 0.1"#
            ),
        ])
    }

    func testLengthWords() {
        assertOutcomes([
            (
                #"expect([1, 2]).to.have.lengthOf(3)"#,
                #"AssertionError: expected [ 1, 2 ] to have a length of 3 but got 2"#
            ),
            (
                #"expect([1, 2]).to.have.length(3)"#,
                #"AssertionError: expected [ 1, 2 ] to have a length of 3 but got 2"#
            ),
            (
                #"expect('abc').to.have.length(3)"#,
                #"passed"#
            ),
            (
                #"expect('abc').to.not.have.lengthOf(3)"#,
                #"AssertionError: expected 'abc' to not have a length of 3"#
            ),
            (
                #"expect([1, 2]).to.have.length.above(2)"#,
                #"AssertionError: expected [ 1, 2 ] to have a length above 2 but got 2"#
            ),
            (
                #"expect([1, 2, 3]).to.have.length.below(2)"#,
                #"AssertionError: expected [ 1, 2, 3 ] to have a length below 2 but got 3"#
            ),
            (
                #"expect([1, 2]).to.have.lengthOf.at.least(3)"#,
                #"AssertionError: expected [ 1, 2 ] to have a length at least 3 but got 2"#
            ),
            (
                #"expect([1, 2]).to.have.length.at.most(1)"#,
                #"AssertionError: expected [ 1, 2 ] to have a length at most 1 but got 2"#
            ),
            (
                #"expect([1, 2]).to.have.length.within(3, 5)"#,
                #"AssertionError: expected [ 1, 2 ] to have a length within 3..5"#
            ),
            (
                #"expect(new Set([1])).to.have.lengthOf(2)"#,
                #"AssertionError: expected Set{ 1 } to have a size of 2 but got 1"#
            ),
            (
                #"expect(5).to.have.length(1)"#,
                #"AssertionError: expected 5 to have property 'length'"#
            ),
        ])
    }

    func testIncludeWords() {
        assertOutcomes([
            (
                #"expect('abc').to.include('x')"#,
                #"AssertionError: expected 'abc' to include 'x'"#
            ),
            (
                #"expect('abc').to.contain('b')"#,
                #"passed"#
            ),
            (
                #"expect('abc').to.not.include('b')"#,
                #"AssertionError: expected 'abc' to not include 'b'"#
            ),
            (
                #"expect([1, 2]).to.include(3)"#,
                #"AssertionError: expected [ 1, 2 ] to include 3"#
            ),
            (
                #"expect([1, 2]).to.includes(2)"#,
                #"passed"#
            ),
            (
                #"expect([1, 2]).to.contains(3)"#,
                #"AssertionError: expected [ 1, 2 ] to include 3"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.include({ a: 2 })"#,
                #"AssertionError: expected { a: 1, b: 2 } to have property 'a' of 2, but got 1"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.include({ a: 1 })"#,
                #"passed"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.not.include({ a: 1 })"#,
                #"AssertionError: expected { a: 1, b: 2 } to not have property 'a' of 1"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.not.include({ a: 1, b: 2 })"#,
                #"AssertionError: expected { a: 1, b: 2 } to not have property 'a' of 1"#
            ),
            (
                #"expect([{ a: 1 }]).to.include({ a: 1 })"#,
                #"AssertionError: expected [ { a: 1 } ] to include { a: 1 }"#
            ),
            (
                #"expect([{ a: 1 }]).to.deep.include({ a: 1 })"#,
                #"passed"#
            ),
            (
                #"expect([{ a: 1 }]).to.deep.include({ a: 2 })"#,
                #"AssertionError: expected [ { a: 1 } ] to deep include { a: 2 }"#
            ),
            (
                #"expect({ a: { b: 1 } }).to.deep.include({ a: { b: 2 } })"#,
                #"AssertionError: expected { a: { b: 1 } } to have deep property 'a' of { b: 2 }, but got { b: 1 }"#
            ),
            (
                #"expect({ a: { b: 1 } }).to.nested.include({ 'a.b': 2 })"#,
                #"AssertionError: expected { a: { b: 1 } } to have nested property 'a.b' of 2, but got 1"#
            ),
            (
                #"expect(new Set([1, 2])).to.include(3)"#,
                #"AssertionError: expected Set{ 1, 2 } to include 3"#
            ),
            (
                #"expect(new Map([['a', 1]])).to.include(1)"#,
                #"passed"#
            ),
            (
                #"expect(5).to.include(1)"#,
                #"AssertionError: the given combination of arguments (number and number) is invalid for this assertion. You can use an array, a map, an object, a set, a string, or a weakset instead of a number"#
            ),
            (
                #"expect('application/json; charset=utf-8').to.include('text/html')"#,
                #"AssertionError: expected 'application/json; charset=utf-8' to include 'text/html'"#
            ),
        ])
    }

    func testPropertyWords() {
        assertOutcomes([
            (
                #"expect({}).to.have.property('id')"#,
                #"AssertionError: expected {} to have property 'id'"#
            ),
            (
                #"expect({ id: 1 }).to.have.property('id')"#,
                #"passed"#
            ),
            (
                #"expect({ id: 1 }).to.have.property('id', 2)"#,
                #"AssertionError: expected { id: 1 } to have property 'id' of 2, but got 1"#
            ),
            (
                #"expect({ id: 1 }).to.not.have.property('id')"#,
                #"AssertionError: expected { id: 1 } to not have property 'id'"#
            ),
            (
                #"expect({ id: 1 }).to.not.have.property('id', 1)"#,
                #"AssertionError: expected { id: 1 } to not have property 'id' of 1"#
            ),
            (
                #"expect({ id: 1 }).to.have.property('id').that.equals(2)"#,
                #"AssertionError: expected 1 to equal 2"#
            ),
            (
                #"expect({ a: { b: 1 } }).to.have.deep.property('a', { b: 2 })"#,
                #"AssertionError: expected { a: { b: 1 } } to have deep property 'a' of { b: 2 }, but got { b: 1 }"#
            ),
            (
                #"expect({ a: { b: [1, 2] } }).to.have.nested.property('a.b[1]', 3)"#,
                #"AssertionError: expected { a: { b: [ 1, 2 ] } } to have nested property 'a.b[1]' of 3, but got 2"#
            ),
            (
                #"expect({ a: { b: [1, 2] } }).to.have.nested.property('a.c')"#,
                #"AssertionError: expected { a: { b: [ 1, 2 ] } } to have nested property 'a.c'"#
            ),
            (
                #"expect({ a: 1 }).to.have.own.property('toString')"#,
                #"AssertionError: expected { a: 1 } to have own property 'toString'"#
            ),
            (
                #"expect({ a: 1 }).to.have.ownProperty('b')"#,
                #"AssertionError: expected { a: 1 } to have own property 'b'"#
            ),
            (
                #"expect({ a: 1 }).to.haveOwnProperty('a')"#,
                #"passed"#
            ),
            (
                #"expect({ a: 1 }).to.have.ownPropertyDescriptor('b')"#,
                #"AssertionError: expected { a: 1 } to have an own property descriptor for 'b'"#
            ),
            (
                #"expect(null).to.have.property('a')"#,
                #"AssertionError: Target cannot be null or undefined."#
            ),
            (
                #"expect({ a: 1 }).to.have.property({})"#,
                #"AssertionError: the argument to property must be a string, number, or symbol"#
            ),
        ])
    }

    func testKeysAndMembers() {
        assertOutcomes([
            (
                #"expect({ a: 1, b: 2 }).to.have.all.keys('a')"#,
                #"AssertionError: expected { a: 1, b: 2 } to have key 'a'"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.have.keys('a', 'b')"#,
                #"passed"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.have.keys(['a', 'c'])"#,
                #"AssertionError: expected { a: 1, b: 2 } to have keys 'a', and 'c'"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.have.any.keys('c', 'd')"#,
                #"AssertionError: expected { a: 1, b: 2 } to have keys 'c', or 'd'"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.contain.key('a')"#,
                #"passed"#
            ),
            (
                #"expect({ a: 1, b: 2 }).to.include.all.keys('a', 'c')"#,
                #"AssertionError: expected { a: 1, b: 2 } to contain keys 'a', and 'c'"#
            ),
            (
                #"expect({ a: 1 }).to.not.have.key('a')"#,
                #"AssertionError: expected { a: 1 } to not have key 'a'"#
            ),
            (
                #"expect([1, 2]).to.have.members([1, 3])"#,
                #"AssertionError: expected [ 1, 2 ] to have the same members as [ 1, 3 ]"#
            ),
            (
                #"expect([1, 2]).to.have.members([2, 1])"#,
                #"passed"#
            ),
            (
                #"expect([1, 2]).to.include.members([3])"#,
                #"AssertionError: expected [ 1, 2 ] to be a superset of [ 3 ]"#
            ),
            (
                #"expect([1, 2, 3]).to.have.ordered.members([3, 2, 1])"#,
                #"AssertionError: expected [ 1, 2, 3 ] to have the same ordered members as [ 3, 2, 1 ]"#
            ),
            (
                #"expect([{ a: 1 }]).to.have.deep.members([{ a: 1 }])"#,
                #"passed"#
            ),
            (
                #"expect([{ a: 1 }]).to.have.members([{ a: 1 }])"#,
                #"AssertionError: expected [ { a: 1 } ] to have the same members as [ { a: 1 } ]"#
            ),
            (
                #"expect(3).to.be.oneOf([1, 2])"#,
                #"AssertionError: expected 3 to be one of [ 1, 2 ]"#
            ),
            (
                #"expect(1).to.not.be.oneOf([1, 2])"#,
                #"AssertionError: expected 1 to not be one of [ 1, 2 ]"#
            ),
            (
                #"expect({ a: 1 }).to.be.oneOf([{ a: 1 }])"#,
                #"AssertionError: expected { a: 1 } to be one of [ { a: 1 } ]"#
            ),
            (
                #"expect({ a: 1 }).to.be.deep.oneOf([{ a: 1 }])"#,
                #"passed"#
            ),
        ])
    }

    func testStringWords() {
        assertOutcomes([
            (
                #"expect('abc').to.match(/x/)"#,
                #"AssertionError: expected 'abc' to match /x/"#
            ),
            (
                #"expect('abc').to.matches(/^a/)"#,
                #"passed"#
            ),
            (
                #"expect('abc').to.not.match(/b/)"#,
                #"AssertionError: expected 'abc' not to match /b/"#
            ),
            (
                #"expect('foobar').to.have.string('baz')"#,
                #"AssertionError: expected 'foobar' to contain 'baz'"#
            ),
            (
                #"expect('foobar').to.not.have.string('bar')"#,
                #"AssertionError: expected 'foobar' to not contain 'bar'"#
            ),
        ])
    }

    func testFunctionWords() {
        assertOutcomes([
            (
                #"expect(function () { return 1; }).to.throw()"#,
                #"AssertionError: expected [Function] to throw an error"#
            ),
            (
                #"expect(function () { throw new TypeError('boom'); }).to.throw(RangeError)"#,
                #"AssertionError: expected [Function] to throw 'RangeError' but 'TypeError: boom' was thrown"#
            ),
            (
                #"expect(function () { throw new TypeError('boom'); }).to.throw(TypeError)"#,
                #"passed"#
            ),
            (
                #"expect(function () { throw new TypeError('boom'); }).to.throws('bam')"#,
                #"AssertionError: expected [Function] to throw error including 'bam' but got 'boom'"#
            ),
            (
                #"expect(function () { throw new TypeError('boom'); }).to.Throw(/bam/)"#,
                #"AssertionError: expected [Function] to throw error matching /bam/ but got 'boom'"#
            ),
            (
                #"expect(function () { throw new TypeError('boom'); }).to.throw(TypeError, 'bo')"#,
                #"passed"#
            ),
            (
                #"expect(function () { throw new TypeError('boom'); }).to.not.throw()"#,
                #"AssertionError: expected [Function] to not throw an error but 'TypeError: boom' was thrown"#
            ),
            (
                #"expect(function () { throw new TypeError('boom'); }).to.not.throw(TypeError)"#,
                #"AssertionError: expected [Function] to not throw 'TypeError' but 'TypeError: boom' was thrown"#
            ),
            (
                #"expect(1).to.throw()"#,
                #"AssertionError: expected 1 to be a function"#
            ),
            (
                #"expect([]).to.respondTo('push')"#,
                #"passed"#
            ),
            (
                #"expect([]).to.respondTo('foo')"#,
                #"AssertionError: expected [] to respond to 'foo'"#
            ),
            (
                #"expect(Array).to.respondsTo('push')"#,
                #"passed"#
            ),
            (
                #"expect(Array).itself.to.respondTo('isArray')"#,
                #"passed"#
            ),
            (
                #"expect(10).to.satisfy(function (n) { return n < 5; })"#,
                #"AssertionError: expected 10 to satisfy [Function]"#
            ),
            (
                #"expect(10).to.satisfies(function (n) { return n > 5; })"#,
                #"passed"#
            ),
            (
                #"var o = { n: 1 }; expect(function () { o.n += 2; }).to.change(o, 'n')"#,
                #"passed"#
            ),
            (
                #"var o = { n: 1 }; expect(function () {}).to.change(o, 'n')"#,
                #"AssertionError: expected .n to change"#
            ),
            (
                #"var o = { n: 1 }; expect(function () { o.n += 2; }).to.increase(o, 'n').by(3)"#,
                #"AssertionError: expected .n to increase by 3"#
            ),
            (
                #"var o = { n: 1 }; expect(function () { o.n -= 2; }).to.increase(o, 'n')"#,
                #"AssertionError: expected .n to increase"#
            ),
            (
                #"var o = { n: 1 }; expect(function () { o.n -= 2; }).to.decrease(o, 'n').by(2)"#,
                #"passed"#
            ),
            (
                #"var o = { n: 1 }; expect(function () {}).to.decreases(o, 'n')"#,
                #"AssertionError: expected .n to decrease"#
            ),
        ])
    }

    func testDisplayOfValues() {
        assertOutcomes([
            (
                #"expect({ a: 1, b: 'x' }).to.equal(1)"#,
                #"AssertionError: expected { a: 1, b: 'x' } to equal 1"#
            ),
            (
                #"expect({ 'content-type': 'x' }).to.equal(1)"#,
                #"AssertionError: expected { 'content-type': 'x' } to equal 1"#
            ),
            (
                #"expect(function named() {}).to.equal(1)"#,
                #"AssertionError: expected [Function named] to equal 1"#
            ),
            (
                #"expect(function () {}).to.equal(1)"#,
                #"AssertionError: expected [Function] to equal 1"#
            ),
            (
                #"expect({ a: { b: { c: 1 } } }).to.equal(1)"#,
                #"AssertionError: expected { a: { b: { c: 1 } } } to equal 1"#
            ),
            (
                #"expect({ id: 1, name: 'Leanne Graham', username: 'Bret' }).to.equal(1)"#,
                #"AssertionError: expected { id: 1, name: 'Leanne Graham', …(1) } to equal 1"#
            ),
            (
                #"expect({ id: 1, name: 'Leanne Graham', username: 'Bret', email: 'Sincere@april.biz' }).to.equal(1)"#,
                #"AssertionError: expected { id: 1, name: 'Leanne Graham', …(2) } to equal 1"#
            ),
            (
                #"expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]).to.equal(1)"#,
                #"AssertionError: expected [ Array(20) ] to equal 1"#
            ),
            (
                #"expect(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta']).to.equal(1)"#,
                #"AssertionError: expected [ 'alpha', 'beta', 'gamma', …(3) ] to equal 1"#
            ),
            (
                #"expect('abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz').to.equal('x')"#,
                #"AssertionError: expected 'abcdefghijklmnopqrstuvwxyzabcdefghijk…' to equal 'x'"#
            ),
            (
                #"expect([]).to.equal(1)"#,
                #"AssertionError: expected [] to equal 1"#
            ),
            (
                #"expect({}).to.equal(1)"#,
                #"AssertionError: expected {} to equal 1"#
            ),
            (
                #"expect([[1, 2], [3]]).to.equal(1)"#,
                #"AssertionError: expected [ [ 1, 2 ], [ 3 ] ] to equal 1"#
            ),
            (
                #"expect(new Map([['a', 1]])).to.equal(1)"#,
                #"AssertionError: expected Map{ 'a' => 1 } to equal 1"#
            ),
            (
                #"expect(new Set(['a'])).to.equal(1)"#,
                #"AssertionError: expected Set{ 'a' } to equal 1"#
            ),
            (
                #"expect(/ab+c/gi).to.equal(1)"#,
                #"AssertionError: expected /ab+c/gi to equal 1"#
            ),
            (
                #"expect(Symbol('s')).to.equal(1)"#,
                #"AssertionError: expected Symbol(s) to equal 1"#
            ),
            (
                #"expect(1.25).to.equal(-3)"#,
                #"AssertionError: expected 1.25 to equal -3"#
            ),
            (
                #"expect(true).to.equal(null)"#,
                #"AssertionError: expected true to equal null"#
            ),
            (
                #"expect(new Number(3)).to.equal(1)"#,
                #"AssertionError: expected 3 to equal 1"#
            ),
            (
                #"var a = [1]; a.push(a); expect(a).to.equal(1)"#,
                #"AssertionError: expected [ 1, [Circular] ] to equal 1"#
            ),
            (
                #"var o = {}; o.self = o; expect(o).to.equal(1)"#,
                #"AssertionError: expected { self: [Circular] } to equal 1"#
            ),
            (
                #"expect(new (class Foo {})()).to.be.an.instanceof(Array)"#,
                #"AssertionError: expected Foo{} to be an instance of Array"#
            ),
            (
                #"expect(new TypeError('bad')).to.equal(1)"#,
                #"AssertionError: expected TypeError: bad to equal 1"#
            ),
            (
                #"expect(undefined).to.equal(1)"#,
                #"AssertionError: expected undefined to equal 1"#
            ),
            (
                #"expect(10000000000000000000000).to.equal(1)"#,
                #"AssertionError: expected 1e+22 to equal 1"#
            ),
        ])
    }

    func testUnknownWordsAndFail() {
        assertOutcomes([
            (
                #"expect(1).to.foo"#,
                #"Error: Invalid Chai property: foo. Did you mean "to"?"#
            ),
            (
                #"expect(1).to.be.tru"#,
                #"Error: Invalid Chai property: tru. Did you mean "true"?"#
            ),
            (
                #"expect(1).to.be.xyzzyplugh"#,
                #"Error: Invalid Chai property: xyzzyplugh"#
            ),
            (
                #"expect(1).to.equal(1).and.be.a('number')"#,
                #"passed"#
            ),
            (
                #"expect(42).equal.pizza"#,
                #"Error: Invalid Chai property: equal.pizza. See docs for proper usage of "equal"."#
            ),
            (
                #"expect('foo').a.length"#,
                #"Error: Invalid Chai property: a.length. Due to a compatibility issue, "length" cannot directly follow "a". Use "a.lengthOf" instead."#
            ),
            (
                #"expect('foo').to.have.a.lengthOf(3)"#,
                #"passed"#
            ),
            (
                #"expect(42).a('number').pizza"#,
                #"Error: Invalid Chai property: pizza"#
            ),
            (
                #"expect(42).then"#,
                #"passed"#
            ),
            (
                #"expect.fail('boom')"#,
                #"AssertionError: boom"#
            ),
            (
                #"expect.fail(1, 2)"#,
                #"AssertionError: expect.fail()"#
            ),
            (
                #"expect.fail(1, 2, 'custom')"#,
                #"AssertionError: custom"#
            ),
            (
                #"__courierExpect.fail('stop')"#,
                #"AssertionError: stop"#
            ),
            (
                #"__courierExpect.fail()"#,
                #"AssertionError: expect.fail()"#
            ),
            (
                #"var e; try { expect(1).to.equal(2); } catch (x) { e = x; } if (e.actual !== 1 || e.expected !== 2 || e.showDiff !== true || !(e instanceof Error)) throw new Error('bad error fields')"#,
                #"passed"#
            ),
            (
                #"var e; try { expect(1).to.be.true; } catch (x) { e = x; } if (e.name !== 'AssertionError' || e.showDiff !== true) throw new Error('bad error fields ' + e.showDiff)"#,
                #"passed"#
            ),
        ])
    }

    func testPostmanStatus() {
        assertOutcomes([
            (
                #"makeResponse({ code: 404, status: 'Not Found' }).to.have.status(200)"#,
                #"AssertionError: expected response to have status code 200 but got 404"#
            ),
            (
                #"makeResponse({ code: 200, status: 'OK' }).to.have.status(200)"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 200, status: 'OK' }).to.not.have.status(200)"#,
                #"AssertionError: expected response to not have status code 200"#
            ),
            (
                #"makeResponse({ code: 201, status: 'Created' }).to.have.status('OK')"#,
                #"AssertionError: expected response to have status reason 'OK' but got 'Created'"#
            ),
            (
                #"makeResponse({ code: 404, status: 'Not Found' }).to.have.status('Not Found')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 200, status: 'OK' }).to.not.have.status('OK')"#,
                #"AssertionError: expected response to not have status reason 'OK'"#
            ),
            (
                #"makeResponse({ code: 200 }).to.have.statusCode(201)"#,
                #"AssertionError: expected response to have status code 201 but got 200"#
            ),
            (
                #"makeResponse({ code: 200 }).to.not.have.statusCode(200)"#,
                #"AssertionError: expected response to not have status code 200"#
            ),
            (
                #"makeResponse({ code: 200 }).to.have.statusCode('200')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 404, status: 'Not Found' }).to.have.statusReason('OK')"#,
                #"AssertionError: expected response to have status reason 'OK' but got 'Not Found'"#
            ),
            (
                #"makeResponse({ code: 200, status: 'OK' }).to.not.have.statusReason('OK')"#,
                #"AssertionError: expected response to not have status reason 'OK'"#
            ),
            (
                #"makeResponse({ code: 404 }).to.have.statusCodeClass(2)"#,
                #"AssertionError: expected response code to be 2XX but found 404"#
            ),
            (
                #"makeResponse({ code: 404 }).to.not.have.statusCodeClass(4)"#,
                #"AssertionError: expected response code to not be 4XX"#
            ),
            (
                #"makeResponse({ code: 101 }).to.be.info"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 404 }).to.be.success"#,
                #"AssertionError: expected response code to be 2XX but found 404"#
            ),
            (
                #"makeResponse({ code: 201 }).to.be.success"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 201 }).to.not.be.success"#,
                #"AssertionError: expected response code to not be 2XX"#
            ),
            (
                #"makeResponse({ code: 201 }).to.be.redirection"#,
                #"AssertionError: expected response code to be 3XX but found 201"#
            ),
            (
                #"makeResponse({ code: 301 }).to.be.clientError"#,
                #"AssertionError: expected response code to be 4XX but found 301"#
            ),
            (
                #"makeResponse({ code: 401 }).to.be.serverError"#,
                #"AssertionError: expected response code to be 5XX but found 401"#
            ),
            (
                #"makeResponse({ code: 500 }).to.not.be.serverError"#,
                #"AssertionError: expected response code to not be 5XX"#
            ),
            (
                #"makeResponse({ code: 200 }).to.be.error"#,
                #"AssertionError: expected response code to be 4XX or 5XX but found 200"#
            ),
            (
                #"makeResponse({ code: 503 }).to.not.be.error"#,
                #"AssertionError: expected response code to not be 4XX or 5XX"#
            ),
            (
                #"makeResponse({ code: 200, status: 'OK' }).to.be.ok"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 404, status: 'Not Found' }).to.be.ok"#,
                #"AssertionError: expected response to have status reason 'OK' but got 'NOT FOUND'"#
            ),
            (
                #"makeResponse({ code: 200, status: 'OK' }).to.not.be.ok"#,
                #"AssertionError: expected response to not have status reason 'OK'"#
            ),
            (
                #"makeResponse({ code: 200, status: '' }).to.be.ok"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 404, status: '' }).to.have.status('OK')"#,
                #"AssertionError: expected response to have status reason 'OK' but got 'Not Found'"#
            ),
            (
                #"makeResponse({ code: 202, status: 'Accepted' }).to.be.accepted"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 200, status: 'OK' }).to.be.accepted"#,
                #"AssertionError: expected response to have status reason 'ACCEPTED' but got 'OK'"#
            ),
            (
                #"makeResponse({ code: 204, status: 'No Content' }).to.be.withoutContent"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 400, status: 'Bad Request' }).to.be.badRequest"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 401, status: 'Unauthorized' }).to.be.unauthorized"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 403, status: 'Forbidden' }).to.be.forbidden"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 404, status: 'Not Found' }).to.be.notFound"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 404, status: 'Not Found' }).to.not.be.notFound"#,
                #"AssertionError: expected response to not have status reason 'NOT FOUND'"#
            ),
            (
                #"makeResponse({ code: 429, status: 'Too Many Requests' }).to.be.rateLimited"#,
                #"passed"#
            ),
            (
                #"makeResponse({ code: 204, status: 'No Content' }).to.be.rateLimited"#,
                #"AssertionError: expected response to have status reason 'TOO MANY REQUESTS' but got 'NO CONTENT'"#
            ),
            (
                #"expect(200).to.have.status(200)"#,
                #"AssertionError: expecting a postman response object but got 200"#
            ),
            (
                #"expect({}).to.be.a.postmanResponse"#,
                #"AssertionError: expecting a postman response object but got {}"#
            ),
        ])
    }

    func testPostmanHeadersAndBody() {
        assertOutcomes([
            (
                #"makeResponse().to.have.header('X-Missing')"#,
                #"AssertionError: expected response to have header with key 'X-Missing'"#
            ),
            (
                #"makeResponse().to.not.have.header('X-Missing')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ headers: [{ key: 'Content-Type', value: 'text/plain' }] }).to.have.header('content-type')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ headers: [{ key: 'Content-Type', value: 'text/plain' }] }).to.not.have.header('Content-Type')"#,
                #"AssertionError: expected response to not have header with key 'Content-Type'"#
            ),
            (
                #"makeResponse({ headers: [{ key: 'Content-Type', value: 'text/plain' }] }).to.have.header('Content-Type', 'text/plain')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ headers: [{ key: 'Content-Type', value: 'text/plain' }] }).to.have.header('Content-Type', 'application/json')"#,
                #"AssertionError: expected 'Content-Type' response header to be 'application/json' but got 'text/plain'"#
            ),
            (
                #"makeRequest({ headers: [{ key: 'Host', value: 'example' }] }).to.have.header('host')"#,
                #"passed"#
            ),
            (
                #"makeRequest().to.have.header('Foo-Bar')"#,
                #"AssertionError: expected request to have header with key 'Foo-Bar'"#
            ),
            (
                #"makeRequest().to.not.have.header('Foo-Bar')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: 'hello' }).to.be.withBody"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '' }).to.be.withBody"#,
                #"AssertionError: expected response to have content in body"#
            ),
            (
                #"makeResponse({ body: 'hello' }).to.not.be.withBody"#,
                #"AssertionError: expected response to not have content in body"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.be.json"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '<a>', jsonError: "Unexpected token '<' at 1:1\n<a>\n^" }).to.be.json"#,
                #"AssertionError: expected response body to be a valid json but got error Unexpected token '<' at 1:1"#
            ),
            (
                #"makeResponse({ body: '<a>', jsonError: "Unexpected token '<' at 1:1\n<a>\n^" }).to.not.be.json"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '<a>', jsonError: "Unexpected token '<' at 1:1\n<a>\n^" }).to.have.jsonBody()"#,
                #"AssertionError: expected response body to be a valid json but got error Unexpected token '<' at 1:1"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.not.be.json"#,
                #"AssertionError: expected response body not to be a valid json"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.have.body('{"a": 1}')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: 'a' }).to.have.body('b')"#,
                #"AssertionError: expected response body to equal 'b' but got 'a'"#
            ),
            (
                #"makeResponse({ body: 'a' }).to.not.have.body('a')"#,
                #"AssertionError: expected response body to not equal 'a'"#
            ),
            (
                #"makeResponse({ body: 'a' }).to.have.body(/b/)"#,
                #"AssertionError: expected response body text to match /b/ but got 'a'"#
            ),
            (
                #"makeResponse({ body: 'a' }).to.not.have.body(/a/)"#,
                #"AssertionError: expected response body text 'a' to not match /a/"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.have.body({ a: 1 })"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.have.body({ a: 2 })"#,
                #"AssertionError: expected response body json to equal { a: 2 } but got { a: 1 }"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.have.jsonBody()"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.not.have.jsonBody()"#,
                #"AssertionError: expected response body not to be a valid json"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.have.jsonBody('a', 1)"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.have.jsonBody('a', 2)"#,
                #"AssertionError: expected response body json at "a" to contain 2 but got 1"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.have.jsonBody('b')"#,
                #"AssertionError: expected { a: 1 } in response to contain property 'b'"#
            ),
            (
                #"makeResponse({ body: '{"a": 1}' }).to.not.have.jsonBody('a')"#,
                #"AssertionError: expected { a: 1 } in response to not contain property 'a'"#
            ),
            (
                #"makeResponse({ body: '{"a": {"b": [1, {"c": "x"}]}}' }).to.have.jsonBody('a.b[1].c', 'x')"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '{"a": {"b": [1, {"c": "x"}]}}' }).to.have.jsonBody('a.b[0]', 2)"#,
                #"AssertionError: expected response body json at "a.b[0]" to contain 2 but got 1"#
            ),
            (
                #"makeResponse({ body: '' }).to.have.jsonBody('a', 1)"#,
                #"AssertionError: expected undefined in response to contain property 'a'"#
            ),
        ])
    }

    func testPostmanTimingAndKinds() {
        assertOutcomes([
            (
                #"makeResponse({ responseTime: 120 }).to.have.responseTime.below(200)"#,
                #"passed"#
            ),
            (
                #"makeResponse({ responseTime: 250 }).to.have.responseTime.below(200)"#,
                #"AssertionError: expected 250 to be below 200"#
            ),
            (
                #"makeResponse({ responseTime: 250 }).to.have.responseTime.above(300)"#,
                #"AssertionError: expected 250 to be above 300"#
            ),
            (
                #"makeResponse({ responseTime: 250 }).to.have.responseTime.within(100, 200)"#,
                #"AssertionError: expected 250 to be within 100..200"#
            ),
            (
                #"makeResponse({ responseTime: 123 }).to.have.responseTime(123)"#,
                #"passed"#
            ),
            (
                #"makeResponse({ responseTime: 123 }).to.not.have.responseTime(123)"#,
                #"AssertionError: expected response to not have a valid response time but got 123"#
            ),
            (
                #"makeResponse({ responseSize: 45 }).to.have.responseSize(45)"#,
                #"passed"#
            ),
            (
                #"makeResponse({ responseSize: 45 }).to.have.responseSize(123)"#,
                #"AssertionError: expected response size to equal 45 but got 123"#
            ),
            (
                #"makeResponse({ responseSize: 45 }).to.not.have.responseSize(45)"#,
                #"AssertionError: expected response to not have a valid response size but got 45"#
            ),
            (
                #"makeResponse({ responseSize: 45 }).to.have.responseSize.above(100)"#,
                #"AssertionError: expected 45 to be above 100"#
            ),
            (
                #"makeRequest().to.be.ok"#,
                #"passed"#
            ),
            (
                #"makeRequest().to.be.a.postmanRequest"#,
                #"passed"#
            ),
            (
                #"makeRequest().to.not.be.a.postmanResponse"#,
                #"passed"#
            ),
            (
                #"makeRequest().to.be.a.postmanRequestOrResponse"#,
                #"passed"#
            ),
            (
                #"makeRequest().to.be.a.postmanResponse"#,
                #"AssertionError: expecting a postman response object but got { method: 'GET', url: { …(1) }, …(4) }"#
            ),
            (
                #"makeResponse().to.not.be.a.postmanRequest"#,
                #"passed"#
            ),
            (
                #"makeResponse().to.be.a.postmanRequest"#,
                #"AssertionError: expecting a postman request object but got { code: 200, status: 'OK', …(7) }"#
            ),
            (
                #"makeResponse().to.not.be.a.postmanRequestOrResponse"#,
                #"AssertionError: not expecting a postman request or response object"#
            ),
            (
                #"expect({}).to.be.a.postmanRequestOrResponse"#,
                #"AssertionError: expecting a postman request or response object but got {}"#
            ),
            (
                #"expect(makeRequest()).to.have.property('to')"#,
                #"passed"#
            ),
            (
                #"expect(makeRequest().to).to.be.an('object')"#,
                #"passed"#
            ),
        ])
    }

    func testJSONSchema() {
        assertOutcomes([
            (
                #"expect({ alpha: true }).to.be.jsonSchema({ properties: { alpha: { type: 'boolean' } } })"#,
                #"passed"#
            ),
            (
                #"expect('POSTMAN').to.be.jsonSchema({ type: 'string' })"#,
                #"passed"#
            ),
            (
                #"expect({ alpha: 123 }).to.not.be.jsonSchema({ properties: { alpha: { type: 'boolean' } } })"#,
                #"passed"#
            ),
            (
                #"expect(123).to.not.be.jsonSchema({ type: 'string' })"#,
                #"passed"#
            ),
            (
                #"expect({ alpha: 123 }).to.be.jsonSchema({ properties: { alpha: { type: 'boolean' } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.alpha should be boolean"#
            ),
            (
                #"expect({ alpha: true }).to.not.be.jsonSchema({ properties: { alpha: { type: 'boolean' } } })"#,
                #"AssertionError: expected data to not satisfy schema"#
            ),
            (
                #"expect({ random: 123 }).to.have.jsonSchema({ required: ['alpha'], additionalProperties: false, properties: { alpha: { type: 'boolean' }, beta: { type: 'boolean' } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should NOT have additional properties, data should have required property 'alpha'"#
            ),
            (
                #"expect({ a: 'x' }).to.have.jsonSchema({ required: ['b', 'c'] })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should have required property 'b', data should have required property 'c'"#
            ),
            (
                #"expect({ n: 5, s: 'ab', l: [1, 1] }).to.have.jsonSchema({ properties: { n: { minimum: 6, maximum: 4 }, s: { minLength: 3, pattern: '^x' }, l: { maxItems: 1, uniqueItems: true } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.n should be <= 4, data.n should be >= 6, data.s should NOT be shorter than 3 characters, data.s should match pattern "^x", data.l should NOT have more than 1 items, data.l should NOT have duplicate items (items ## 0 and 1 are identical)"#
            ),
            (
                #"expect({ n: 5 }).to.have.jsonSchema({ properties: { n: { exclusiveMinimum: 5, multipleOf: 2 } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.n should be > 5, data.n should be multiple of 2"#
            ),
            (
                #"expect({ e: 'c' }).to.have.jsonSchema({ properties: { e: { enum: ['a', 'b'] }, k: { const: 1 } }, required: ['e'] })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.e should be equal to one of the allowed values"#
            ),
            (
                #"expect({ v: 1.5 }).to.have.jsonSchema({ properties: { v: { type: ['integer', 'string'] } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.v should be integer,string"#
            ),
            (
                #"expect([1, 'x']).to.have.jsonSchema({ type: 'array', items: { type: 'number' } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata[1] should be number"#
            ),
            (
                #"expect({ 'my-key': 1 }).to.have.jsonSchema({ properties: { 'my-key': { type: 'string' } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata['my-key'] should be string"#
            ),
            (
                #"expect({ a: { b: 'x' } }).to.have.jsonSchema({ definitions: { num: { type: 'number' } }, properties: { a: { properties: { b: { $ref: '#/definitions/num' } } } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.a.b should be number"#
            ),
            (
                #"expect(5).to.have.jsonSchema({ anyOf: [{ type: 'string' }, { type: 'boolean' }] })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should be string, data should be boolean, data should match some schema in anyOf"#
            ),
            (
                #"expect(5).to.have.jsonSchema({ oneOf: [{ type: 'number' }, { minimum: 1 }] })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should match exactly one schema in oneOf"#
            ),
            (
                #"expect(5).to.have.jsonSchema({ not: { type: 'number' } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should NOT be valid"#
            ),
            (
                #"expect(5).to.have.jsonSchema({ allOf: [{ type: 'number' }, { maximum: 3 }] })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should be <= 3"#
            ),
            (
                #"expect({ a: 1 }).to.have.jsonSchema({ dependencies: { a: ['b', 'c'] } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should have properties b, c when property a is present, data should have properties b, c when property a is present"#
            ),
            (
                #"expect({ t: [{ id: 1 }, { id: 'x' }] }).to.have.jsonSchema({ type: 'object', properties: { t: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'integer' } } } } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.t[0] should have required property 'name', data.t[1] should have required property 'name', data.t[1].id should be integer"#
            ),
            (
                #"expect('x').to.have.jsonSchema({ type: 'string', enum: ['a'], format: 'email' })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata should match format "email", data should be equal to one of the allowed values"#
            ),
            (
                #"makeResponse({ body: '{"url": "http://x"}' }).to.have.jsonSchema({ properties: { url: { type: 'string' } } })"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '{"url": "http://x"}' }).to.not.have.jsonSchema({ properties: { url: { type: 'number' } } })"#,
                #"passed"#
            ),
            (
                #"makeResponse({ body: '{"url": 1}' }).to.have.jsonSchema({ properties: { url: { type: 'string' } } })"#,
                #"AssertionError: expected data to satisfy schema but found following errors: \#ndata.url should be string"#
            ),
        ])
    }

    func testLibraryDefinesTheEngineContract() {
        let context = ExpectContext()
        XCTAssertEqual(
            context.evaluate(
                "[typeof __courierExpect.expect, typeof __courierExpect.expect.fail, "
                    + "__courierExpect.AssertionError.prototype.name, typeof __courierExpect.fail].join()"),
            "function,function,AssertionError,function")
    }

    func testEvaluatingTheLibraryTwiceIsHarmless() {
        let context = ExpectContext()
        XCTAssertEqual(context.evaluate(ExpectLibrary.source), "undefined")
        XCTAssertEqual(context.outcome("expect(1).to.equal(2)"), "AssertionError: expected 1 to equal 2")
    }

    /// Checks each snippet's outcome, reporting failures at the caller's line.
    private func assertOutcomes(
        _ cases: [(snippet: String, outcome: String)], file: StaticString = #filePath, line: UInt = #line
    ) {
        let context = ExpectContext()
        for (snippet, outcome) in cases {
            XCTAssertEqual(context.outcome(snippet), outcome, snippet, file: file, line: line)
        }
    }
}

/// A JavaScriptCore context holding the expect library (with the modules and Sugar, as in the
/// engine) plus `expect`, `makeResponse` and `makeRequest`.
private final class ExpectContext: ModuleTestContext {
    override init() {
        super.init()
        _ = evaluate(ExpectLibrary.source)
        _ = evaluate("__courier.requireInternal('sugar')();")
        _ = evaluate(Self.fixtures)
    }

    /// Runs `snippet` inside a function; answers `passed` or the thrown error as `name: message`.
    func outcome(_ snippet: String) -> String {
        evaluate(
            "(function () { try { " + snippet
                + "\n; return 'passed'; } catch (e) { return e.name + ': ' + e.message; } })()")
    }

    /// Evaluates `script`; answers the result as a string, or `exception: ...` when it throws.
    func evaluate(_ script: String) -> String {
        let result = evaluateScript(script)
        return result.exception.map { "exception: " + $0 } ?? result.value ?? ""
    }

    /// Stand-ins shaped like the engine's `pm.response` and `pm.request`.
    private static let fixtures = #"""
        var expect = __courierExpect.expect;
        function makeHeaders(list) {
          const find = (name) => list.find((h) => h.key.toLowerCase() === String(name).toLowerCase());
          return {
            get(name) { const h = find(name); return h ? h.value : undefined; },
            has(name) { return find(name) !== undefined; },
            all() { return list.slice(); },
          };
        }
        function makeResponse(o) {
          o = o || {};
          const r = {
            code: o.code === undefined ? 200 : o.code, status: o.status === undefined ? 'OK' : o.status,
            headers: makeHeaders(o.headers || []), __courierKind: 'response',
            responseTime: o.responseTime === undefined ? 120 : o.responseTime,
            responseSize: o.responseSize === undefined ? 45 : o.responseSize,
            text() { return o.body === undefined ? '' : o.body; },
            json() {
              if (o.jsonError) { const e = new Error(o.jsonError); e.name = 'JSONError'; throw e; }
              return JSON.parse(this.text());
            },
          };
          Object.defineProperty(r, 'to', { get() { return expect(this).to; } });
          return r;
        }
        function makeRequest(o) {
          o = o || {};
          const r = {
            method: o.method || 'GET', url: { toString() { return 'http://127.0.0.1/get'; } },
            headers: makeHeaders(o.headers || []), body: o.body, __courierKind: 'request',
          };
          Object.defineProperty(r, 'to', { get() { return expect(this).to; } });
          return r;
        }
        """#
}

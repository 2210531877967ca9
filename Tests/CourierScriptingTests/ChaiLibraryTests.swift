import XCTest

@testable import CourierScripting

final class ChaiLibraryTests: XCTestCase {
    private func makeHarness() -> SandboxModuleHarness {
        let harness = SandboxModuleHarness()
        _ = harness.evaluate(ExpectLibrary.source)
        return harness
    }

    func testExportsTheEnginesExpect() {
        let cases: [(String, String)] = [
            (
                "return require('chai').expect === __courierExpect.expect && require('chai').AssertionError === __courierExpect.AssertionError;",
                "true"
            ),
            ("require('chai').expect(1).to.equal(2);", "threw: expected 1 to equal 2"),
            (
                "try { require('chai').expect(1).to.equal(2); } catch (e) { return e instanceof require('chai').AssertionError; }",
                "true"
            ),
            ("return typeof require('chai').should;", "undefined"),
        ]
        assertModuleResults(makeHarness(), cases)
    }

    func testAssertStyle() {
        let cases: [(String, String)] = [
            (
                "var assert = require('chai').assert; assert(true); assert.equal(1, '1'); assert.deepEqual({a: [1]}, {a: [1]}); assert.isString('x'); assert.include([1, 2], 2); return 'ok';",
                "ok"
            ),
            ("require('chai').assert.strictEqual(1, '1');", "threw: expected 1 to equal '1'"),
            ("require('chai').assert.isTrue(false, 'flag');", "threw: flag: expected false to be true"),
            (
                "require('chai').assert.lengthOf([1], 2);",
                "threw: expected [ 1 ] to have a length of 2 but got 1"
            ),
        ]
        assertModuleResults(makeHarness(), cases)
    }
}

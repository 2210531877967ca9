import CourierScripting
import XCTest

/// Syntax checks for `courier validate`, with line numbers in the script's own terms.
final class ScriptSyntaxCheckerTests: XCTestCase {
    func testAValidScriptHasNoError() {
        XCTAssertNil(
            ScriptSyntaxChecker.check("pm.test('x', () => {\n  pm.expect(1).to.equal(1);\n});\nreturn;"))
    }

    func testTheErrorNamesTheScriptsLine() throws {
        let problem = try XCTUnwrap(ScriptSyntaxChecker.check("const a = 1;\nconst b = 2;\nif (a {\n}"))
        XCTAssertEqual(problem.line, 3)
        XCTAssertTrue(problem.message.contains("SyntaxError"), problem.message)
    }

    func testAnUnclosedBlockPointsAtTheLastLine() throws {
        let problem = try XCTUnwrap(ScriptSyntaxChecker.check("function f() {\n  return 1;"))
        XCTAssertEqual(problem.line, 2)
    }

    func testAnUnwrappedScriptWouldNotParseButTheWrappedOneDoes() {
        // `return` at the top level is valid because the engine runs scripts inside a function.
        XCTAssertNil(ScriptSyntaxChecker.check("if (true) return;"))
    }
}

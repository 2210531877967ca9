import CJavaScriptCore
import XCTest

@testable import CourierScripting

/// Runs snippets against the sandbox modules, answering `threw: <message>` when they throw.
final class SandboxModuleHarness: ModuleTestContext {
    /// Runs `snippet` as a function body and answers its return value as a string
    /// (or `threw: <message>` when it throws).
    func run(_ snippet: String) -> String {
        evaluate(
            "(function () { try { return String((function () {" + snippet
                + "\n})()); } catch (e) { return 'threw: ' + (e && e.message); } })()")
    }

    /// Evaluates `script` globally; answers the result as a string or `exception: ...`.
    func evaluate(_ script: String) -> String {
        let result = evaluateScript(script)
        return result.exception.map { "exception: " + $0 } ?? result.value ?? ""
    }
}

/// Checks that every snippet answers the expected string.
func assertModuleResults(
    _ harness: SandboxModuleHarness, _ cases: [(String, String)], file: StaticString = #filePath,
    line: UInt = #line
) {
    for (snippet, expected) in cases {
        XCTAssertEqual(harness.run(snippet), expected, snippet, file: file, line: line)
    }
}

final class AjvModuleHarnessTests: XCTestCase {
    func testRequireCachesExportsAndRejectsUnknownNames() {
        let harness = SandboxModuleHarness()
        assertModuleResults(
            harness,
            [
                ("return require('json-schema-core') === require('json-schema-core');", "true"),
                ("return require('nope');", "threw: Cannot find module 'nope'"),
            ])
    }
}

import CJavaScriptCore
import XCTest

@testable import CourierScripting

/// A JavaScriptCore context with a `require` that loads the given sandbox libraries the way the
/// engine does: evaluate the source once, call it with `(require, native)`, cache the exports.
final class SandboxModuleHarness {
    private let context: JSGlobalContextRef

    init(_ libraries: [SandboxLibrary]) {
        context = JSGlobalContextCreate(nil)
        _ = evaluate("var __modules = {}; var __cache = {};")
        for library in libraries {
            for name in library.names {
                _ = evaluate("__modules[\(Self.quoted(name))] = \(library.source);")
            }
        }
        _ = evaluate(
            """
            function require(name) {
              if (name in __cache) return __cache[name];
              if (!(name in __modules)) throw new Error("Cannot find module '" + name + "'");
              return (__cache[name] = __modules[name](require, {}));
            }
            """)
    }

    deinit {
        JSGlobalContextRelease(context)
    }

    /// Runs `snippet` as a function body and answers its return value as a string
    /// (or `threw: <message>` when it throws).
    func run(_ snippet: String) -> String {
        evaluate(
            "(function () { try { return String((function () {" + snippet
                + "\n})()); } catch (e) { return 'threw: ' + (e && e.message); } })()")
    }

    /// Evaluates `script` globally; answers the result as a string or `exception: ...`.
    func evaluate(_ script: String) -> String {
        let source = JSStringCreateWithUTF8CString(script)
        defer { JSStringRelease(source) }
        var exception: JSValueRef?
        let value = JSEvaluateScript(context, source, nil, nil, 1, &exception)
        if let exception {
            return "exception: " + string(exception)
        }
        return string(value)
    }

    private func string(_ value: JSValueRef?) -> String {
        guard let text = JSValueToStringCopy(context, value, nil) else { return "" }
        defer { JSStringRelease(text) }
        let size = JSStringGetMaximumUTF8CStringSize(text)
        var buffer = [CChar](repeating: 0, count: size)
        let written = JSStringGetUTF8CString(text, &buffer, size)
        let bytes = buffer.prefix(max(written - 1, 0)).map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
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
        let harness = SandboxModuleHarness([JSONSchemaCoreLibrary.library])
        assertModuleResults(
            harness,
            [
                ("return require('json-schema-core') === require('json-schema-core');", "true"),
                ("return require('nope');", "threw: Cannot find module 'nope'"),
            ])
    }
}

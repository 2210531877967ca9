/// Courier's chai-4-compatible `expect` with the chai-postman assertions, written in JavaScript.
///
/// Contract: evaluating `source` once defines
/// `globalThis.__courierExpect = { expect(value, message), AssertionError, fail(message) }`.
/// `expect` is chai 4's BDD `expect` (with `expect.fail`); `AssertionError` has `name`, `message`,
/// `actual`, `expected` and `showDiff`. The parts live in the `Expect*` enums beside this one.
enum ExpectLibrary {
    /// The whole library as one script, its parts wrapped in a single function scope.
    static let source: String =
        "(function () {\n'use strict';\n"
        + ExpectInspect.source
        + ExpectEquality.source
        + ExpectCore.source
        + ExpectAssertions.source
        + ExpectPropertyAssertions.source
        + ExpectFunctionAssertions.source
        + ExpectPostmanAssertions.source
        + exports
        + "})();\n"

    private static let exports = #"""
        // ---- exports ----
        globalThis.__courierExpect = {
          expect,
          AssertionError,
          fail(message) { throw new AssertionError(message || 'expect.fail()'); },
        };

        """#
}

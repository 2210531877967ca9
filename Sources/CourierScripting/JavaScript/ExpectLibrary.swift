/// Courier's chai-compatible `expect` and the Postman response assertions, in JavaScript.
///
/// Placeholder until the expectations library lands. Contract: evaluating `source` defines
/// `globalThis.__courierExpect = { expect(value, message), AssertionError, fail(message) }`.
enum ExpectLibrary {
    static let source = #"""
        (function () {
          class AssertionError extends Error { constructor(message) { super(message); this.name = 'AssertionError'; } }
          function expect(value, message) {
            const chain = {
              equal(expected) { if (value !== expected) throw new AssertionError((message ? message + ': ' : '') + 'expected ' + String(value) + ' to equal ' + String(expected)); return chain; },
              get to() { return chain; }, get be() { return chain; }, get have() { return chain; },
              status(code) { if (value.code !== code) throw new AssertionError('expected response to have status code ' + code + ' but got ' + value.code); return chain; }
            };
            return chain;
          }
          globalThis.__courierExpect = { expect, AssertionError, fail(message) { throw new AssertionError(message || 'expect.fail()'); } };
        })();
        """#
}

/// A module that collection scripts can `require()`, written in JavaScript by us.
///
/// `source` is a JavaScript *function expression* `(function (require, native) { ...; return exports; })`.
/// The engine evaluates it the first time the module is required (never at start-up), calls it once
/// with its own `require` (so modules can use each other) and an object of native helpers
/// (`native.digest`, `native.hmac`, ... added by the crypto natives), and caches the exports.
struct SandboxLibrary: Sendable {
    /// The names `require()` accepts for this module (e.g. `["crypto-js"]`, `["lodash"]`).
    let names: [String]
    let source: String
}

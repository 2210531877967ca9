import CJavaScriptCore
import XCTest

@testable import CourierScripting

/// A JavaScriptCore context with the engine's own module loader (every sandbox module and the
/// crypto natives as `native`) and none of the `pm` preludes. Its `require` also loads the
/// internal modules (`lodash3`, `sugar`, `json-schema-core`), so each can be tested directly.
class ModuleTestContext {
    let context: JSGlobalContextRef

    init() {
        context = JSGlobalContextCreate(nil)
        ModuleLoader.install(in: context)
        for source in [ModuleLoader.requirePrelude, "globalThis.require = __courier.requireInternal; globalThis.native = __courier_cryptoNative;"] {
            let result = JSBridge.evaluate(context, source, sourceURL: "module-test-setup")
            precondition(result.exception == nil, "the module loader failed to start")
        }
    }

    deinit { JSGlobalContextRelease(context) }

    /// Evaluates `script` globally: its completion value as text, or the exception's text.
    func evaluateScript(_ script: String) -> (value: String?, exception: String?) {
        let result = JSBridge.evaluate(context, script, sourceURL: "test")
        if let exception = result.exception { return (nil, JSBridge.text(context, exception) ?? "") }
        return (JSBridge.text(context, result.value), nil)
    }
}

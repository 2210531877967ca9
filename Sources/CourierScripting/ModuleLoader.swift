import CJavaScriptCore

/// Makes the sandbox modules loadable: `require(name)` in scripts, the legacy library globals
/// (`_`, `CryptoJS`, `tv4`, `cheerio`, `xml2Json`), `Buffer`, and Sugar's prototype extensions.
///
/// A module's source is evaluated the first time it is required (never at engine start, except
/// Sugar, which newman always loads) and its exports are cached for the run.
enum ModuleLoader {
    /// Installs the native hooks the module prelude uses.
    static func install(in context: JSGlobalContextRef) {
        NativeFunction.install("__courier_moduleFactory", in: context) { context, arguments in
            guard let name = JSBridge.text(context, arguments.first ?? nil) else { return JSValueMakeUndefined(context) }
            let fromModule = arguments.count > 1 && JSValueToBoolean(context, arguments[1])
            guard fromModule || !SandboxLibraries.internalNames.contains(name),
                let source = SandboxLibraries.source(named: name)
            else { return JSValueMakeUndefined(context) }
            let result = JSBridge.evaluate(context, source, sourceURL: "courier-module:" + name)
            return result.exception == nil ? result.value : JSValueMakeUndefined(context)
        }
        JSBridge.setProperty(
            context, JSContextGetGlobalObject(context), "__courier_cryptoNative",
            CryptoNatives.makeNativeObject(in: context))
    }

    /// The JavaScript side: `require`, `Buffer`, and Sugar.
    static let prelude = requirePrelude + "\n__courier.requireInternal('sugar')();\n"

    /// `require` and `Buffer` without Sugar's prototype extensions (the library tests use it).
    static let requirePrelude = ##"""
        (function (global) {
          'use strict';
          var C = global.__courier || (global.__courier = {});
          var cache = Object.create(null);
          var native = global.__courier_cryptoNative;
          function load(name, fromModule) {
            name = String(name);
            if (Object.prototype.hasOwnProperty.call(cache, name)) { return cache[name]; }
            var factory = global.__courier_moduleFactory(name, fromModule);
            if (typeof factory !== 'function') {
              var error = new Error("Cannot find module '" + name + "'");
              error.code = 'MODULE_NOT_FOUND';
              throw error;
            }
            var exports = factory(moduleRequire, native);
            cache[name] = exports;
            return exports;
          }
          function moduleRequire(name) { return load(name, true); }
          global.require = function require(name) { return load(name, false); };
          C.requireInternal = moduleRequire;
          Object.defineProperty(global, 'Buffer', {
            configurable: true, enumerable: false,
            get: function () { return moduleRequire('buffer').Buffer; }
          });
        })(globalThis);
        """##
}

import CJavaScriptCore

/// A Swift closure callable from JavaScript. The closure lives in the function object's private
/// data and is released when JavaScriptCore collects the object.
final class NativeFunction {
    typealias Body = (JSContextRef, [JSValueRef?]) -> JSValueRef?

    let body: Body

    private init(_ body: @escaping Body) { self.body = body }

    /// The class every native function object is made from.
    private static func makeClass() -> JSClassRef {
        var definition = kJSClassDefinitionEmpty
        definition.className = nil
        definition.finalize = { object in
            if let pointer = JSObjectGetPrivate(object) {
                Unmanaged<NativeFunction>.fromOpaque(pointer).release()
            }
        }
        definition.callAsFunction = { context, function, _, count, arguments, _ in
            guard let context, let function, let pointer = JSObjectGetPrivate(function) else { return nil }
            let native = Unmanaged<NativeFunction>.fromOpaque(pointer).takeUnretainedValue()
            var values: [JSValueRef?] = []
            values.reserveCapacity(count)
            for index in 0..<count { values.append(arguments?[index]) }
            return native.body(context, values) ?? JSValueMakeUndefined(context)
        }
        return JSClassCreate(&definition)
    }

    /// Defines `globalThis[name]` as a function running `body`.
    static func install(_ name: String, in context: JSGlobalContextRef, body: @escaping Body) {
        let jsClass = makeClass()
        defer { JSClassRelease(jsClass) }
        let pointer = Unmanaged.passRetained(NativeFunction(body)).toOpaque()
        let object = JSObjectMake(context, jsClass, pointer)
        JSBridge.setProperty(context, JSContextGetGlobalObject(context), name, object)
    }
}

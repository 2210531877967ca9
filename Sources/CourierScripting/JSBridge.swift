import CJavaScriptCore
import Foundation

/// Small conversions between Swift and the JavaScriptCore C API.
enum JSBridge {
    /// Makes a JavaScript string (caller releases).
    static func string(_ text: String) -> JSStringRef {
        var text = text
        return text.withUTF8 { utf8 in asciiString(utf8) ?? utf16String(utf8) }
    }

    /// A string from valid UTF-8 (as every Swift string's is), transcoded to UTF-16 in one pass:
    /// about 5 instructions a byte for mostly-ASCII text against JavaScriptCore's 40 (the preludes
    /// alone are tens of kilobytes). NUL is an ordinary character here.
    static func utf16String(_ bytes: UnsafeBufferPointer<UInt8>) -> JSStringRef {
        // UTF-16 never needs more units than UTF-8 has bytes.
        withUnsafeTemporaryAllocation(of: UInt16.self, capacity: bytes.count) { units in
            var count = 0
            var index = 0
            while index < bytes.count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    units[count] = UInt16(lead)
                    count += 1
                    index += 1
                    continue
                }
                let scalar: UInt32
                if lead < 0xE0 {
                    scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    scalar =
                        (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
                        | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    scalar =
                        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                if scalar >= 0x10000 {
                    let offset = scalar - 0x10000
                    units[count] = UInt16(0xD800 + (offset >> 10))
                    units[count + 1] = UInt16(0xDC00 + (offset & 0x3FF))
                    count += 2
                } else {
                    units[count] = UInt16(scalar)
                    count += 1
                }
            }
            return JSStringCreateWithCharacters(units.baseAddress, count)
        }
    }

    /// A string of plain ASCII bytes (NUL included), widened to UTF-16 in one pass; nil at the
    /// first non-ASCII byte. Most texts are ASCII, and JavaScriptCore's UTF-8 decoder costs about
    /// 40 instructions a byte against one or two here.
    static func asciiString(_ bytes: UnsafeBufferPointer<UInt8>) -> JSStringRef? {
        guard !bytes.isEmpty else { return JSStringCreateWithCharacters(nil, 0) }
        return withUnsafeTemporaryAllocation(of: UInt16.self, capacity: bytes.count) { units -> JSStringRef? in
            var combined: UInt8 = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                combined |= byte
                units[index] = UInt16(byte)
            }
            guard combined < 0x80 else { return nil }
            return JSStringCreateWithCharacters(units.baseAddress, bytes.count)
        }
    }

    /// Reads a JavaScript string.
    static func text(_ string: JSStringRef) -> String {
        let length = JSStringGetLength(string)
        guard length > 0 else { return "" }
        // JavaScriptCore's own UTF-16 to UTF-8 conversion is much faster than transcoding in Swift.
        let capacity = JSStringGetMaximumUTF8CStringSize(string)
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                max(JSStringGetUTF8CString(string, chars.baseAddress, capacity) - 1, 0)
            }
        }
    }

    /// `String(value)` in JavaScript, or nil when that throws.
    static func text(_ context: JSContextRef, _ value: JSValueRef?) -> String? {
        guard let value else { return nil }
        var exception: JSValueRef?
        guard let string = JSValueToStringCopy(context, value, &exception), exception == nil else {
            return nil
        }
        defer { JSStringRelease(string) }
        return text(string)
    }

    /// Reads a property of an object value.
    static func property(_ context: JSContextRef, _ value: JSValueRef?, _ name: String) -> JSValueRef? {
        guard let value, JSValueIsObject(context, value) else { return nil }
        let object = JSValueToObject(context, value, nil)
        let key = string(name)
        defer { JSStringRelease(key) }
        return JSObjectGetProperty(context, object, key, nil)
    }

    /// Sets a property on an object.
    static func setProperty(
        _ context: JSContextRef, _ object: JSObjectRef, _ name: String, _ value: JSValueRef?
    ) {
        let key = string(name)
        defer { JSStringRelease(key) }
        JSObjectSetProperty(context, object, key, value, JSPropertyAttributes(kJSPropertyAttributeNone), nil)
    }

    /// Makes a JavaScript string value.
    static func value(_ context: JSContextRef, _ text: String) -> JSValueRef {
        let string = string(text)
        defer { JSStringRelease(string) }
        return JSValueMakeString(context, string)
    }

    /// Makes a JavaScript string value from UTF-16 code units.
    static func value(_ context: JSContextRef, utf16 units: UnsafeBufferPointer<UInt16>) -> JSValueRef {
        let string = JSStringCreateWithCharacters(units.baseAddress, units.count)
        defer { JSStringRelease(string) }
        return JSValueMakeString(context, string)
    }

    /// Parses JSON text into a JavaScript value (undefined when it is not valid JSON).
    static func value(_ context: JSContextRef, json: String) -> JSValueRef {
        let string = string(json)
        defer { JSStringRelease(string) }
        return JSValueMakeFromJSONString(context, string) ?? JSValueMakeUndefined(context)
    }

    /// Parses JSON given as UTF-16 code units into a JavaScript value (undefined when it is not valid JSON).
    static func value(_ context: JSContextRef, utf16JSON: UnsafeBufferPointer<UInt16>) -> JSValueRef {
        let string = JSStringCreateWithCharacters(utf16JSON.baseAddress, utf16JSON.count)
        defer { JSStringRelease(string) }
        return JSValueMakeFromJSONString(context, string) ?? JSValueMakeUndefined(context)
    }

    /// Evaluates source text and returns the value or the thrown exception.
    static func evaluate(_ context: JSContextRef, _ source: String, sourceURL: String) -> (
        value: JSValueRef?, exception: JSValueRef?
    ) {
        let script = string(source)
        let url = string(sourceURL)
        defer {
            JSStringRelease(script)
            JSStringRelease(url)
        }
        var exception: JSValueRef?
        let value = JSEvaluateScript(context, script, nil, url, 1, &exception)
        return (value, exception)
    }

    /// Calls a function with arguments, returning the result or the thrown exception.
    static func call(_ context: JSContextRef, _ function: JSObjectRef, _ arguments: [JSValueRef?]) -> (
        value: JSValueRef?, exception: JSValueRef?
    ) {
        var exception: JSValueRef?
        let value = arguments.withUnsafeBufferPointer {
            JSObjectCallAsFunction(context, function, nil, arguments.count, $0.baseAddress, &exception)
        }
        return (value, exception)
    }
}

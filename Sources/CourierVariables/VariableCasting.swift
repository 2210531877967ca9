import CourierModel
import Foundation

/// The value types newman casts a variable to (`string`, `boolean`, `number`, `array`, `object`,
/// `any`). Any other declared type (`default`, `secret`, `text`, ...) behaves as `any`.
enum VariableCastType: String, Sendable {
    case string, boolean, number, array, object, any

    /// The cast type for a declared type name (case-insensitive), or `nil` when newman does not
    /// know the name.
    init?(declared: String?) {
        guard let declared, let known = VariableCastType(rawValue: declared.lowercased()) else { return nil }
        self = known
    }

    /// What newman stores when a value is written to a variable of this type (`nil` is
    /// JavaScript's `undefined`).
    func castIn(_ value: JSONValue?) -> JSONValue? {
        switch self {
        case .any: return value
        case .string: return .string(value?.substitutionText ?? "undefined")
        case .boolean: return .bool(JavaScriptConversion.truthiness(value))
        case .number: return .number(JavaScriptConversion.number(value))
        case .array, .object:
            guard let value else { return nil }
            if case .string = value { return value }
            return .string(JSONWriter.string(value))
        }
    }

    /// What newman returns when a stored value of this type is read.
    func castOut(_ stored: JSONValue?) -> JSONValue? {
        switch self {
        case .any, .string, .boolean, .number: return castIn(stored)
        case .array, .object:
            guard let text = stored?.stringValue, let parsed = try? JSONParser.parse(text) else { return nil }
            switch (self, parsed) {
            case (.array, .array), (.object, .object): return parsed
            default: return nil
            }
        }
    }
}

/// JavaScript's `Boolean(x)` and `Number(x)` for JSON values.
enum JavaScriptConversion {
    /// `Boolean(value)`: false for undefined, null, false, 0, NaN and "".
    static func truthiness(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return false
        case .bool(let b)?: return b
        case .number(let n)?: let d = n.doubleValue; return !(d == 0 || d.isNaN)
        case .string(let s)?: return !s.isEmpty
        case .array?, .object?: return true
        }
    }

    /// `Number(value)`.
    static func number(_ value: JSONValue?) -> JSONNumber {
        switch value {
        case nil: return JSONNumber(Double.nan)
        case .null?: return JSONNumber(0)
        case .bool(let b)?: return JSONNumber(b ? 1 : 0)
        case .number(let n)?: return n
        case .string(let s)?: return JSONNumber(number(fromString: s))
        case .array(let items)?:
            return JSONNumber(number(fromString: JSONValue.array(items).substitutionText))
        case .object?: return JSONNumber(Double.nan)
        }
    }

    /// `Number(text)`: trimmed decimal, `Infinity`, or `0x`/`0o`/`0b` integer; "" is 0; else NaN.
    static func number(fromString text: String) -> Double {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return 0 }
        switch trimmed {
        case "Infinity", "+Infinity": return .infinity
        case "-Infinity": return -.infinity
        default: break
        }
        let lower = trimmed.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            let digits = lower.dropFirst(2)
            guard !digits.isEmpty, let n = UInt64(digits, radix: radix) else { return .nan }
            return Double(n)
        }
        let allowed = Set("0123456789+-.eE")
        guard trimmed.allSatisfy({ allowed.contains($0) }), trimmed.contains(where: \.isNumber),
            let d = Double(trimmed)
        else { return .nan }
        return d
    }
}

extension Variable {
    /// The value newman's `get()` returns: cast by the declared type; `nil` means `undefined`.
    public var typedValue: JSONValue? {
        guard let cast = VariableCastType(declared: type) else { return value }
        return cast.castOut(cast.castIn(value))
    }

    /// The text `{{key}}` becomes: `""` for an undefined value, `"null"` for null, otherwise the
    /// value's JavaScript string form.
    public var substitutionText: String {
        typedValue?.substitutionText ?? ""
    }
}

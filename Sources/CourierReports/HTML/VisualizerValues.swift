import CourierModel

/// How template values read: as text, as a condition, and member by member.
enum VisualizerValues {
    /// The text `{{value}}` writes: strings as they are, numbers as JavaScript prints them,
    /// nothing for null or a missing value, arrays comma-joined, objects `[object Object]`.
    static func text(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null: return ""
        case let value?: return value.substitutionText
        }
    }

    /// Handlebars' truth: false, null, missing, "", 0 and empty lists are false; `{}` is true.
    static func isTruthy(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null: return false
        case .bool(let flag): return flag
        case .number(let number): return number.doubleValue != 0 && !number.doubleValue.isNaN
        case .string(let text): return !text.isEmpty
        case .array(let items): return !items.isEmpty
        case .object: return true
        }
    }

    /// `value[key]`: an object's member, an array's element by index, or a list's or string's `length`.
    static func member(_ key: String, of value: JSONValue?) -> JSONValue? {
        switch value {
        case .object(let object): return object[key]
        case .array(let items):
            if key == "length" { return .number(JSONNumber(items.count)) }
            guard let index = Int(key), items.indices.contains(index) else { return nil }
            return items[index]
        case .string(let text):
            return key == "length" ? .number(JSONNumber(text.utf16.count)) : nil
        default: return nil
        }
    }
}

import Foundation

/// A JSON value that keeps the order of object keys, so files round-trip as written.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The string, if this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The object, if this is an object.
    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The array, if this is an array.
    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// The boolean, if this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The number as a Double, if this is a number.
    public var doubleValue: Double? {
        if case .number(let n) = self { return n.doubleValue }
        return nil
    }

    /// True for `null`.
    public var isNull: Bool { self == .null }

    /// Member lookup for objects; `nil` for other values or a missing key.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The name of the JSON type, as used in error messages ("a string", "an object", ...).
    public var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// The text Postman inserts for this value in `{{name}}` substitution.
    ///
    /// Strings as they are, numbers and booleans in their JavaScript form, `null` as "null",
    /// arrays comma-joined and objects as `[object Object]`.
    public var substitutionText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.javaScriptText
        case .string(let s): return s
        case .array(let items):
            return items.map { $0 == .null ? "" : $0.substitutionText }.joined(separator: ",")
        case .object: return "[object Object]"
        }
    }
}

/// A JSON number that remembers its source text, so `1.0` and `1e3` are written back unchanged.
public struct JSONNumber: Sendable, Equatable {
    /// The number as written in the source (or formatted when made in code).
    public let text: String

    /// Makes a number from its JSON text (assumed valid).
    public init(text: String) { self.text = text }

    /// Makes a number from an integer.
    public init(_ value: Int) { self.text = String(value) }

    /// Makes a number from a double, written as JavaScript would.
    public init(_ value: Double) { self.text = JSONNumber.javaScriptText(for: value) }

    /// The value as a Double.
    public var doubleValue: Double { Double(text) ?? .nan }

    /// The value as an Int, when it is integral and in range.
    public var intValue: Int? {
        if let i = Int(text) { return i }
        let d = doubleValue
        guard d.isFinite, d == d.rounded(), abs(d) < 9.0e15 else { return nil }
        return Int(d)
    }

    /// The number as JavaScript's `String(n)` prints it.
    public var javaScriptText: String { JSONNumber.javaScriptText(for: doubleValue) }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.text == rhs.text || lhs.doubleValue == rhs.doubleValue
    }

    /// Formats a double the way JavaScript's `Number.prototype.toString` does for common values.
    public static func javaScriptText(for value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e21 {
            if value == 0 { return "0" }
            // Integers print exactly; below 2^63 Int's own formatting is much cheaper than printf.
            if abs(value) < 9.2e18 { return String(Int(value)) }
            return String(format: "%.0f", value)
        }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

/// A JSON object with its keys in document order. Lookups are by the last occurrence of a key,
/// as JavaScript's `JSON.parse` keeps the last duplicate.
public struct JSONObject: Sendable, Equatable, Sequence {
    /// Members in document order.
    public private(set) var members: [(key: String, value: JSONValue)]

    /// An empty object.
    public init() { members = [] }

    /// An object with the given members, in order.
    public init(_ members: [(key: String, value: JSONValue)]) { self.members = members }

    /// The keys in document order.
    public var keys: [String] { members.map(\.key) }

    /// Number of members.
    public var count: Int { members.count }

    /// Reads or writes a member. Writing keeps the key's position; a new key goes last;
    /// writing `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get { members.last(where: { $0.key == key })?.value }
        set {
            if let newValue {
                if let index = members.lastIndex(where: { $0.key == key }) {
                    members[index].value = newValue
                } else {
                    members.append((key, newValue))
                }
            } else {
                members.removeAll { $0.key == key }
            }
        }
    }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements.map { (key: $0.0, value: $0.1) }))
    }
    public init(nilLiteral: ()) { self = .null }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements.map { (key: $0.0, value: $0.1) })
    }
}

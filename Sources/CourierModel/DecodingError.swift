/// A document that parsed as JSON but does not have the expected shape.
public struct ShapeError: Error, Sendable, Equatable, CustomStringConvertible {
    /// JSON path of the offending value, e.g. `$.item[2].request.url`.
    public let path: String
    /// What was expected there, e.g. "expected a string, found a number".
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// A JSON path, built cheaply while decoding and rendered only for an error message.
indirect enum JSONPath {
    case root
    case named(String)
    case key(JSONPath, String)
    case index(JSONPath, Int)

    var text: String {
        switch self {
        case .root: return "$"
        case .named(let text): return text
        case .key(let parent, let key):
            let isPlain = !key.isEmpty && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            return isPlain ? "\(parent.text).\(key)" : "\(parent.text)[\(JSONWriter.quoted(key))]"
        case .index(let parent, let index): return "\(parent.text)[\(index)]"
        }
    }
}

/// A JSON value together with its path, for decoding with precise errors.
struct Node {
    let value: JSONValue
    let location: JSONPath

    init(_ value: JSONValue, location: JSONPath = .root) {
        self.value = value
        self.location = location
    }

    /// A node whose path is given as text (for documents nested in others).
    init(_ value: JSONValue, path: String) {
        self.init(value, location: path == "$" ? .root : .named(path))
    }

    var path: String { location.text }

    func member(_ key: String) -> Node? {
        guard let child = value[key], child != .null else { return nil }
        return Node(child, location: .key(location, key))
    }

    func elements() throws(ShapeError) -> [Node] {
        guard case .array(let items) = value else { throw mismatch("an array") }
        return items.enumerated().map { Node($1, location: .index(location, $0)) }
    }

    func object() throws(ShapeError) -> JSONObject {
        guard case .object(let object) = value else { throw mismatch("an object") }
        return object
    }

    func string() throws(ShapeError) -> String {
        guard case .string(let text) = value else { throw mismatch("a string") }
        return text
    }

    /// Strings as they are; numbers and booleans in their text form (Postman is lenient here).
    func text() throws(ShapeError) -> String {
        switch value {
        case .string(let text): return text
        case .number, .bool: return value.substitutionText
        default: throw mismatch("a string")
        }
    }

    func bool() -> Bool {
        switch value {
        case .bool(let b): return b
        case .string(let s): return s == "true"
        case .number(let n): return n.doubleValue != 0
        default: return false
        }
    }

    func mismatch(_ expected: String) -> ShapeError {
        ShapeError(path: path, reason: "expected \(expected), found \(value.typeDescription)")
    }
}

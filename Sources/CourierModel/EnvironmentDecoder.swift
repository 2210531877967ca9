import Foundation

/// An environment or globals file: a name and its variables.
public struct VariableFile: Sendable {
    public var id: String
    public var name: String
    public var variables: [Variable]
    /// The document as written.
    public var json: JSONValue

    public init(id: String, name: String, variables: [Variable], json: JSONValue) {
        self.id = id
        self.name = name
        self.variables = variables
        self.json = json
    }
}

/// Decodes environment and globals files: `{id, name, values: [...]}`, the Postman API wrapper
/// `{"environment": {...}}`, or a bare array of variables.
public enum VariableFileDecoder {
    /// Decodes one environment or globals document.
    public static func decode(_ json: JSONValue) throws -> VariableFile {
        var node = Node(json)
        if case .array = json {
            return VariableFile(id: FastUUID.make(), name: "", variables: try CollectionDecoder.decodeVariables(node), json: json)
        }
        _ = try node.object()
        for wrapper in ["environment", "globals"] {
            if let inner = node.member(wrapper), case .object = inner.value { node = inner }
        }
        let values = node.member("values")
        if let values, case .array = values.value {} else if let values { throw values.mismatch("an array of variables") }
        return VariableFile(
            id: try node.member("id")?.text() ?? FastUUID.make(),
            name: try node.member("name")?.text() ?? "",
            variables: try CollectionDecoder.decodeVariables(values),
            json: json)
    }
}

/// Iteration data: one row (a flat object) per iteration.
public enum IterationData {
    /// Rows from a JSON document: an array of objects.
    public static func rows(fromJSON json: JSONValue) throws -> [JSONObject] {
        let node = Node(json)
        return try node.elements().map { try $0.object() }
    }
}

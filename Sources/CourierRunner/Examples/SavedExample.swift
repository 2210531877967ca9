import CourierModel
import Foundation

/// A saved example response of a request item (an entry of the item's `response` array in
/// Postman v2.1), with the parts `--check-examples` compares.
public struct SavedExample: Sendable, Equatable {
    /// The example's name, e.g. "Success".
    public var name: String
    /// The saved status code, when the example has one.
    public var code: Int?
    /// The saved headers, in order.
    public var headers: [KeyValue]
    /// The saved body text ("" when the example has none).
    public var body: String

    /// Makes an example.
    public init(name: String, code: Int?, headers: [KeyValue] = [], body: String = "") {
        self.name = name
        self.code = code
        self.headers = headers
        self.body = body
    }

    /// Reads one entry of an item's `response` array; nil when it is not an object.
    public init?(json: JSONValue) {
        guard let object = json.objectValue else { return nil }
        name = object["name"]?.stringValue ?? ""
        code = object["code"].flatMap { value -> Int? in
            if case .number(let number) = value { return number.intValue }
            return value.stringValue.flatMap { Int($0) }
        }
        headers = Self.headers(object["header"])
        body = object["body"]?.stringValue ?? ""
    }

    /// The media type of the saved `Content-Type` header (lower-cased, without parameters).
    public var mediaType: String? {
        headers.last { !$0.disabled && $0.key.lowercased() == "content-type" }.map {
            MediaType.essence(of: $0.value)
        }
    }

    /// `header` as an array of `{key, value}` objects, or v1's "Name: value\n" text.
    private static func headers(_ json: JSONValue?) -> [KeyValue] {
        if let entries = json?.arrayValue {
            return entries.compactMap { entry in
                guard let key = entry["key"]?.stringValue else { return nil }
                return KeyValue(
                    key: key, value: entry["value"]?.substitutionText ?? "",
                    disabled: entry["disabled"]?.boolValue ?? false)
            }
        }
        guard let text = json?.stringValue else { return [] }
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return KeyValue(
                key: line[..<colon].trimmingCharacters(in: .whitespaces),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }
}

extension RequestItem {
    /// The item's saved example responses, typed (entries that are not objects are left out).
    public var savedExamples: [SavedExample] { examples.compactMap(SavedExample.init(json:)) }
}

/// Media types as `--check-examples` compares them.
enum MediaType {
    /// `application/json` for `Application/JSON; charset=utf-8`.
    static func essence(of value: String) -> String {
        let type = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return type.trimmingCharacters(in: .whitespaces).lowercased()
    }
}

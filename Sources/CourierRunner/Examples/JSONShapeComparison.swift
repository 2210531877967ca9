import CourierModel
import Foundation

/// Compares the shape of two JSON documents: the same keys and the same kinds of value (string,
/// number, boolean, null, object, array), recursively. Values themselves are not compared.
///
/// Arrays: an empty expected array accepts any array; otherwise actual element `i` is compared
/// with expected element `i`, and elements past the end of the expected array with its last
/// element (so a one-element example is a template for every element). An actual array shorter
/// than the expected one is accepted.
public enum JSONShapeComparison {
    /// The differences, in document order, each as `<JSON path>: <what differs>`, e.g.
    /// `$.value[0].Id: expected string, got number` or `$.Name: missing`.
    public static func differences(expected: JSONValue, actual: JSONValue) -> [String] {
        var found: [String] = []
        compare(expected, actual, path: "$", into: &found)
        return found
    }

    /// The kind of a JSON value as the comparison names it.
    public static func kind(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }

    private static func compare(
        _ expected: JSONValue, _ actual: JSONValue, path: String, into found: inout [String]
    ) {
        switch (expected, actual) {
        case (.object(let want), .object(let got)):
            for member in want {
                guard let value = got[member.key] else {
                    found.append("\(path)\(accessor(member.key)): missing")
                    continue
                }
                compare(member.value, value, path: path + accessor(member.key), into: &found)
            }
            let known = Set(want.keys)
            for member in got where !known.contains(member.key) {
                found.append("\(path)\(accessor(member.key)): unexpected \(kind(of: member.value))")
            }
        case (.array(let want), .array(let got)):
            guard let last = want.last else { return }
            for (index, element) in got.enumerated() {
                compare(
                    index < want.count ? want[index] : last, element, path: "\(path)[\(index)]", into: &found)
            }
        default:
            let wanted = kind(of: expected)
            let got = kind(of: actual)
            if wanted != got { found.append("\(path): expected \(wanted), got \(got)") }
        }
    }

    /// `.name` for identifier-like keys, else `['key']` with quotes and backslashes escaped.
    private static func accessor(_ key: String) -> String {
        let first = key.unicodeScalars.first
        let identifier =
            first.map { !("0"..."9").contains($0) } ?? false
            && key.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
                    || $0 == "$"
            }
        if identifier { return "." + key }
        let escaped = key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "'", with: "\\'")
        return "['\(escaped)']"
    }
}

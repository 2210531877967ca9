/// One problem `courier validate` found in a collection, tied to the item it is in.
public struct LintFinding: Sendable, Equatable {
    /// Errors make validation fail; warnings are reported only.
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    /// Where: `Folder / Request`, or "" for the collection itself.
    public var path: String
    /// What is wrong, e.g. `undefined variable {{token}} in header`.
    public var message: String

    /// Makes a finding.
    public init(_ severity: Severity, path: String, message: String) {
        self.severity = severity
        self.path = path
        self.message = message
    }

    /// One line for the terminal: `Folder / Request: error: message` (`collection` for "").
    public var rendered: String {
        "\(path.isEmpty ? "collection" : path): \(severity.rawValue): \(message)"
    }
}

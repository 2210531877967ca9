/// An input file that could not be read or does not have the expected shape (exit code 3).
public struct LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What the file is for: "collection", "environment", "globals", "iteration data".
    public let role: String
    /// The path or URL as the user gave it.
    public let source: String
    /// Where in the file, when known: `line 3, column 7` or a JSON path like `$.item[0].request`.
    public let location: String?
    /// What went wrong, as a sentence fragment.
    public let reason: String

    public init(role: String, source: String, location: String? = nil, reason: String) {
        self.role = role
        self.source = source
        self.location = location
        self.reason = reason
    }

    /// One line for the terminal: `error: collection 'x.json' at $.item[0]: expected an object, found a string`.
    public var description: String {
        var text = "could not load \(role) '\(source)'"
        if let location { text += " at \(location)" }
        return text + ": " + reason
    }
}

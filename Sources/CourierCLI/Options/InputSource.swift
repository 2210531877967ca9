/// Where a collection, environment, globals or data file comes from: a local path or a URL.
public enum InputSource: Equatable, Sendable {
    /// A path on disk, as typed (relative paths are relative to the current directory).
    case file(String)
    /// An `http://` or `https://` URL, as typed.
    case url(String)

    /// Classifies a command-line argument: `http://` and `https://` (any case) mean a URL.
    public init(argument: String) {
        let lowered = argument.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
            self = .url(argument)
        } else {
            self = .file(argument)
        }
    }

    /// The argument as the user typed it.
    public var argument: String {
        switch self {
        case .file(let path): return path
        case .url(let url): return url
        }
    }
}

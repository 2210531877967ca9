import Foundation

/// Which files request bodies may read (formdata file parts, `file` bodies): relative paths
/// start at the working directory; with `--no-insecure-file-read`, a path that ends up outside
/// it is refused, as newman refuses it.
struct BodyFileAccess {
    /// The working directory, absolute and without `.`, `..` or a trailing slash.
    let workingDirectory: String
    /// False under `--no-insecure-file-read`.
    let allowsOutside: Bool

    /// newman's message for a refused file, kept so logs read the same.
    static let refusal = "PPERM: insecure file access outside working directory"

    /// Makes the rule for `workingDirectory` (relative to the process's directory when relative).
    init(workingDirectory: String, allowsOutside: Bool) {
        self.workingDirectory = Self.normalized(
            workingDirectory, base: FileManager.default.currentDirectoryPath)
        self.allowsOutside = allowsOutside
    }

    /// The absolute path `path` names, or nil when the file must not be read.
    ///
    /// Like newman, the check is on the path as written (`..` segments resolved), not on where
    /// symbolic links lead.
    func allowedPath(_ path: String) -> String? {
        let resolved = Self.normalized(path, base: workingDirectory)
        if allowsOutside || Self.isInside(resolved, directory: workingDirectory) { return resolved }
        return nil
    }

    /// The bytes of the file, or the reason it cannot be sent (`source` as the collection wrote it).
    func contents(of path: String, source: String) -> Result<Data, BodyFileError> {
        guard let allowed = allowedPath(path) else {
            return .failure(
                BodyFileError(message: "\(Self.refusal): '\(source)' is outside '\(workingDirectory)'"))
        }
        guard let data = FileManager.default.contents(atPath: allowed) else {
            return .failure(BodyFileError(message: "could not read '\(source)'"))
        }
        return .success(data)
    }

    /// `path` made absolute against `base`, with `.` and `..` segments resolved.
    static func normalized(_ path: String, base: String) -> String {
        let full = path.hasPrefix("/") ? path : base + "/" + path
        var segments: [Substring] = []
        for segment in full.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return "/" + segments.joined(separator: "/")
    }

    /// True when `path` is `directory` itself or lies below it.
    static func isInside(_ path: String, directory: String) -> Bool {
        directory == "/" || path == directory || path.hasPrefix(directory + "/")
    }
}

/// Why a body file was not sent; the text goes into the console warning for the request.
struct BodyFileError: Error {
    let message: String
}

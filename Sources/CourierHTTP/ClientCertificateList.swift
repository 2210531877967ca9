import Foundation

/// Reads newman's `--ssl-client-cert-list` file: a JSON array of
/// `{"name", "matches": [pattern...], "key": {"src"}, "cert": {"src"}, "passphrase"}`.
public enum ClientCertificateList {
    /// Why a list file could not be used.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// What is wrong, in words.
        public let description: String
    }

    /// Parses the file's bytes. Relative `src` paths are resolved against `baseDirectory` when given.
    public static func parse(_ data: Data, baseDirectory: String? = nil) throws(Problem)
        -> [ClientCertificate]
    {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Problem(description: "the client certificate list is not valid JSON")
        }
        guard let entries = root as? [Any] else {
            throw Problem(description: "the client certificate list must be a JSON array")
        }
        var certificates: [ClientCertificate] = []
        for (index, value) in entries.enumerated() {
            guard let entry = value as? [String: Any] else {
                throw Problem(
                    description: "entry \(index + 1) of the client certificate list is not an object")
            }
            guard let certificate = try certificate(from: entry, baseDirectory: baseDirectory) else {
                continue
            }
            certificates.append(certificate)
        }
        return certificates
    }

    /// One entry (a list entry or a collection request's `certificate` object); nil without `cert.src`.
    public static func certificate(from entry: [String: Any], baseDirectory: String?) throws(Problem)
        -> ClientCertificate?
    {
        func source(_ field: String) -> String? {
            let value = (entry[field] as? [String: Any])?["src"] ?? entry[field]
            guard let path = value as? String, !path.isEmpty else { return nil }
            return resolve(path, against: baseDirectory)
        }
        guard let certificatePath = source("cert") else { return nil }
        let patterns = (entry["matches"] as? [Any] ?? []).compactMap { $0 as? String }
        var matches: [URLMatchPattern] = []
        for pattern in patterns {
            guard let parsed = URLMatchPattern(pattern) else {
                throw Problem(
                    description: "'\(pattern)' is not a URL match pattern (e.g. https://example.com/*)")
            }
            matches.append(parsed)
        }
        return ClientCertificate(
            name: entry["name"] as? String ?? "", certificatePath: certificatePath, keyPath: source("key"),
            passphrase: entry["passphrase"] as? String, matches: matches)
    }

    private static func resolve(_ path: String, against base: String?) -> String {
        guard let base, !path.hasPrefix("/") else { return path }
        return (base as NSString).appendingPathComponent(path)
    }
}

import Foundation

/// Replaces every occurrence of known secret values with `****` in text about to be written.
///
/// Secrets are a property of values (passwords, tokens, client secrets, `secret` variables), so
/// one masker applied where output is written covers URLs, headers and bodies they were
/// substituted into.
public struct SecretMasker: Sendable {
    /// The mask written in place of a secret.
    public static let mask = "****"

    private let secrets: [String]

    /// A masker for the given values; empty and very short values (under 3 characters) are
    /// ignored, since masking them would garble ordinary text.
    public init(secrets: [String]) {
        let usable = Set(secrets.filter { $0.count >= 3 })
        // Longest first, so a secret containing another is masked whole.
        self.secrets = usable.sorted { $0.count > $1.count }
    }

    /// True when there is nothing to mask.
    public var isEmpty: Bool { secrets.isEmpty }

    /// `text` with every secret replaced by `****`.
    public func mask(_ text: String) -> String {
        guard !secrets.isEmpty else { return text }
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacingOccurrences(of: secret, with: SecretMasker.mask)
        }
        return result
    }
}

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
        let usable = Set(secrets.filter { $0.count >= 3 }.flatMap(SecretForms.written))
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

/// The forms a secret value takes once written into output: as is, escaped inside a JSON string
/// or XML text, and percent-encoded inside a URL or form body. A masker must catch them all.
enum SecretForms {
    /// Every distinct written form of `secret`, itself included.
    static func written(_ secret: String) -> Set<String> {
        var xmlText = secret.replacingOccurrences(of: "&", with: "&amp;")
        xmlText = xmlText.replacingOccurrences(of: "<", with: "&lt;")
        xmlText = xmlText.replacingOccurrences(of: ">", with: "&gt;")
        var forms: Set<String> = [secret, json(secret)]
        // Quotes and apostrophes: kept in text, escaped in attributes (XML's or HTML's way).
        for quote in ["\"", "&quot;", "&#34;"] {
            for apostrophe in ["'", "&apos;", "&#39;", "&#x27;"] {
                let quoted = xmlText.replacingOccurrences(of: "\"", with: quote)
                forms.insert(quoted.replacingOccurrences(of: "'", with: apostrophe))
            }
        }
        var unreserved = CharacterSet.alphanumerics
        unreserved.insert(charactersIn: "-._~")
        for allowed in [unreserved, .urlQueryAllowed, .urlPathAllowed] {
            if let encoded = secret.addingPercentEncoding(withAllowedCharacters: allowed) {
                forms.insert(encoded)
                forms.insert(encoded.replacingOccurrences(of: "%20", with: "+"))
            }
        }
        return forms
    }

    /// The secret inside a JSON string, escaped as the JSON reports and exports write it.
    private static func json(_ secret: String) -> String {
        String(JSONWriter.quoted(secret).dropFirst().dropLast())
    }
}

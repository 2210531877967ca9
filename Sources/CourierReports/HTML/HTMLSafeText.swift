import CourierModel

/// Masks secrets, then escapes: the one way run data reaches the HTML report.
///
/// Masking comes first so a secret is found as it was sent, before escaping changes its
/// characters (`a&b` would otherwise hide as `a&amp;b`).
struct HTMLSafeText {
    let masker: SecretMasker

    /// `text` with every secret replaced by `****`, escaped for HTML.
    func callAsFunction(_ text: String) -> String {
        HTMLEscaping.escape(masker.mask(text))
    }
}

import CourierModel

/// Hides credentials carried in request headers before they are printed or written.
enum HeaderRedaction {
    private static let hidden: Set<String> = ["authorization", "proxy-authorization"]

    /// The header's value, or `****` for `Authorization` and `Proxy-Authorization`.
    static func displayValue(of header: HeaderField) -> String {
        hidden.contains(header.name.lowercased()) ? SecretMasker.mask : header.value
    }
}

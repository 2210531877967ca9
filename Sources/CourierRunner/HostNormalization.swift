/// WHATWG-style host normalisation that changes what goes on the wire: IPv4 shorthand and
/// non-decimal forms (`127.1`, `0x7f.0.0.1`) become dotted quads, as browsers and newman's URL
/// handling do. Names are left as written.
enum HostNormalization {
    /// The host labels, rewritten as four decimal octets when they spell an IPv4 address.
    static func normalize(_ labels: [String]) -> [String] {
        guard (1...4).contains(labels.count), labels.allSatisfy({ !$0.isEmpty }) else { return labels }
        var numbers: [UInt64] = []
        for label in labels {
            guard let number = parseNumber(label) else { return labels }
            numbers.append(number)
        }
        // All but the last part are single octets; the last fills the remaining bytes.
        let leading = numbers.dropLast()
        guard leading.allSatisfy({ $0 <= 255 }) else { return labels }
        let remainingBytes = 4 - leading.count
        guard let last = numbers.last, last < (UInt64(1) << (8 * UInt64(remainingBytes))) else { return labels }
        var value: UInt64 = 0
        for octet in leading { value = value << 8 | octet }
        value = value << (8 * UInt64(remainingBytes)) | last
        let normalized = (0..<4).reversed().map { String((value >> (8 * UInt64($0))) & 0xFF) }
        return [normalized.joined(separator: ".")]
    }

    /// A decimal, `0x` hexadecimal or leading-zero octal number, as WHATWG reads IPv4 parts.
    private static func parseNumber(_ label: String) -> UInt64? {
        let lower = label.lowercased()
        if lower.hasPrefix("0x") { return lower.count == 2 ? 0 : UInt64(lower.dropFirst(2), radix: 16) }
        if lower.count > 1, lower.hasPrefix("0") { return UInt64(lower.dropFirst(), radix: 8) }
        return UInt64(lower, radix: 10)
    }
}

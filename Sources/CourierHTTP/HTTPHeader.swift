/// One HTTP header line: name as written (case preserved) and value.
public struct HTTPHeader: Sendable, Equatable, Hashable {
    /// The header name exactly as sent or received.
    public var name: String
    /// The header value, without surrounding whitespace.
    public var value: String

    /// Makes a header from a name and a value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension Array where Element == HTTPHeader {
    /// The value of the first header with this name, compared case-insensitively.
    public func first(named name: String) -> String? {
        first { $0.name.equalsIgnoringASCIICase(name) }?.value
    }

    /// Whether a header with this name is present, compared case-insensitively.
    func contains(named name: String) -> Bool {
        contains { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// Removes every header with this name, compared case-insensitively.
    mutating func removeAll(named name: String) {
        removeAll { $0.name.equalsIgnoringASCIICase(name) }
    }
}

extension String {
    /// ASCII case-insensitive equality (header names) without allocating or Foundation's cost.
    public func equalsIgnoringASCIICase(_ other: String) -> Bool {
        let a = utf8
        let b = other.utf8
        guard a.count == b.count else { return false }
        let contiguous = a.withContiguousStorageIfAvailable { left in
            b.withContiguousStorageIfAvailable { right in
                for index in 0..<left.count where left[index] != right[index] {
                    if Self.asciiLower(left[index]) != Self.asciiLower(right[index]) { return false }
                }
                return true
            }
        }
        if let contiguous, let result = contiguous { return result }
        for (x, y) in zip(a, b) where x != y && Self.asciiLower(x) != Self.asciiLower(y) { return false }
        return true
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

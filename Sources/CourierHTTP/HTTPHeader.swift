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
    /// ASCII case-insensitive equality without allocating.
    func equalsIgnoringASCIICase(_ other: String) -> Bool {
        let a = utf8
        let b = other.utf8
        guard a.count == b.count else { return false }
        for (x, y) in zip(a, b) where x != y {
            let lx = (x >= 65 && x <= 90) ? x + 32 : x
            let ly = (y >= 65 && y <= 90) ? y + 32 : y
            if lx != ly { return false }
        }
        return true
    }
}

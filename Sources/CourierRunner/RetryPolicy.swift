/// Which failed attempts `--retries` sends again: network errors (no response) and chosen
/// statuses, given as classes (`5xx`) or single codes (`429`). The default is `network,5xx`.
public struct RetryPolicy: Sendable, Equatable {
    /// One entry of `--retry-on`.
    public enum Condition: Sendable, Hashable {
        /// No response arrived (connection refused, reset, timeout, DNS failure...).
        case network
        /// Any status of a hundred, e.g. `.statusClass(5)` for 500-599.
        case statusClass(Int)
        /// One status code.
        case status(Int)
    }

    /// The conditions that make an attempt worth repeating.
    public var conditions: Set<Condition>

    /// Makes a policy from its conditions.
    public init(conditions: Set<Condition>) {
        self.conditions = conditions
    }

    /// Network errors and 5xx statuses.
    public static let standard = RetryPolicy(conditions: [.network, .statusClass(5)])

    /// Parses `--retry-on`'s comma list (`network`, `4xx`, `5xx`, codes 100-599); nil for a bad entry.
    public init?(parsing text: String) {
        var conditions: Set<Condition> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let entry = part.trimmingWhitespace().lowercased()
            if entry == "network" {
                conditions.insert(.network)
            } else if entry.count == 3, entry.hasSuffix("xx"), let digit = Int(entry.prefix(1)),
                (1...5).contains(digit)
            {
                conditions.insert(.statusClass(digit))
            } else if entry.count == 3, entry.allSatisfy(\.isASCIIDigit), let code = Int(entry),
                (100...599).contains(code)
            {
                conditions.insert(.status(code))
            } else {
                return nil
            }
        }
        guard !conditions.isEmpty else { return nil }
        self.conditions = conditions
    }

    /// Whether an attempt that ended with this status (nil: no response) should be sent again.
    public func retries(status: Int?) -> Bool {
        guard let status else { return conditions.contains(.network) }
        return conditions.contains(.status(status)) || conditions.contains(.statusClass(status / 100))
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

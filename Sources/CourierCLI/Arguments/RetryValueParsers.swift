import CourierRunner

extension ValueParsers {
    /// A whole number, zero allowed (`--retries 0`).
    static func count(_ text: String, for spelling: String) throws(UsageError) -> Int {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text) else {
            throw UsageError(
                message: "option '\(spelling)' expects a whole number, got '\(text)'", command: .run)
        }
        return number
    }

    /// `--retry-on network,5xx,429`.
    static func retryOn(_ text: String, for spelling: String) throws(UsageError) -> RetryPolicy {
        guard let policy = RetryPolicy(parsing: text) else {
            throw UsageError(
                message:
                    "option '\(spelling)' expects a comma-separated list of network, 1xx-5xx or status codes (100-599), got '\(text)'",
                command: .run)
        }
        return policy
    }
}

import Foundation

/// A route that fails a chosen number of times before it succeeds, for testing retries.
///
/// `GET /flaky/{key}/{failures}` answers `503` with `{"key", "calls", "failing": true}` for the
/// first `failures` calls with that key, then `200` with `{"key", "calls", "failing": false}`.
/// `?status=429` picks the failing status (400-599). Counts are kept per key for the life of the
/// process, shared by every server in it: tests use a fresh key each time.
enum FlakyRoutes {
    static let routes: [Route] = [Route(["GET"], "/flaky/{key}/{failures}", flaky)]

    private static let counter = CallCounter()

    /// `/flaky/{key}/{failures}`.
    static func flaky(_ context: RouteContext) -> ServerResponse {
        guard let failures = Int(context.param("failures")), failures >= 0 else {
            return .json(.object([("error", .string("invalid failure count"))]), status: 400)
        }
        var status = 503
        if let text = context.request.queryPairs.last(where: { $0.0 == "status" })?.1 {
            guard let code = Int(text), (400...599).contains(code) else {
                return .json(.object([("error", .string("invalid status"))]), status: 400)
            }
            status = code
        }
        let key = context.param("key")
        let calls = counter.increment(key)
        let failing = calls <= failures
        return .json(
            .object([("key", .string(key)), ("calls", .int(calls)), ("failing", .bool(failing))]),
            status: failing ? status : 200)
    }
}

/// Calls per key, safe across connection threads.
private final class CallCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    /// Counts one more call for `key` and returns the new total.
    func increment(_ key: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        counts[key, default: 0] += 1
        return counts[key]!
    }
}

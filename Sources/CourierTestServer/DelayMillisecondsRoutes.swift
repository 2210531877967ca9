/// `/delay-ms/{ms}`: a fixed delay in whole milliseconds (at most 10 000), then `{"delay": ms}`;
/// used by the parallel-run benchmark and tests.
enum DelayMillisecondsRoutes {
    static let routes: [Route] = [Route([], "/delay-ms/{ms}", delay)]

    /// Sleeps `ms` milliseconds on the connection's thread, then answers.
    static func delay(_ context: RouteContext) -> ServerResponse {
        guard let milliseconds = Int(context.param("ms")), milliseconds >= 0 else {
            return .json(.object([("error", .string("invalid delay"))]), status: 400)
        }
        Platform.sleep(seconds: Double(min(milliseconds, 10_000)) / 1000)
        return .json(.object([("delay", .int(milliseconds))]))
    }
}

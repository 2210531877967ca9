/// Running totals of response timings and sizes, kept instead of every execution when no
/// reporter needs the executions themselves (long CLI-only runs stay flat in memory).
public struct ResponseTotals: Sendable, Equatable {
    /// Count, sum, sum of squares, minimum and maximum of one timing, in milliseconds.
    public struct Series: Sendable, Equatable {
        public private(set) var count = 0
        public private(set) var sum = 0.0
        public private(set) var sumOfSquares = 0.0
        public private(set) var minimum = Double.infinity
        public private(set) var maximum = -Double.infinity

        public init() {}

        mutating func add(_ value: Double) {
            count += 1
            sum += value
            sumOfSquares += value * value
            minimum = min(minimum, value)
            maximum = max(maximum, value)
        }

        /// The mean (0 when empty).
        public var average: Double { count == 0 ? 0 : sum / Double(count) }
        /// The population standard deviation (0 when empty).
        public var standardDeviation: Double {
            guard count > 0 else { return 0 }
            return max(0, sumOfSquares / Double(count) - average * average).squareRoot()
        }
    }

    public private(set) var responseTime = Series()
    public private(set) var dns = Series()
    public private(set) var firstByte = Series()
    /// Sum of response body sizes.
    public private(set) var responseBytes = 0

    public init() {}

    /// Counts one response.
    public mutating func add(_ response: ReceivedResponse) {
        responseTime.add(Double(response.responseTime))
        dns.add(response.timings.dns)
        firstByte.add(response.timings.firstByte)
        responseBytes += response.responseSize
    }
}

import CourierModel

/// Mean, minimum, maximum and (population) standard deviation of a list of timings, as newman's
/// `run.timings` reports them; all zero for an empty list.
public struct TimingStatistics: Sendable, Equatable {
    public var average: Double
    public var minimum: Double
    public var maximum: Double
    public var standardDeviation: Double

    /// Statistics of `values` (milliseconds).
    public init(_ values: [Double]) {
        guard !values.isEmpty else {
            average = 0
            minimum = 0
            maximum = 0
            standardDeviation = 0
            return
        }
        let mean = values.reduce(0, +) / Double(values.count)
        average = mean
        minimum = values.min() ?? 0
        maximum = values.max() ?? 0
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        standardDeviation = variance.squareRoot()
    }

    /// Statistics from running totals (the same figures, without the list).
    public init(_ series: ResponseTotals.Series) {
        average = series.average
        minimum = series.count == 0 ? 0 : series.minimum
        maximum = series.count == 0 ? 0 : series.maximum
        standardDeviation = series.standardDeviation
    }
}

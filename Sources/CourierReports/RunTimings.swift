import CourierModel

/// The timing and transfer figures every reporter derives from a summary's responses.
struct RunTimings {
    var response: TimingStatistics
    var dns: TimingStatistics
    var firstByte: TimingStatistics
    /// Sum of response body sizes (newman's `run.transfers.responseTotal`).
    var responseTotal: Int
    /// Milliseconds from run start to run end.
    var duration: Double

    init(_ summary: RunSummary) {
        duration = EpochTime.milliseconds(summary.completed) - EpochTime.milliseconds(summary.started)
        if let totals = summary.responseTotals {
            response = TimingStatistics(totals.responseTime)
            dns = TimingStatistics(totals.dns)
            firstByte = TimingStatistics(totals.firstByte)
            responseTotal = totals.responseBytes
            return
        }
        let responses = summary.executions.compactMap(\.response)
        response = TimingStatistics(responses.map { Double($0.responseTime) })
        dns = TimingStatistics(responses.map(\.timings.dns))
        firstByte = TimingStatistics(responses.map(\.timings.firstByte))
        responseTotal = responses.reduce(0) { $0 + $1.responseSize }
    }
}

import CourierModel
import Foundation

/// The time `--reporter-cli-show-timestamps` puts before each request line, in the shape newman
/// prints it (Node's `Date.toLocaleString()` in the en-US locale): `11/29/2026, 7:08:46 AM`,
/// local time.
enum CLITimestamp {
    /// `[11/29/2026, 7:08:46 AM]` for when the request of `execution` was sent, estimated as now
    /// minus its response time (the request line is printed once the response is in).
    static func bracketed(for execution: Execution, now: Date = Date(), timeZone: TimeZone = .current)
        -> String
    {
        let elapsed = Double(execution.response?.responseTime ?? 0) / 1000
        return "[" + text(for: now.addingTimeInterval(-elapsed), timeZone: timeZone) + "]"
    }

    /// `M/D/YYYY, h:mm:ss AM` for `date` in `timeZone`.
    static func text(for date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let hour = parts.hour ?? 0
        let twelveHour = hour % 12 == 0 ? 12 : hour % 12
        func twoDigits(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : String($0) } ?? "00" }
        return "\(parts.month ?? 1)/\(parts.day ?? 1)/\(parts.year ?? 1970), "
            + "\(twelveHour):\(twoDigits(parts.minute)):\(twoDigits(parts.second)) \(hour < 12 ? "AM" : "PM")"
    }
}

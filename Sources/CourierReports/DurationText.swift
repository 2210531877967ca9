import CourierModel

/// Formats durations the way newman's reports print them: `850µs`, `49ms`, `2.5s`, `1m 3.2s`.
public enum DurationText {
    /// The text for `milliseconds`: whole microseconds under 1 ms, whole milliseconds under
    /// 1998 ms, otherwise days/hours/minutes and seconds with one (floored) decimal.
    public static func format(milliseconds: Double) -> String {
        let ms = milliseconds.isFinite ? max(0, milliseconds) : 0
        if ms < 1 { return "\(Int(ms * 1000))µs" }
        if ms < 1998 { return "\(Int(ms))ms" }
        return long(ms)
    }

    /// pretty-ms style for long durations.
    private static func long(_ ms: Double) -> String {
        let totalDays = Int(ms / 86_400_000)
        var parts: [String] = []
        let years = totalDays / 365
        let days = totalDays % 365
        let hours = Int(ms / 3_600_000) % 24
        let minutes = Int(ms / 60_000) % 60
        for (value, unit) in [(years, "y"), (days, "d"), (hours, "h"), (minutes, "m")] where value != 0 {
            parts.append("\(value)\(unit)")
        }
        let seconds = (ms / 1000).truncatingRemainder(dividingBy: 60)
        let tenths = ((seconds * 10) + 0.000_000_1).rounded(.down) / 10
        if tenths != 0 {
            parts.append(JSONNumber.javaScriptText(for: tenths) + "s")
        }
        return parts.isEmpty ? "0ms" : parts.joined(separator: " ")
    }
}

import Foundation

/// JavaScript's `Date` text forms, without a `DateFormatter` (slow, and locale-dependent).
enum JavaScriptDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Whole milliseconds since 1970, as `Date.now()`.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    }

    /// `Math.round(Date.now() / 1000)`: Unix time in seconds, rounded half up.
    static func unixSeconds(_ date: Date) -> Int64 {
        let ms = milliseconds(date)
        return Int64((Double(ms) / 1000).rounded(.down)) + (ms.floorModulo(1000) >= 500 ? 1 : 0)
    }

    /// `date.toISOString()`: `2026-11-29T03:47:05.123Z`.
    static func isoString(_ date: Date) -> String {
        let c = Civil(milliseconds: milliseconds(date))
        return "\(c.yearText)-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))."
            + String(c.millisecond).leftPadded(to: 3) + "Z"
    }

    /// `date.toString()` in the local time zone:
    /// `Sat Mar 01 2025 10:12:33 GMT+0100 (Central European Standard Time)`.
    static func localString(_ date: Date, timeZone: TimeZone = .current) -> String {
        let offset = timeZone.secondsFromGMT(for: date)
        let c = Civil(milliseconds: milliseconds(date) + Int64(offset) * 1000)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        let zoneName: String
        if offset == 0 && (timeZone.identifier == "UTC" || timeZone.identifier == "GMT") {
            zoneName = "Coordinated Universal Time"
        } else {
            let style: TimeZone.NameStyle =
                timeZone.isDaylightSavingTime(for: date) ? .daylightSaving : .standard
            zoneName =
                timeZone.localizedName(for: style, locale: Locale(identifier: "en_US")) ?? timeZone.identifier
        }
        return "\(weekdays[c.weekday]) \(months[c.month - 1]) \(pad(c.day)) \(c.yearText) "
            + "\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) GMT\(sign)\(pad(minutes / 60))\(pad(minutes % 60))"
            + " (\(zoneName))"
    }

    private static func pad(_ n: Int) -> String { String(n).leftPadded(to: 2) }

    /// A proleptic Gregorian calendar date and time from milliseconds since 1970.
    private struct Civil {
        var year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millisecond = 0, weekday = 0

        init(milliseconds: Int64) {
            let days = milliseconds.floorDivide(86_400_000)
            let inDay = Int(milliseconds - days * 86_400_000)
            millisecond = inDay % 1000
            second = inDay / 1000 % 60
            minute = inDay / 60_000 % 60
            hour = inDay / 3_600_000
            weekday = Int((days + 4).floorModulo(7))
            // Howard Hinnant's days-to-civil algorithm.
            let z = days + 719_468
            let era = z.floorDivide(146_097)
            let doe = z - era * 146_097
            let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
            let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
            let mp = (5 * doy + 2) / 153
            day = Int(doy - (153 * mp + 2) / 5 + 1)
            month = Int(mp < 10 ? mp + 3 : mp - 9)
            year = Int(yoe + era * 400) + (month <= 2 ? 1 : 0)
        }

        var yearText: String {
            year < 0 ? "-" + String(-year).leftPadded(to: 6) : String(year).leftPadded(to: 4)
        }
    }
}

extension Int64 {
    /// Division rounding toward negative infinity.
    func floorDivide(_ d: Int64) -> Int64 { (self - floorModulo(d)) / d }

    /// The remainder with the divisor's sign.
    func floorModulo(_ d: Int64) -> Int64 { let r = self % d; return r < 0 ? r + d : r }
}

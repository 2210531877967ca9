import Foundation

/// Dates as reports write them: epoch milliseconds and ISO 8601 with milliseconds in UTC.
enum EpochTime {
    /// Whole milliseconds since 1970 (rounded, as the date was made from milliseconds).
    static func milliseconds(_ date: Date) -> Double {
        (date.timeIntervalSince1970 * 1000).rounded()
    }

    /// `2026-11-29T03:44:54.136Z`.
    static func iso8601(_ date: Date) -> String {
        let total = Int64(milliseconds(date))
        let millis = Int(floorMod(total, 1000))
        let seconds = floorDiv(total, 1000)
        let days = floorDiv(seconds, 86_400)
        let secondOfDay = Int(floorMod(seconds, 86_400))
        let (year, month, day) = civilDate(fromDays: days)
        return String(
            format: "%04lld-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, secondOfDay / 3600,
            secondOfDay / 60 % 60, secondOfDay % 60, millis)
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    private static func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }

    /// Proleptic Gregorian date of a day count since 1970-01-01.
    private static func civilDate(fromDays days: Int64) -> (Int64, Int, Int) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1)
        let month = Int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9)
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

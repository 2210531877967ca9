/// UTC timestamps in OData's `yyyy-MM-ddTHH:mm:ss[.fff]Z` form, computed without calendars or formatters.
enum ODataDate {
    /// `0001-01-01T00:00:00Z`, Creatio's empty date.
    static let emptySeconds: Double = -62_135_596_800

    /// The text form: whole seconds when there is no fraction, else milliseconds.
    static func format(_ seconds: Double) -> String {
        let millis = Int((seconds * 1000).rounded())
        let totalSeconds = Int((Double(millis) / 1000).rounded(.down))
        let fraction = millis - totalSeconds * 1000
        let days = Int((Double(totalSeconds) / 86_400).rounded(.down))
        let secondOfDay = totalSeconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        var text =
            pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(secondOfDay / 3600, 2) + ":"
            + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
        if fraction != 0 { text += "." + pad(fraction, 3) }
        return text + "Z"
    }

    /// Seconds since 1970 for `yyyy-MM-dd` or `yyyy-MM-ddTHH:mm[:ss[.f...]]` with `Z` or `+hh:mm`; nil otherwise.
    static func parse(_ text: String) -> Double? {
        let c = Array(text.utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= c.count else { return nil }
            var n = 0
            for b in c[from..<from + count] {
                guard b >= 48 && b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard let y = num(0, 4), c.count >= 10, c[4] == 45, let mo = num(5, 2), c[7] == 45, let d = num(8, 2),
            (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var seconds = Double(days(fromCivil: y, mo, d)) * 86_400
        if c.count == 10 { return seconds }
        guard c[10] == 84 || c[10] == 116, let h = num(11, 2), c.count > 13, c[13] == 58, let mi = num(14, 2)
        else {
            return nil
        }
        seconds += Double(h * 3600 + mi * 60)
        var i = 16
        if i < c.count, c[i] == 58 {
            guard let s = num(17, 2) else { return nil }
            seconds += Double(s)
            i = 19
            if i < c.count, c[i] == 46 {
                i += 1
                var scale = 0.1
                let start = i
                while i < c.count, c[i] >= 48 && c[i] <= 57 {
                    seconds += Double(c[i] - 48) * scale
                    scale /= 10
                    i += 1
                }
                guard i > start else { return nil }
            }
        }
        if i == c.count - 1, c[i] == 90 || c[i] == 122 { return seconds }
        guard i + 6 == c.count, c[i] == 43 || c[i] == 45, let oh = num(i + 1, 2), c[i + 3] == 58,
            let om = num(i + 4, 2)
        else { return nil }
        let offset = Double(oh * 3600 + om * 60)
        return c[i] == 43 ? seconds - offset : seconds + offset
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Howard Hinnant's days-from-civil (proleptic Gregorian).
    private static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

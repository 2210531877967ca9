import Foundation

/// Dates, money and bank identifiers (faker 5.5.3 `date` and `finance` shapes).
extension Faker {
    private static let yearMilliseconds = 365 * 24 * 3600 * 1000
    private static let dayMilliseconds = 24 * 3600 * 1000

    /// A moment within `maxMilliseconds` before (negative direction) or after now.
    mutating func date(withinMilliseconds maxMilliseconds: Int, future: Bool) -> String {
        let delta = Double(int(1000...maxMilliseconds)) / 1000
        return JavaScriptDate.localString(now.addingTimeInterval(future ? delta : -delta))
    }

    mutating func pastDate() -> String { date(withinMilliseconds: Faker.yearMilliseconds, future: false) }
    mutating func futureDate() -> String { date(withinMilliseconds: Faker.yearMilliseconds, future: true) }
    mutating func recentDate() -> String { date(withinMilliseconds: Faker.dayMilliseconds, future: false) }

    /// An amount between 100.00 and 999.00 with two decimals.
    mutating func price() -> String { Faker.fixed(Double(int(10_000...99_900)) / 100, 2) }

    /// A Base58 address starting with 1 or 3, 25 to 34 characters long.
    mutating func bitcoinAddress() -> String {
        let alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
        return pick(["1", "3"]) + characters(int(24...33), from: alphabet)
    }

    /// An IBAN with valid check digits for one of a few countries' layouts.
    mutating func iban() -> String {
        let layouts = [
            ("DE", "##################"), ("GB", "????##############"), ("FR", "#######################"),
            ("NL", "????##########"), ("ES", "####################"), ("CH", "#################"),
        ]
        let (country, layout) = pick(layouts)
        let bban = pattern(layout)
        return country + Faker.ibanCheckDigits(country: country, bban: bban) + bban
    }

    /// ISO 13616 check digits: 98 minus the remainder mod 97 of BBAN + country + "00" in digits.
    static func ibanCheckDigits(country: String, bban: String) -> String {
        var remainder = 0
        for character in bban + country + "00" {
            let digits = character.isLetter ? String(Int(character.asciiValue! - 55)) : String(character)
            for d in digits { remainder = (remainder * 10 + Int(String(d))!) % 97 }
        }
        return String(98 - remainder).leftPadded(to: 2)
    }

    /// A BIC: bank code, country, location, and sometimes a branch (8 or 11 characters).
    mutating func bic() -> String {
        let alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        let branch = chance(0.4) ? (chance(0.5) ? "XXX" : characters(3, from: alphanumeric)) : ""
        return pattern("????") + pick(FakerWords.countryCodes) + characters(2, from: alphanumeric) + branch
    }
}

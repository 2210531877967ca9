import CourierVariables
import Foundation
import XCTest

/// The 118 dynamic variables: names, the core four exactly, and the shape of faker values.
final class DynamicVariableTests: XCTestCase {
    let dynamic = fixedDynamic()

    func testThereAre118UniqueNamesAndEveryOneGivesAValue() {
        XCTAssertEqual(DynamicVariables.allNames.count, 118)
        XCTAssertEqual(Set(DynamicVariables.allNames).count, 118)
        for name in DynamicVariables.allNames {
            XCTAssertTrue(name.hasPrefix("$"), name)
            XCTAssertTrue(DynamicVariables.isDynamicName(name), name)
            for _ in 0..<20 {
                let value = dynamic.value(for: name)
                XCTAssertFalse(value?.isEmpty ?? true, "\(name) gave \(String(describing: value))")
            }
        }
        XCTAssertNil(dynamic.value(for: "$notAVariable"))
        XCTAssertNil(dynamic.value(for: "guid"))
    }

    func testGuidIsLowerCaseVersion4() throws {
        for _ in 0..<50 {
            let guid = try XCTUnwrap(dynamic.value(for: "$guid"))
            let groups = guid.split(separator: "-", omittingEmptySubsequences: false)
            XCTAssertEqual(groups.map(\.count), [8, 4, 4, 4, 12], guid)
            XCTAssertTrue(consists(guid.replacingOccurrences(of: "-", with: ""), of: lowerHex), guid)
            XCTAssertEqual(groups[2].first, "4", guid)
            XCTAssertTrue("89ab".contains(groups[3].first!), guid)
        }
        XCTAssertNotEqual(dynamic.value(for: "$guid"), dynamic.value(for: "$guid"))
        XCTAssertEqual(dynamic.value(for: "$randomUUID")?.count, 36)
    }

    func testClockGivesDeterministicTimestamps() {
        XCTAssertEqual(dynamic.value(for: "$timestamp"), "1795924025")
        XCTAssertEqual(dynamic.value(for: "$isoTimestamp"), "2026-11-29T03:47:05.125Z")
        let halfSecond = DynamicVariables(clock: { Date(timeIntervalSince1970: 1_000_000_000.5) })
        XCTAssertEqual(halfSecond.value(for: "$timestamp"), "1000000001")  // Math.round
        XCTAssertEqual(halfSecond.value(for: "$isoTimestamp"), "2001-09-09T01:46:40.500Z")
        let leapDay = DynamicVariables(clock: { Date(timeIntervalSince1970: 951_782_400) })
        XCTAssertEqual(leapDay.value(for: "$isoTimestamp"), "2000-02-29T00:00:00.000Z")
    }

    func testRandomIntStaysWithinZeroToThousand() throws {
        var seen = Set<Int>()
        for _ in 0..<5000 {
            let n = try XCTUnwrap(Int(XCTUnwrap(dynamic.value(for: "$randomInt"))))
            XCTAssertTrue((0...1000).contains(n), "\(n)")
            seen.insert(n)
        }
        XCTAssertGreaterThan(seen.count, 900)
    }

    func testSameSeedGivesSameSequence() {
        let a = fixedDynamic(seed: 7), b = fixedDynamic(seed: 7), c = fixedDynamic(seed: 8)
        let names = DynamicVariables.allNames
        XCTAssertEqual(names.map { a.value(for: $0) }, names.map { b.value(for: $0) })
        XCTAssertNotEqual(
            (0..<5).map { _ in a.value(for: "$guid") }, (0..<5).map { _ in c.value(for: "$guid") })
    }

    func testPhoneAndNumbersShapes() throws {
        for _ in 0..<30 {
            let phone = try XCTUnwrap(dynamic.value(for: "$randomPhoneNumber"))
            XCTAssertTrue(matchesPhone(phone), phone)
            let ext = try XCTUnwrap(dynamic.value(for: "$randomPhoneNumberExt"))
            let prefix = try XCTUnwrap(ext.split(separator: "-").first)
            XCTAssertTrue((1...2).contains(prefix.count) && consists(String(prefix), of: digits), ext)
            XCTAssertTrue(matchesPhone(String(ext.dropFirst(prefix.count + 1))), ext)

            let price = try XCTUnwrap(Double(XCTUnwrap(dynamic.value(for: "$randomPrice"))))
            XCTAssertTrue((100...999).contains(price), "\(price)")
            XCTAssertEqual(dynamic.value(for: "$randomPrice")?.split(separator: ".").last?.count, 2)

            let latitude = try XCTUnwrap(Double(XCTUnwrap(dynamic.value(for: "$randomLatitude"))))
            XCTAssertTrue((-90...90).contains(latitude))
            let longitude = try XCTUnwrap(Double(XCTUnwrap(dynamic.value(for: "$randomLongitude"))))
            XCTAssertTrue((-180...180).contains(longitude))

            let account = try XCTUnwrap(dynamic.value(for: "$randomBankAccount"))
            XCTAssertTrue(account.count == 8 && consists(account, of: digits), account)
            let semver = try XCTUnwrap(dynamic.value(for: "$randomSemver"))
            XCTAssertEqual(semver.split(separator: ".").count, 3, semver)
            XCTAssertTrue(["true", "false"].contains(dynamic.value(for: "$randomBoolean")))
        }
    }

    func testInternetShapes() throws {
        for _ in 0..<30 {
            let email = try XCTUnwrap(dynamic.value(for: "$randomEmail"))
            XCTAssertEqual(email.split(separator: "@").count, 2, email)
            XCTAssertFalse(email.contains(" "), email)
            XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomExampleEmail")).contains("@example."))

            let ip = try XCTUnwrap(dynamic.value(for: "$randomIP")).split(separator: ".")
            XCTAssertEqual(ip.count, 4)
            XCTAssertTrue(ip.allSatisfy { (Int($0) ?? -1) >= 0 && (Int($0) ?? 256) <= 255 })

            let ipv6 = try XCTUnwrap(dynamic.value(for: "$randomIPV6")).split(separator: ":")
            XCTAssertEqual(ipv6.map(\.count), Array(repeating: 4, count: 8))

            let mac = try XCTUnwrap(dynamic.value(for: "$randomMACAddress"))
            XCTAssertEqual(mac.split(separator: ":").map(\.count), Array(repeating: 2, count: 6), mac)

            let color = try XCTUnwrap(dynamic.value(for: "$randomHexColor"))
            XCTAssertTrue(
                color.hasPrefix("#") && color.count == 7 && consists(String(color.dropFirst()), of: lowerHex))

            let password = try XCTUnwrap(dynamic.value(for: "$randomPassword"))
            XCTAssertEqual(password.count, 15)
            XCTAssertTrue(password.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") })

            let url = try XCTUnwrap(dynamic.value(for: "$randomUrl"))
            XCTAssertTrue(url.hasPrefix("http://") || url.hasPrefix("https://"), url)
            XCTAssertNotNil(URL(string: url), url)
            XCTAssertFalse(try XCTUnwrap(dynamic.value(for: "$randomDomainWord")).contains("."))
            XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomUserAgent")).hasPrefix("Mozilla/5.0 ("))
        }
        XCTAssertEqual(dynamic.value(for: "$randomCatsImage"), "http://placeimg.com/640/480/cats")
        XCTAssertTrue(
            try XCTUnwrap(dynamic.value(for: "$randomImageDataUri")).hasPrefix(
                "data:image/svg+xml;charset=UTF-8,%3Csvg"))
        XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomAvatarImage")).hasPrefix("https://"))
    }

    func testFinanceIdentifiers() throws {
        for _ in 0..<30 {
            let iban = try XCTUnwrap(dynamic.value(for: "$randomBankAccountIban"))
            XCTAssertTrue((15...31).contains(iban.count), iban)
            XCTAssertEqual(ibanRemainder(iban), 1, iban)
            let bic = try XCTUnwrap(dynamic.value(for: "$randomBankAccountBic"))
            XCTAssertTrue([8, 11].contains(bic.count), bic)
            XCTAssertTrue(bic.prefix(4).allSatisfy(\.isUppercase), bic)
            let bitcoin = try XCTUnwrap(dynamic.value(for: "$randomBitcoin"))
            XCTAssertTrue((25...34).contains(bitcoin.count) && "13".contains(bitcoin.first!), bitcoin)
            let mask = try XCTUnwrap(dynamic.value(for: "$randomCreditCardMask"))
            XCTAssertTrue(mask.hasPrefix("(...") && mask.hasSuffix(")") && mask.count == 9, mask)
            XCTAssertEqual(dynamic.value(for: "$randomCurrencyCode")?.count, 3)
            XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomBankAccountName")).hasSuffix(" Account"))
        }
    }

    func testTextShapes() throws {
        for _ in 0..<30 {
            let words = try XCTUnwrap(dynamic.value(for: "$randomWords")).split(separator: " ")
            XCTAssertTrue((2...5).contains(words.count), "\(words)")
            XCTAssertFalse(try XCTUnwrap(dynamic.value(for: "$randomWord")).contains(" "))
            let sentence = try XCTUnwrap(dynamic.value(for: "$randomLoremSentence"))
            XCTAssertTrue(sentence.hasSuffix(".") && sentence.first!.isUppercase, sentence)
            XCTAssertEqual(
                try XCTUnwrap(dynamic.value(for: "$randomLoremSlug")).split(separator: "-").count, 3)
            XCTAssertEqual(
                try XCTUnwrap(dynamic.value(for: "$randomLoremParagraphs")).components(separatedBy: "\n \r")
                    .count, 3)
            let lines = try XCTUnwrap(dynamic.value(for: "$randomLoremLines")).split(separator: "\n")
            XCTAssertTrue((1...5).contains(lines.count))
            let alnum = try XCTUnwrap(dynamic.value(for: "$randomAlphaNumeric"))
            XCTAssertTrue(alnum.count == 1 && consists(alnum, of: "abcdefghijklmnopqrstuvwxyz0123456789"))
            XCTAssertEqual(dynamic.value(for: "$randomLocale")?.count, 2)
            XCTAssertEqual(dynamic.value(for: "$randomCountryCode")?.count, 2)
            XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomFilePath")).hasPrefix("/"))
            let fileName = try XCTUnwrap(dynamic.value(for: "$randomCommonFileName"))
            XCTAssertTrue(fileName.contains(".") && !fileName.contains(" "), fileName)
            XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomMimeType")).contains("/"))
            XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomPhrase")).hasSuffix("!"))
            XCTAssertTrue(try XCTUnwrap(dynamic.value(for: "$randomIngverb")).contains("ing"))
        }
    }

    func testDatesLookLikeJavaScriptDates() throws {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        for name in ["$randomDatePast", "$randomDateFuture", "$randomDateRecent"] {
            let text = try XCTUnwrap(dynamic.value(for: name))
            // e.g. "Sat Mar 01 2025 10:12:33 GMT+0000 (Coordinated Universal Time)"
            let parts = text.split(separator: " ")
            XCTAssertGreaterThanOrEqual(parts.count, 7, text)
            XCTAssertTrue(weekdays.contains(String(parts[0])), text)
            XCTAssertTrue(months.contains(String(parts[1])), text)
            XCTAssertEqual(parts[2].count, 2, text)
            XCTAssertTrue(parts[5].hasPrefix("GMT+") || parts[5].hasPrefix("GMT-"), text)
            let year = try XCTUnwrap(Int(parts[3]))
            XCTAssertTrue((2025...2027).contains(year), text)
        }
        XCTAssertEqual(dynamic.value(for: "$randomWeekday")?.hasSuffix("day"), true)
    }

    private func matchesPhone(_ text: String) -> Bool {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [3, 3, 4] && groups.allSatisfy { consists(String($0), of: digits) }
            && groups[0].first! >= "2" && groups[1].first! >= "2"
    }

    private func ibanRemainder(_ iban: String) -> Int {
        let rearranged = iban.dropFirst(4) + iban.prefix(4)
        var remainder = 0
        for c in rearranged {
            let value = c.isLetter ? String(Int(c.asciiValue!) - 55) : String(c)
            for d in value { remainder = (remainder * 10 + Int(String(d))!) % 97 }
        }
        return remainder
    }
}

/// Names, jobs, places, products and companies (faker 5.5.3 `name`, `address`, `commerce`,
/// `company` shapes).
extension Faker {
    mutating func firstName() -> String { pick(FakerWords.firstNames) }
    mutating func lastName() -> String { pick(FakerWords.lastNames) }

    /// "First Last", now and then with a prefix or a suffix.
    mutating func fullName() -> String {
        switch int(0...8) {
        case 0: return "\(pick(FakerWords.namePrefixes)) \(firstName()) \(lastName())"
        case 1: return "\(firstName()) \(lastName()) \(pick(FakerWords.nameSuffixes))"
        default: return "\(firstName()) \(lastName())"
        }
    }

    mutating func jobTitle() -> String {
        "\(pick(FakerWords.jobDescriptors)) \(pick(FakerWords.jobAreas)) \(pick(FakerWords.jobTypes))"
    }

    mutating func city() -> String {
        switch int(0...3) {
        case 0: return "\(pick(FakerWords.cityPrefixes)) \(firstName())\(pick(FakerWords.citySuffixes))"
        case 1: return "\(pick(FakerWords.cityPrefixes)) \(firstName())"
        case 2: return "\(firstName())\(pick(FakerWords.citySuffixes))"
        default: return "\(lastName())\(pick(FakerWords.citySuffixes))"
        }
    }

    mutating func streetName() -> String {
        "\(chance(0.5) ? firstName() : lastName()) \(pick(FakerWords.streetSuffixes))"
    }

    mutating func streetAddress() -> String { "\(pattern(pick(["#####", "####", "###"]))) \(streetName())" }

    /// Degrees with four decimals in `-limit ... limit`.
    mutating func coordinate(limit: Double) -> String { Faker.fixed(fraction() * 2 * limit - limit, 4) }

    mutating func productName() -> String {
        "\(pick(FakerWords.productAdjectives)) \(pick(FakerWords.productMaterials)) \(pick(FakerWords.products))"
    }

    mutating func companyName() -> String {
        switch int(0...2) {
        case 0: return "\(lastName()) \(pick(FakerWords.companySuffixes))"
        case 1: return "\(lastName()) - \(lastName())"
        default: return "\(lastName()), \(lastName()) and \(lastName())"
        }
    }

    mutating func catchPhrase() -> String {
        "\(pick(FakerWords.catchPhraseAdjectives)) \(pick(FakerWords.catchPhraseDescriptors)) "
            + pick(FakerWords.catchPhraseNouns)
    }

    mutating func bs() -> String {
        "\(pick(FakerWords.bsBuzzwords)) \(pick(FakerWords.bsAdjectives)) \(pick(FakerWords.bsNouns))"
    }

    /// One word drawn from one of the word lists, as faker's `random.word`.
    mutating func word() -> String {
        let source: [String] = pick([
            FakerWords.departments, FakerWords.productAdjectives, FakerWords.productMaterials,
            FakerWords.products,
            FakerWords.catchPhraseAdjectives, FakerWords.catchPhraseNouns, FakerWords.bsBuzzwords,
            FakerWords.bsAdjectives, FakerWords.bsNouns, FakerTechWords.nouns, FakerTechWords.adjectives,
            FakerWords.jobAreas, FakerWords.jobTypes, FakerWords.colors, FakerWords.months,
        ])
        return pick(pick(source).split(separator: " ").map(String.init))
    }

    /// 2 to 5 words separated by spaces (Postman's `$randomWords`).
    mutating func words() -> String { (0..<int(2...5)).map { _ in word() }.joined(separator: " ") }
}

/// Makes one value of a dynamic variable.
typealias DynamicGenerator = @Sendable (inout Faker) -> String

/// Every dynamic variable newman 6.2.1 knows, in its order, with a generator of the same shape.
enum DynamicGeneratorTable {
    static let entries: [(name: String, make: DynamicGenerator)] =
        core + phoneAndPaths + places + business
        + datesAndMoney + hackerAndImages + internet + loremAndNames + dataAndSystem

    private static let directories = [
        "/Applications", "/bin", "/boot", "/dev", "/etc", "/etc/mail", "/home", "/home/user", "/lib",
        "/Library", "/media", "/mnt", "/opt", "/opt/bin", "/opt/lib", "/private/tmp", "/root", "/sbin",
        "/srv", "/System", "/tmp", "/Users", "/usr", "/usr/bin", "/usr/lib", "/usr/local/bin", "/usr/share",
        "/var", "/var/log", "/var/tmp",
    ]

    private static let core: [(String, DynamicGenerator)] = [
        ("$guid", { $0.uuid() }),
        ("$timestamp", { String(JavaScriptDate.unixSeconds($0.now)) }),
        ("$isoTimestamp", { JavaScriptDate.isoString($0.now) }),
        ("$randomInt", { String(Int(($0.fraction() * 1001).rounded(.down))) }),
    ]

    private static let phoneAndPaths: [(String, DynamicGenerator)] = [
        ("$randomPhoneNumber", { $0.pattern("!##-!##-####") }),
        ("$randomPhoneNumberExt", { "\($0.int(1...99))-" + $0.pattern("!##-!##-####") }),
        ("$randomLocale", { $0.pick(FakerWords.languageCodes) }),
        ("$randomWords", { $0.words() }),
        ("$randomFilePath", { $0.pick(directories) + "/" + $0.fileName(common: false) }),
        ("$randomDirectoryPath", { $0.pick(directories) }),
    ]

    private static let places: [(String, DynamicGenerator)] = [
        ("$randomCity", { $0.city() }),
        ("$randomStreetName", { $0.streetName() }),
        ("$randomStreetAddress", { $0.streetAddress() }),
        ("$randomCountry", { $0.pick(FakerWords.countries) }),
        ("$randomCountryCode", { $0.pick(FakerWords.countryCodes) }),
        ("$randomLatitude", { $0.coordinate(limit: 90) }),
        ("$randomLongitude", { $0.coordinate(limit: 180) }),
    ]

    private static let business: [(String, DynamicGenerator)] = [
        ("$randomColor", { $0.pick(FakerWords.colors) }),
        ("$randomDepartment", { $0.pick(FakerWords.departments) }),
        ("$randomProductName", { $0.productName() }),
        ("$randomProductAdjective", { $0.pick(FakerWords.productAdjectives) }),
        ("$randomProductMaterial", { $0.pick(FakerWords.productMaterials) }),
        ("$randomProduct", { $0.pick(FakerWords.products) }),
        ("$randomCompanyName", { $0.companyName() }),
        ("$randomCompanySuffix", { $0.pick(FakerWords.companySuffixes) }),
        ("$randomCatchPhrase", { $0.catchPhrase() }),
        ("$randomBs", { $0.bs() }),
        ("$randomCatchPhraseAdjective", { $0.pick(FakerWords.catchPhraseAdjectives) }),
        ("$randomCatchPhraseDescriptor", { $0.pick(FakerWords.catchPhraseDescriptors) }),
        ("$randomCatchPhraseNoun", { $0.pick(FakerWords.catchPhraseNouns) }),
        ("$randomBsAdjective", { $0.pick(FakerWords.bsAdjectives) }),
        ("$randomBsBuzz", { $0.pick(FakerWords.bsBuzzwords) }),
        ("$randomBsNoun", { $0.pick(FakerWords.bsNouns) }),
        ("$randomDatabaseColumn", { $0.pick(FakerWords.databaseColumns) }),
        ("$randomDatabaseType", { $0.pick(FakerWords.databaseTypes) }),
        ("$randomDatabaseCollation", { $0.pick(FakerWords.databaseCollations) }),
        ("$randomDatabaseEngine", { $0.pick(FakerWords.databaseEngines) }),
    ]

    private static let datesAndMoney: [(String, DynamicGenerator)] = [
        ("$randomDatePast", { $0.pastDate() }),
        ("$randomDateFuture", { $0.futureDate() }),
        ("$randomDateRecent", { $0.recentDate() }),
        ("$randomMonth", { $0.pick(FakerWords.months) }),
        ("$randomWeekday", { $0.pick(FakerWords.weekdays) }),
        ("$randomBankAccount", { $0.digits(8) }),
        ("$randomBankAccountName", { $0.pick(FakerWords.accountTypes) + " Account" }),
        ("$randomCreditCardMask", { "(...\($0.digits(4)))" }),
        ("$randomPrice", { $0.price() }),
        ("$randomTransactionType", { $0.pick(FakerWords.transactionTypes) }),
        ("$randomCurrencyCode", { $0.pick(FakerWords.currencies).code }),
        ("$randomCurrencyName", { $0.pick(FakerWords.currencies).name }),
        ("$randomCurrencySymbol", { $0.pick(FakerWords.currencies.filter { !$0.symbol.isEmpty }).symbol }),
        ("$randomBitcoin", { $0.bitcoinAddress() }),
        ("$randomBankAccountIban", { $0.iban() }),
        ("$randomBankAccountBic", { $0.bic() }),
    ]

    private static let hackerAndImages: [(String, DynamicGenerator)] = [
        ("$randomAbbreviation", { $0.pick(FakerTechWords.abbreviations) }),
        ("$randomAdjective", { $0.pick(FakerTechWords.adjectives) }),
        ("$randomNoun", { $0.pick(FakerTechWords.nouns) }),
        ("$randomVerb", { $0.pick(FakerTechWords.verbs).verb }),
        ("$randomIngverb", { $0.pick(FakerTechWords.verbs).ing }),
        ("$randomPhrase", { $0.hackerPhrase() }),
        ("$randomAvatarImage", { $0.avatarURL() }),
        ("$randomImageUrl", { _ in Faker.imageURL() }),
        ("$randomAbstractImage", { _ in Faker.imageURL(category: "abstract") }),
        ("$randomAnimalsImage", { _ in Faker.imageURL(category: "animals") }),
        ("$randomBusinessImage", { _ in Faker.imageURL(category: "business") }),
        ("$randomCatsImage", { _ in Faker.imageURL(category: "cats") }),
        ("$randomCityImage", { _ in Faker.imageURL(category: "city") }),
        ("$randomFoodImage", { _ in Faker.imageURL(category: "food") }),
        ("$randomNightlifeImage", { _ in Faker.imageURL(category: "nightlife") }),
        ("$randomFashionImage", { _ in Faker.imageURL(category: "fashion") }),
        ("$randomPeopleImage", { _ in Faker.imageURL(category: "people") }),
        ("$randomNatureImage", { _ in Faker.imageURL(category: "nature") }),
        ("$randomSportsImage", { _ in Faker.imageURL(category: "sports") }),
        ("$randomTransportImage", { _ in Faker.imageURL(category: "transport") }),
        ("$randomImageDataUri", { _ in Faker.imageDataURI }),
    ]

    private static let internet: [(String, DynamicGenerator)] = [
        ("$randomEmail", { $0.emailLocalPart() + "@" + $0.pick(FakerTechWords.freeEmailDomains) }),
        ("$randomExampleEmail", { $0.emailLocalPart() + "@" + $0.pick(FakerTechWords.exampleEmailDomains) }),
        ("$randomUserName", { $0.userName() }),
        ("$randomProtocol", { $0.pick(["http", "https"]) }),
        ("$randomUrl", { $0.pick(["http", "https"]) + "://" + $0.domainName() }),
        ("$randomDomainName", { $0.domainName() }),
        ("$randomDomainSuffix", { $0.pick(FakerTechWords.domainSuffixes) }),
        ("$randomDomainWord", { $0.domainWord() }),
        ("$randomIP", { $0.ipv4() }),
        ("$randomIPV6", { $0.ipv6() }),
        ("$randomUserAgent", { $0.userAgent() }),
        ("$randomHexColor", { "#" + $0.hex(6) }),
        ("$randomMACAddress", { $0.mac() }),
        ("$randomPassword", { $0.password() }),
    ]

    private static let loremAndNames: [(String, DynamicGenerator)] = [
        ("$randomLoremWord", { $0.loremWord() }),
        ("$randomLoremWords", { $0.loremWords() }),
        ("$randomLoremSentence", { $0.loremSentence() }),
        ("$randomLoremSlug", { $0.loremWords().replacingOccurrences(of: " ", with: "-") }),
        ("$randomLoremSentences", { $0.loremSentences($0.int(2...6)) }),
        ("$randomLoremParagraph", { $0.loremParagraph() }),
        ("$randomLoremParagraphs", { $0.loremParagraphs() }),
        ("$randomLoremText", { $0.loremText() }),
        ("$randomLoremLines", { $0.loremLines() }),
        ("$randomFirstName", { $0.firstName() }),
        ("$randomLastName", { $0.lastName() }),
        ("$randomFullName", { $0.fullName() }),
        ("$randomJobTitle", { $0.jobTitle() }),
        ("$randomNamePrefix", { $0.pick(FakerWords.namePrefixes) }),
        ("$randomNameSuffix", { $0.pick(FakerWords.nameSuffixes) }),
        ("$randomJobDescriptor", { $0.pick(FakerWords.jobDescriptors) }),
        ("$randomJobArea", { $0.pick(FakerWords.jobAreas) }),
        ("$randomJobType", { $0.pick(FakerWords.jobTypes) }),
    ]

    private static let dataAndSystem: [(String, DynamicGenerator)] = [
        ("$randomUUID", { $0.uuid() }),
        ("$randomBoolean", { $0.chance(0.5) ? "true" : "false" }),
        ("$randomWord", { $0.word() }),
        ("$randomAlphaNumeric", { $0.characters(1, from: "abcdefghijklmnopqrstuvwxyz0123456789") }),
        ("$randomFileName", { $0.fileName(common: false) }),
        ("$randomCommonFileName", { $0.fileName(common: true) }),
        ("$randomMimeType", { $0.mimeType().type }),
        ("$randomCommonFileType", { $0.pick(FakerTechWords.commonFileTypes) }),
        ("$randomCommonFileExt", { $0.fileExtension(common: true) }),
        ("$randomFileType", { $0.fileType() }),
        ("$randomFileExt", { $0.fileExtension(common: false) }),
        ("$randomSemver", { $0.semver() }),
    ]
}

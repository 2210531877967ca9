/// Internet, image, hacker, lorem and system values (faker 5.5.3 shapes).
extension Faker {
    mutating func userName() -> String {
        switch int(0...2) {
        case 0: return "\(firstName())\(int(0...99))"
        case 1: return "\(firstName())\(pick([".", "_"]))\(lastName())"
        default: return "\(firstName())\(pick([".", "_"]))\(lastName())\(int(0...99))"
        }
    }

    /// A user name made safe for the local part of an address.
    mutating func emailLocalPart() -> String {
        String(userName().filter { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) })
    }

    mutating func domainWord() -> String {
        firstName().lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    mutating func domainName() -> String { "\(domainWord()).\(pick(FakerTechWords.domainSuffixes))" }

    mutating func ipv4() -> String { (0..<4).map { _ in String(int(0...255)) }.joined(separator: ".") }

    mutating func ipv6() -> String { (0..<8).map { _ in hex(4) }.joined(separator: ":") }

    mutating func mac() -> String { (0..<6).map { _ in hex(2) }.joined(separator: ":") }

    /// 15 characters of `[A-Za-z0-9_]`.
    mutating func password() -> String {
        characters(15, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
    }

    mutating func userAgent() -> String {
        let windows = "Windows NT \(pick(["6.1", "6.2", "6.3", "10.0"])); Win64; x64"
        let mac = "Macintosh; Intel Mac OS X 10_\(int(10...15))_\(int(0...7))"
        let linux = "X11; Linux x86_64"
        let platform = pick([windows, mac, linux])
        let chrome = "\(int(60...120)).0.\(int(1000...6000)).\(int(0...200))"
        switch int(0...2) {
        case 0:
            return
                "Mozilla/5.0 (\(platform)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/\(chrome) Safari/537.36"
        case 1:
            let version = int(60...120)
            return "Mozilla/5.0 (\(platform); rv:\(version).0) Gecko/20100101 Firefox/\(version).0"
        default:
            return "Mozilla/5.0 (\(platform)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/\(chrome) "
                + "Safari/537.36 Edg/\(int(80...120)).0.\(int(100...2000)).\(int(0...99))"
        }
    }

    mutating func avatarURL() -> String {
        "https://cdn.fakercloud.com/avatars/\(pick(FakerTechWords.avatarHandles))_128.jpg"
    }

    /// `http://placeimg.com/640/480[/category]`.
    static func imageURL(category: String? = nil) -> String {
        "http://placeimg.com/640/480" + (category.map { "/" + $0 } ?? "")
    }

    /// An SVG image as a data URI; Postman calls faker without a size, so the size reads
    /// "undefined", as in newman.
    static let imageDataURI: String = {
        let svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" baseProfile=\"full\" "
            + "width=\"undefined\" height=\"undefined\"> <rect width=\"100%\" height=\"100%\" fill=\"grey\"/>  "
            + "<text x=\"NaN\" y=\"NaN\" font-size=\"20\" alignment-baseline=\"middle\" text-anchor=\"middle\" "
            + "fill=\"white\">undefinedxundefined</text> </svg>"
        return "data:image/svg+xml;charset=UTF-8," + encodeURIComponent(svg)
    }()

    /// JavaScript's `encodeURIComponent`.
    static func encodeURIComponent(_ text: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()".utf8)
        var out = ""
        for byte in text.utf8 {
            if unreserved.contains(byte) {
                out.append(Character(Unicode.Scalar(byte)))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    mutating func hackerPhrase() -> String {
        let fills: [(placeholder: String, make: (inout Faker) -> String)] = [
            ("{v}", { $0.pick(FakerTechWords.verbs).verb }), ("{i}", { $0.pick(FakerTechWords.verbs).ing }),
            ("{a}", { $0.pick(FakerTechWords.abbreviations) }),
            ("{j}", { $0.pick(FakerTechWords.adjectives) }),
            ("{n}", { $0.pick(FakerTechWords.nouns) }),
        ]
        var phrase = pick(FakerTechWords.phrases)
        for fill in fills {
            while let range = phrase.range(of: fill.placeholder) {
                phrase.replaceSubrange(range, with: fill.make(&self))
            }
        }
        return phrase.capitalizedFirst
    }

    mutating func loremWord() -> String { pick(FakerTechWords.loremWords) }

    mutating func loremWords(_ count: Int = 3) -> String {
        (0..<count).map { _ in loremWord() }.joined(separator: " ")
    }

    /// 3 to 10 words, capitalised, ending with a full stop.
    mutating func loremSentence() -> String { loremWords(int(3...10)).capitalizedFirst + "." }

    mutating func loremSentences(_ count: Int) -> String {
        (0..<count).map { _ in loremSentence() }.joined(separator: " ")
    }

    mutating func loremParagraph() -> String { loremSentences(3 + int(0...3)) }

    /// Three paragraphs separated by "\n \r", as faker does.
    mutating func loremParagraphs() -> String {
        (0..<3).map { _ in loremParagraph() }.joined(separator: "\n \r")
    }

    /// 1 to 5 sentences on separate lines.
    mutating func loremLines() -> String {
        (0..<int(1...5)).map { _ in loremSentence() }.joined(separator: "\n")
    }

    /// Any of the lorem shapes, picked at random.
    mutating func loremText() -> String {
        switch int(0...6) {
        case 0: return loremWord()
        case 1: return loremWords()
        case 2: return loremSentence()
        case 3: return loremSentences(int(2...6))
        case 4: return loremParagraph()
        case 5: return loremParagraphs()
        default: return loremLines()
        }
    }

    mutating func fileName(common: Bool) -> String {
        let words = (0..<int(1...3)).map { _ in word() }.joined(separator: " ").lowercased()
        let stem = words.map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
        return stem + "." + fileExtension(common: common)
    }

    mutating func mimeType(common: Bool = false) -> (type: String, ext: String) {
        common
            ? pick(Array(FakerTechWords.mimeTypes.prefix(FakerTechWords.commonMimeCount)))
            : pick(FakerTechWords.mimeTypes)
    }

    mutating func fileExtension(common: Bool) -> String { mimeType(common: common).ext }

    mutating func fileType() -> String { String(mimeType().type.split(separator: "/")[0]) }

    mutating func semver() -> String { "\(int(0...9)).\(int(0...9)).\(int(0...9))" }
}

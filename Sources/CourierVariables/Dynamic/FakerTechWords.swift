/// Word lists for the hacker, internet, lorem and system generators (written for Courier).
enum FakerTechWords {
    static let abbreviations = [
        "ADP", "AGP", "AI", "API", "ASCII", "CLI", "COM", "CSS", "DNS", "EXE", "FTP", "GB", "HDD", "HTTP",
        "IB", "IP", "JSON", "OCR", "PCI", "PNG", "RAM", "RSS", "SAS", "SCSI", "SDD", "SMS", "SMTP", "SQL",
        "SSD", "SSL", "TCP", "TLS", "UDP", "USB", "UTF8", "XML", "XSS",
    ]
    static let adjectives = [
        "auxiliary", "primary", "back-end", "digital", "open-source", "virtual", "cross-platform",
        "redundant", "online", "haptic", "multi-byte", "bluetooth", "wireless", "1080p", "neural", "optical",
        "solid state", "mobile",
    ]
    static let nouns = [
        "driver", "protocol", "bandwidth", "panel", "microchip", "program", "port", "card", "array",
        "interface", "system", "sensor", "firewall", "hard drive", "pixel", "alarm", "feed", "monitor",
        "application", "transmitter", "bus", "circuit", "capacitor", "matrix",
    ]
    /// (verb, its -ing form).
    static let verbs: [(verb: String, ing: String)] = [
        ("back up", "backing up"), ("bypass", "bypassing"), ("hack", "hacking"), ("override", "overriding"),
        ("compress", "compressing"), ("copy", "copying"), ("navigate", "navigating"), ("index", "indexing"),
        ("connect", "connecting"), ("generate", "generating"), ("quantify", "quantifying"),
        ("calculate", "calculating"), ("synthesize", "synthesizing"), ("input", "inputting"),
        ("transmit", "transmitting"), ("program", "programming"), ("reboot", "rebooting"),
        ("parse", "parsing"),
    ]
    /// Phrase templates: `{v}` verb, `{i}` -ing verb, `{a}` abbreviation, `{j}` adjective, `{n}` noun.
    static let phrases = [
        "Try to {v} the {a} {n}, maybe it will {v} the {j} {n}!",
        "If we {v} the {n}, we can get to the {a} {n} through the {j} {a} {n}!",
        "I'll {v} the {j} {a} {n}, that should {v} the {a} {n}!", "We need to {v} the {j} {a} {n}!",
        "The {a} {n} is down, {v} the {j} {n} so we can {v} the {a} {n}!",
        "Use the {j} {a} {n}, then you can {v} the {j} {n}!",
        "I'll {v} the {a} {n}, that should {i} the {j} {n}!",
        "{i} the {n} won't do anything, we need to {v} the {j} {a} {n}!",
    ]

    static let freeEmailDomains = ["gmail.com", "yahoo.com", "hotmail.com"]
    static let exampleEmailDomains = ["example.com", "example.net", "example.org"]
    static let domainSuffixes = ["com", "biz", "info", "name", "net", "org", "io", "info"]
    static let avatarHandles = [
        "jsmith", "pixelpusher", "kevinmoore", "alexfox", "nadiaw", "designbylee", "tomkraft", "marauder",
        "sunnyray", "codecat", "quietfox", "bluemoth", "ninadraws", "herbertk", "m_ozturk", "oliviaberg",
    ]
    static let imageCategories = [
        "abstract", "animals", "business", "cats", "city", "food", "nightlife", "fashion", "people", "nature",
        "sports", "transport",
    ]

    static let loremWords = [
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipisci", "velit", "sed", "quia", "non",
        "numquam", "eius", "modi", "tempora", "incidunt", "ut", "labore", "et", "dolore", "magnam", "aliquam",
        "quaerat", "voluptatem", "enim", "ad", "minima", "veniam", "quis", "nostrum", "exercitationem",
        "ullam", "corporis", "suscipit", "laboriosam", "nisi", "aliquid", "ex", "ea", "commodi",
        "consequatur", "autem", "vel", "eum", "iure", "reprehenderit", "qui", "in", "voluptate", "esse",
        "quam", "nihil", "molestiae", "illum", "fugiat", "quo", "voluptas", "nulla", "pariatur", "at", "vero",
        "accusamus", "iusto", "odio", "dignissimos", "ducimus", "blanditiis", "praesentium", "deleniti",
        "atque", "corrupti", "quos", "dolores",
    ]

    /// (MIME type, extension); the first `commonCount` are the "common" ones.
    static let mimeTypes: [(type: String, ext: String)] = [
        ("application/pdf", "pdf"), ("audio/mpeg", "mpga"), ("audio/wav", "wav"), ("image/png", "png"),
        ("image/jpeg", "jpeg"), ("image/gif", "gif"), ("video/mp4", "mp4"), ("video/mpeg", "mpeg"),
        ("text/html", "html"),
        ("application/json", "json"), ("application/xml", "xml"), ("application/zip", "zip"),
        ("application/gzip", "gz"), ("application/msword", "doc"), ("application/vnd.ms-excel", "xls"),
        ("application/x-sh", "sh"), ("application/vnd.oasis.opendocument.text", "odt"),
        ("audio/ogg", "oga"), ("audio/midi", "midi"), ("font/woff2", "woff2"), ("font/ttf", "ttf"),
        ("image/svg+xml", "svg"), ("image/webp", "webp"), ("image/tiff", "tiff"), ("message/rfc822", "eml"),
        ("model/gltf+json", "gltf"), ("model/vrml", "wrl"), ("text/css", "css"), ("text/csv", "csv"),
        ("text/plain", "txt"), ("text/calendar", "ics"), ("video/webm", "webm"), ("video/quicktime", "mov"),
        ("chemical/x-pdb", "pdb"), ("x-shader/x-vertex", "vert"), ("x-conference/x-cooltalk", "ice"),
    ]
    static let commonMimeCount = 9
    static let commonFileTypes = ["video", "audio", "image", "text", "application"]
}

/// Escaping for the JUnit report: attribute values, CDATA sections, and removal of characters
/// XML 1.0 does not allow.
public enum XMLText {
    /// `text` without characters outside XML 1.0's `Char` production (control characters other
    /// than tab, line feed and carriage return; U+FFFE and U+FFFF).
    public static func removingInvalidCharacters(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { result.append(scalar) }
        return String(result)
    }

    /// An attribute value, escaped for double quotes.
    public static func attribute(_ text: String) -> String {
        var result = ""
        for scalar in removingInvalidCharacters(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#x9;"
            case "\n": result += "&#xA;"
            case "\r": result += "&#xD;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A CDATA section holding `text`; a `]]>` inside is split across two sections.
    public static func cdata(_ text: String) -> String {
        let safe = removingInvalidCharacters(text).replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>")
        return "<![CDATA[" + safe + "]]>"
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}

/// Escaping for the HTML report. Every piece of run data (names, URLs, headers, bodies, error
/// messages) passes through `escape` before it is written, so nothing a server returns can
/// open a tag, end an attribute or start a script.
public enum HTMLEscaping {
    /// `text` safe inside element content and inside single- or double-quoted attribute
    /// values: `& < > " '` become character references, and control characters HTML does not
    /// allow (all but tab, line feed and carriage return) become U+FFFD.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if isControl(scalar) {
                    result.unicodeScalars.append("\u{FFFD}")
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, and the noncharacters U+FFFE and U+FFFF.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}

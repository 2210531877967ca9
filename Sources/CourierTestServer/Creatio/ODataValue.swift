import Foundation

/// One column value or filter operand, with Creatio's JSON forms (creatio.md 7.8).
enum ODataValue: Sendable, Equatable {
    case null
    /// Lower-case GUID with dashes.
    case guid(String)
    case text(String)
    case integer(Int)
    case decimal(Double)
    case boolean(Bool)
    /// Seconds since 1970 (UTC), millisecond precision.
    case date(Double)

    /// The empty lookup.
    static let zeroGUID = "00000000-0000-0000-0000-000000000000"

    /// The JSON form: GUID and date strings, plain numbers and booleans.
    var json: JSONValue {
        switch self {
        case .null: return .null
        case .guid(let g): return .string(g)
        case .text(let t): return .string(t)
        case .integer(let n): return .int(n)
        case .decimal(let d):
            return d == d.rounded() && abs(d) < 1e15 ? .number(String(Int(d))) : .number(String(d))
        case .boolean(let b): return .bool(b)
        case .date(let s): return .string(ODataDate.format(s))
        }
    }

    /// The value as plain text (for `$value` and string functions).
    var text: String {
        switch self {
        case .null: return ""
        case .guid(let g): return g
        case .text(let t): return t
        case .integer(let n): return String(n)
        case .boolean(let b): return b ? "true" : "false"
        case .decimal, .date:
            if case .string(let s) = json { return s }
            if case .number(let n) = json { return n }
            return ""
        }
    }

    /// True for null and the zero GUID.
    var isEmptyLookup: Bool {
        switch self {
        case .null: return true
        case .guid(let g): return g == ODataValue.zeroGUID
        default: return false
        }
    }

    /// A JSON body value converted to a column's type; nil when it does not fit.
    static func from(_ value: JSONValue, as type: ODataColumnType) -> ODataValue? {
        switch (type, value) {
        case (_, .null): return type == .text ? .text("") : type.emptyValue
        case (.text, .string(let s)): return .text(s)
        case (.guid, .string(let s)): return GUIDText.normalized(s).map { .guid($0) }
        case (.integer, .number(let n)): return Int(n).map { .integer($0) }
        case (.integer, .string(let s)): return Int(s).map { .integer($0) }
        case (.decimal, .number(let n)), (.decimal, .string(let n)): return Double(n).map { .decimal($0) }
        case (.boolean, .bool(let b)): return .boolean(b)
        case (.dateTime, .string(let s)): return ODataDate.parse(s).map { .date($0) }
        default: return nil
        }
    }

    /// Orders two values the way `$filter` and `$orderby` compare them; nil when they are not comparable.
    ///
    /// Text compares case-insensitively (Creatio's databases use case-insensitive collations); null equals
    /// the zero GUID; a GUID or date compares with text holding one.
    static func compare(_ a: ODataValue, _ b: ODataValue) -> Int? {
        if a.isEmptyLookup && b.isEmptyLookup { return 0 }
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.text(let x), .text(let y)): return order(x.lowercased(), y.lowercased())
        case (.guid(let x), .guid(let y)): return order(x, y)
        case (.guid(let x), .text(let y)), (.text(let y), .guid(let x)):
            guard let g = GUIDText.normalized(y) else { return nil }
            return a == .guid(x) ? order(x, g) : order(g, x)
        case (.boolean(let x), .boolean(let y)): return order(x ? 1 : 0, y ? 1 : 0)
        case (.date(let x), .date(let y)): return order(x, y)
        case (.date(let x), .text(let y)):
            return ODataDate.parse(y).map { order(x, $0) }
        case (.text(let x), .date(let y)):
            return ODataDate.parse(x).map { order($0, y) }
        default:
            guard let x = a.number, let y = b.number else { return nil }
            return order(x, y)
        }
    }

    private var number: Double? {
        switch self {
        case .integer(let n): return Double(n)
        case .decimal(let d): return d
        default: return nil
        }
    }

    private static func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
}

/// GUID text checks: Creatio writes GUIDs lower-case with dashes.
enum GUIDText {
    /// `text` lower-cased when it is a dashed 8-4-4-4-12 hex GUID, else nil.
    static func normalized<S: StringProtocol>(_ text: S) -> String? {
        let chars = Array(text.lowercased())
        guard chars.count == 36 else { return nil }
        for (i, c) in chars.enumerated() {
            if [8, 13, 18, 23].contains(i) {
                guard c == "-" else { return nil }
            } else {
                guard c.isHexDigit else { return nil }
            }
        }
        return String(chars)
    }

    /// A new random GUID, lower-case.
    static func random() -> String { UUID().uuidString.lowercased() }
}

import Foundation

/// A parsed `$filter` expression, evaluated per row.
indirect enum ODataExpression: Sendable {
    case literal(ODataValue)
    case property(ODataPropertyPath)
    case not(ODataExpression)
    case and(ODataExpression, ODataExpression)
    case or(ODataExpression, ODataExpression)
    /// `eq ne gt ge lt le`.
    case compare(String, ODataExpression, ODataExpression)
    /// `contains startswith endswith tolower toupper trim length concat indexof`, name lower-cased.
    case call(String, [ODataExpression])

    /// Function names and their argument counts.
    static let functions: [String: Int] = [
        "contains": 2, "startswith": 2, "endswith": 2, "tolower": 1, "toupper": 1, "trim": 1, "length": 1,
        "concat": 2, "indexof": 2,
    ]

    /// Comparison operators.
    static let comparisons: Set<String> = ["eq", "ne", "gt", "ge", "lt", "le"]

    /// True when the expression holds for `row`.
    func matches(_ row: ODataRow, in snapshot: ODataSnapshot) -> Bool {
        evaluate(row, snapshot) == .boolean(true)
    }

    /// The value of the expression for `row`.
    func evaluate(_ row: ODataRow, _ snapshot: ODataSnapshot) -> ODataValue {
        switch self {
        case .literal(let value): return value
        case .property(let path): return path.value(of: row, in: snapshot)
        case .not(let inner): return .boolean(!inner.matches(row, in: snapshot))
        case .and(let a, let b): return .boolean(a.matches(row, in: snapshot) && b.matches(row, in: snapshot))
        case .or(let a, let b): return .boolean(a.matches(row, in: snapshot) || b.matches(row, in: snapshot))
        case .compare(let op, let a, let b):
            let order = ODataValue.compare(a.evaluate(row, snapshot), b.evaluate(row, snapshot))
            switch op {
            case "eq": return .boolean(order == 0)
            case "ne": return .boolean(order != 0)
            case "gt": return .boolean(order.map { $0 > 0 } ?? false)
            case "ge": return .boolean(order.map { $0 >= 0 } ?? false)
            case "lt": return .boolean(order.map { $0 < 0 } ?? false)
            default: return .boolean(order.map { $0 <= 0 } ?? false)
            }
        case .call(let name, let arguments):
            let values = arguments.map { $0.evaluate(row, snapshot) }
            return ODataExpression.call(name, values)
        }
    }

    private static func call(_ name: String, _ values: [ODataValue]) -> ODataValue {
        if values.contains(.null) && name != "concat" { return .null }
        let texts = values.map(\.text)
        let folded = texts.map { $0.lowercased() }
        switch name {
        case "contains": return .boolean(folded[1].isEmpty || folded[0].contains(folded[1]))
        case "startswith": return .boolean(folded[0].hasPrefix(folded[1]))
        case "endswith": return .boolean(folded[0].hasSuffix(folded[1]))
        case "tolower": return .text(folded[0])
        case "toupper": return .text(texts[0].uppercased())
        case "trim": return .text(texts[0].trimmingSpaces)
        case "length": return .integer(texts[0].count)
        case "concat": return .text(texts[0] + texts[1])
        default:
            guard let range = folded[0].range(of: folded[1]) else { return .integer(-1) }
            return .integer(folded[0].distance(from: folded[0].startIndex, to: range.lowerBound))
        }
    }
}

extension String {
    /// The text without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

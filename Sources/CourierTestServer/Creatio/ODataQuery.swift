import Foundation

/// The system query options of one collection read: `$filter $select $orderby $top $skip $count $expand`.
struct ODataQuery: Sendable {
    var filter: ODataExpression?
    /// Selected columns in request order; nil means every column.
    var select: [String]?
    var orderBy: [(path: ODataPropertyPath, descending: Bool)] = []
    var top: Int?
    var skip = 0
    var count = false
    /// Lookups to inline as nested entities.
    var expand: [ODataNavigation] = []

    /// Options the test server accepts; `$format` and `$search` are refused like any other unknown option.
    static let known: Set<String> = ["$filter", "$select", "$orderby", "$top", "$skip", "$count", "$expand"]

    /// Reads the `$` options of `pairs` (other parameters are ignored) for entity set `set`.
    static func parse(_ pairs: [(String, String)], for set: ODataEntitySet) throws -> ODataQuery {
        var query = ODataQuery()
        var seen: Set<String> = []
        for (rawName, value) in pairs where rawName.hasPrefix("$") {
            let name = rawName.lowercased()
            guard known.contains(name) else {
                throw ODataError.badQuery("The query parameter '\(rawName)' is not supported.")
            }
            guard seen.insert(name).inserted else {
                throw ODataError.badQuery("Query option '\(rawName)' was specified more than once.")
            }
            switch name {
            case "$filter": query.filter = try ODataFilterParser.parse(value, for: set)
            case "$select": query.select = try parseSelect(value, set: set)
            case "$orderby": query.orderBy = try parseOrderBy(value, set: set)
            case "$top": query.top = try nonNegative(value, rawName)
            case "$skip": query.skip = try nonNegative(value, rawName)
            case "$count":
                switch value.lowercased() {
                case "true": query.count = true
                case "false": query.count = false
                default: throw ODataError.badQuery("'\(value)' is not a valid count option.")
                }
            default: query.expand = try parseExpand(value, set: set)
            }
        }
        return query
    }

    private static func items(_ value: String) -> [String] {
        value.split(separator: ",").map { String($0).trimmingCharacters(in: [" "]) }.filter { !$0.isEmpty }
    }

    private static func nonNegative(_ value: String, _ name: String) throws -> Int {
        guard let n = Int(value.trimmingCharacters(in: [" "])), n >= 0 else {
            throw ODataError.badQuery(
                "Invalid value '\(value)' for \(name): a non-negative integer is required.")
        }
        return n
    }

    private static func parseSelect(_ value: String, set: ODataEntitySet) throws -> [String]? {
        let names = items(value)
        if names.contains("*") { return nil }
        for name in names where set.columnType(name) == nil && !set.mediaProperties.contains(name) {
            throw ODataError.unknownProperty(name, on: set.name)
        }
        return names
    }

    private static func parseOrderBy(_ value: String, set: ODataEntitySet) throws
        -> [(path: ODataPropertyPath, descending: Bool)]
    {
        try items(value).map { item in
            let words = item.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard words.count == 1 || (words.count == 2 && ["asc", "desc"].contains(words[1].lowercased()))
            else {
                throw ODataError.badQuery("Syntax error in $orderby item '\(item)'.")
            }
            let segments = words[0].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            let path = try ODataPropertyPath.resolve(segments, in: set)
            return (path, words.count == 2 && words[1].lowercased() == "desc")
        }
    }

    private static func parseExpand(_ value: String, set: ODataEntitySet) throws -> [ODataNavigation] {
        try items(value).map { name in
            guard let navigation = set.navigation(name) else {
                throw ODataError.unknownProperty(name, on: set.name)
            }
            return navigation
        }
    }

    /// `rows` filtered, ordered and paged; also the count before paging.
    func apply(to rows: [ODataRow], in snapshot: ODataSnapshot) -> (rows: [ODataRow], total: Int) {
        var result = rows
        if let filter { result = result.filter { filter.matches($0, in: snapshot) } }
        if !orderBy.isEmpty {
            let keys = orderBy
            let decorated = result.enumerated().map { (offset: $0.offset, row: $0.element) }
            result = decorated.sorted { a, b in
                for key in keys {
                    let x = key.path.value(of: a.row, in: snapshot)
                    let y = key.path.value(of: b.row, in: snapshot)
                    let order = ODataQuery.sortOrder(x, y)
                    if order != 0 { return key.descending ? order > 0 : order < 0 }
                }
                return a.offset < b.offset
            }.map(\.row)
        }
        let total = result.count
        result = Array(result.dropFirst(skip))
        if let top { result = Array(result.prefix(top)) }
        return (result, total)
    }

    /// Sort order with nulls first, as SQL Server sorts them.
    private static func sortOrder(_ x: ODataValue, _ y: ODataValue) -> Int {
        switch (x, y) {
        case (.null, .null): return 0
        case (.null, _): return -1
        case (_, .null): return 1
        default: return ODataValue.compare(x, y) ?? 0
        }
    }
}

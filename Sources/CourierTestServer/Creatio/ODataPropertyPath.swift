/// A column reached from an entity set directly (`Name`) or through lookups (`Owner/Name`, `Account/Owner/Id`).
struct ODataPropertyPath: Sendable {
    var navigations: [ODataNavigation]
    var column: String
    var type: ODataColumnType

    /// The text form, segments joined by `/`.
    var text: String { (navigations.map(\.name) + [column]).joined(separator: "/") }

    /// Resolves `segments` against `set`; a path ending at a lookup means that lookup's id column.
    static func resolve(_ segments: [String], in set: ODataEntitySet) throws -> ODataPropertyPath {
        var current = set
        var navigations: [ODataNavigation] = []
        for (i, name) in segments.enumerated() {
            let last = i == segments.count - 1
            if last, let type = current.columnType(name) {
                return ODataPropertyPath(navigations: navigations, column: name, type: type)
            }
            guard let navigation = current.navigation(name),
                let target = ODataSchema.set(named: navigation.target)
            else { throw ODataError.unknownProperty(name, on: current.name) }
            if last {
                return ODataPropertyPath(navigations: navigations, column: navigation.column, type: .guid)
            }
            navigations.append(navigation)
            current = target
        }
        throw ODataError.badQuery("Empty property path.")
    }

    /// The value for `row`, following lookups through `snapshot`; null when a lookup is empty or dangling.
    func value(of row: ODataRow, in snapshot: ODataSnapshot) -> ODataValue {
        var current = row
        for navigation in navigations {
            guard case .guid(let id)? = current[navigation.column],
                let next = snapshot.row(navigation.target, id)
            else { return .null }
            current = next
        }
        return current[column] ?? .null
    }
}

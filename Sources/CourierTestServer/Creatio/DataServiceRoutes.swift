/// A basic DataService: `POST .../DataService/json/SyncReply/SelectQuery` reading the OData entity sets
/// (creatio.md 8). Filters, sorting and other contracts are not implemented; answers are always 200.
enum DataServiceRoutes {
    /// The contract routes with and without `/0`, plus the docs' `dataservice/json/reply` form.
    static func routes(_ state: CreatioState) -> [Route] {
        ["", "/0"].flatMap { prefix in
            [
                prefix + "/DataService/json/SyncReply/{contract}",
                prefix + "/dataservice/json/reply/{contract}",
            ].map {
                Route(
                    ["POST"], $0,
                    { context in handle(context.request, context.param("contract"), state: state) })
            }
        }
    }

    private static func handle(_ request: ServerRequest, _ contract: String, state: CreatioState)
        -> ServerResponse
    {
        state.count { $0.dataServiceRequests += 1 }
        if let refusal = CreatioAuthorization.refusal(request, state: state) { return refusal }
        guard contract == "SelectQuery" else {
            return failure("NotImplementedException", "The Courier test server implements only SelectQuery.")
        }
        guard let body = JSONParser.parse(request.body),
            case .string(let schemaName)? = member(body, "rootSchemaName")
        else {
            return failure("ArgumentNullException", "Value cannot be null. Parameter name: rootSchemaName")
        }
        guard let set = ODataSchema.set(named: schemaName) else {
            return failure("ItemNotFoundException", "Item with name \"\(schemaName)\" not found.")
        }
        var config: [(String, JSONValue)] = [("Id", .object([("dataValueType", .int(0))]))]
        var columns: [(alias: String, path: ODataPropertyPath, lookup: ODataNavigation?)] = []
        var notFound: [JSONValue] = []
        if case .object(let items)? = member(member(body, "columns"), "items") {
            for (alias, item) in items {
                guard case .string(let columnPath)? = member(member(item, "expression"), "columnPath") else {
                    notFound.append(.string(alias))
                    continue
                }
                guard let resolved = resolve(columnPath, in: set) else {
                    notFound.append(.string(alias))
                    continue
                }
                let type = resolved.lookup == nil ? resolved.path.type.dataValueType : 10
                config.removeAll { $0.0 == alias }
                config.append((alias, .object([("dataValueType", .int(type))])))
                columns.append((alias, resolved.path, resolved.lookup))
            }
        }
        let snapshot = state.store.snapshot()
        var rows = snapshot.tables[set.name]?.rows ?? []
        if case .number(let offset)? = member(body, "rowsOffset"), let skip = Int(offset), skip > 0 {
            rows = Array(rows.dropFirst(skip))
        }
        if case .number(let count)? = member(body, "rowCount"), let limit = Int(count), limit >= 0 {
            rows = Array(rows.prefix(limit))
        }
        let output: [JSONValue] = rows.map { row in
            var pairs: [(String, JSONValue)] = [("Id", (row["Id"] ?? .null).json)]
            for column in columns {
                let value = column.path.value(of: row, in: snapshot)
                pairs.removeAll { $0.0 == column.alias }
                if let lookup = column.lookup {
                    pairs.append((column.alias, lookupValue(value, lookup, snapshot)))
                } else {
                    pairs.append((column.alias, value.json))
                }
            }
            return .object(pairs)
        }
        return .json(
            .object([
                ("rowConfig", .object(config)), ("rows", .array(output)),
                ("notFoundColumns", .array(notFound)),
                ("rowsAffected", .int(output.count)), ("nextPrcElReady", .bool(false)),
                ("success", .bool(true)),
            ]))
    }

    /// A column path with `.` or `/` separators; a path ending at a lookup yields its id column and the lookup.
    private static func resolve(_ text: String, in set: ODataEntitySet) -> (
        path: ODataPropertyPath, lookup: ODataNavigation?
    )? {
        let segments = text.split(whereSeparator: { $0 == "." || $0 == "/" }).map(String.init)
        guard let path = try? ODataPropertyPath.resolve(segments, in: set) else { return nil }
        var owner = set
        for navigation in path.navigations { owner = ODataSchema.set(named: navigation.target) ?? owner }
        let lookup = segments.last.flatMap { owner.columnType($0) == nil ? owner.navigation($0) : nil }
        return (path, lookup)
    }

    /// A lookup as DataService sends it: `{"value": id, "displayValue": name}`.
    private static func lookupValue(_ id: ODataValue, _ lookup: ODataNavigation, _ snapshot: ODataSnapshot)
        -> JSONValue
    {
        guard case .guid(let guid) = id, let row = snapshot.row(lookup.target, guid) else {
            return .string("")
        }
        let name = row["Name"] ?? row["Title"] ?? .text("")
        return .object([("value", .string(guid)), ("displayValue", name.json)])
    }

    /// The member `key` of an object, matching the key case-insensitively.
    private static func member(_ value: JSONValue?, _ key: String) -> JSONValue? {
        guard case .object(let pairs)? = value else { return nil }
        let wanted = key.lowercased()
        return pairs.first { $0.0.lowercased() == wanted }?.1
    }

    private static func failure(_ code: String, _ message: String) -> ServerResponse {
        .json(
            .object([
                ("success", .bool(false)),
                (
                    "errorInfo",
                    .object([
                        ("errorCode", .string(code)), ("message", .string(message)), ("stackTrace", .null),
                    ])
                ),
            ]))
    }
}

import Foundation

/// OData 4 under `/0/odata` and `/odata`: service document, `$metadata`, collections with query options,
/// `/$count`, entities by key with their properties, and POST / PATCH / PUT / DELETE (creatio.md 7).
enum ODataRoutes {
    /// The OData roots served.
    static let roots = ["/0/odata", "/odata"]

    /// Routes for every path depth under each root, any method.
    static func routes(_ state: CreatioState) -> [Route] {
        roots.flatMap { root in
            [root, root + "/", root + "/{a}", root + "/{a}/{b}", root + "/{a}/{b}/{c}"].map { pattern in
                Route([], pattern, { handle($0.request, root: root, state: state) })
            }
        }
    }

    /// One resolved request: the absolute service root and what the path names.
    private struct Target {
        var base: String
        var set: ODataEntitySet
        var key: String?
        var rest: [String]
    }

    private static func handle(_ request: ServerRequest, root: String, state: CreatioState) -> ServerResponse
    {
        state.count { $0.odataRequests += 1 }
        if let refusal = CreatioAuthorization.refusal(request, state: state) { return refusal }
        let base = request.scheme + "://" + (request.header("Host") ?? request.fallbackHost) + root
        let segments = request.path.dropFirst(root.count).split(separator: "/").map {
            FormEncoding.percentDecode(String($0))
        }
        do {
            guard let first = segments.first else {
                return try only(request, "GET") { serviceDocument(base) }
            }
            if first == "$metadata", segments.count == 1 {
                return try only(request, "GET") {
                    ODataResponses.other(
                        ODataMetadata.document, contentType: "application/xml; charset=utf-8")
                }
            }
            if first == "$batch" {
                throw ODataError(
                    status: 501, message: "$batch is not implemented by the Courier test server.")
            }
            let (name, key) = try splitKey(first)
            guard let set = ODataSchema.set(named: name) else {
                return ODataResponses.unknownSet(name, url: base + "/" + first)
            }
            let target = Target(base: base, set: set, key: key, rest: Array(segments.dropFirst()))
            return try dispatch(request, target, state: state)
        } catch let error as ODataError {
            return ODataResponses.error(error)
        } catch {
            return ODataResponses.error(ODataError(status: 500, message: "An error has occurred."))
        }
    }

    private static func only(
        _ request: ServerRequest, _ method: String, _ answer: () throws -> ServerResponse
    )
        throws -> ServerResponse
    {
        guard request.method == method || (method == "GET" && request.method == "HEAD") else {
            throw ODataError(
                status: 405, message: "The HTTP method '\(request.method)' is not allowed on this resource.")
        }
        return try answer()
    }

    /// `Account` or `Account(<guid>)`, `Account('<guid>')`, `Account(Id=<guid>)`.
    private static func splitKey(_ segment: String) throws -> (String, String?) {
        guard let open = segment.firstIndex(of: "("), segment.hasSuffix(")") else { return (segment, nil) }
        let name = String(segment[..<open])
        var key = String(segment[segment.index(after: open)..<segment.index(before: segment.endIndex)])
        if key.hasPrefix("Id=") { key.removeFirst(3) }
        if key.lowercased().hasPrefix("guid'") { key.removeFirst(4) }
        if key.hasPrefix("'") && key.hasSuffix("'") && key.count >= 2 {
            key = String(key.dropFirst().dropLast())
        }
        guard let guid = GUIDText.normalized(key) else {
            throw ODataError.badQuery("The key value '\(key)' is not a valid Edm.Guid.")
        }
        return (name, guid)
    }

    private static func serviceDocument(_ base: String) -> ServerResponse {
        ODataResponses.json(
            .object([
                ("@odata.context", .string(base + "/$metadata")),
                (
                    "value",
                    .array(
                        ODataSchema.sets.map {
                            .object([
                                ("name", .string($0.name)), ("kind", .string("EntitySet")),
                                ("url", .string($0.name)),
                            ])
                        })
                ),
            ]))
    }

    private static func dispatch(_ request: ServerRequest, _ target: Target, state: CreatioState) throws
        -> ServerResponse
    {
        let set = target.set
        guard let key = target.key else {
            if target.rest.isEmpty {
                if request.method == "POST" {
                    return try ODataWrites.create(request, target.base, set, state: state)
                }
                return try only(request, "GET") { try collection(request, target.base, set, state: state) }
            }
            if target.rest == ["$count"] {
                return try only(request, "GET") {
                    var query = try ODataQuery.parse(request.queryPairs, for: set)
                    query.top = nil
                    query.skip = 0
                    let snapshot = state.store.snapshot()
                    let total = query.apply(to: snapshot.tables[set.name]?.rows ?? [], in: snapshot).total
                    return ODataResponses.other(String(total), contentType: "text/plain; charset=utf-8")
                }
            }
            throw ODataError(status: 404, message: "Resource not found for the segment '\(target.rest[0])'.")
        }
        if target.rest.isEmpty {
            switch request.method {
            case "GET", "HEAD": return try entity(request, target.base, set, key, state: state)
            case "PATCH", "MERGE", "PUT": return try ODataWrites.update(request, set, key, state: state)
            case "DELETE":
                guard state.store.delete(set.name, id: key) else { throw notFound(set, key) }
                return ODataResponses.empty()
            default:
                throw ODataError(
                    status: 405,
                    message: "The HTTP method '\(request.method)' is not allowed on this resource.")
            }
        }
        return try only(request, "GET") { try property(target, key, state: state) }
    }

    /// 404 for a key that is not (or no longer) there.
    static func notFound(_ set: ODataEntitySet, _ key: String) -> ODataError {
        ODataError(
            status: 404, message: "Entity '\(set.name)' with Id '\(key)' was not found.",
            type: "Terrasoft.Common.ItemNotFoundException")
    }

    private static func collection(
        _ request: ServerRequest, _ base: String, _ set: ODataEntitySet, state: CreatioState
    )
        throws -> ServerResponse
    {
        let query = try ODataQuery.parse(request.queryPairs, for: set)
        let snapshot = state.store.snapshot()
        let (rows, total) = query.apply(to: snapshot.tables[set.name]?.rows ?? [], in: snapshot)
        var context = base + "/$metadata#" + set.name
        if let select = query.select { context += "(" + select.joined(separator: ",") + ")" }
        var pairs: [(String, JSONValue)] = [("@odata.context", .string(context))]
        if query.count { pairs.append(("@odata.count", .int(total))) }
        let values = rows.map {
            JSONValue.object(
                ODataResponses.entity(
                    $0, set: set, select: query.select, expand: query.expand, snapshot: snapshot))
        }
        pairs.append(("value", .array(values)))
        return ODataResponses.json(.object(pairs))
    }

    private static func entity(
        _ request: ServerRequest, _ base: String, _ set: ODataEntitySet, _ key: String, state: CreatioState
    ) throws -> ServerResponse {
        let query = try ODataQuery.parse(request.queryPairs, for: set)
        let snapshot = state.store.snapshot()
        guard let row = snapshot.row(set.name, key) else { throw notFound(set, key) }
        var context = base + "/$metadata#" + set.name
        if let select = query.select { context += "(" + select.joined(separator: ",") + ")" }
        let pairs =
            [("@odata.context", JSONValue.string(context + "/$entity"))]
            + ODataResponses.entity(
                row, set: set, select: query.select, expand: query.expand, snapshot: snapshot)
        return ODataResponses.json(.object(pairs))
    }

    /// `Account(<id>)/Name` as `{"@odata.context":...,"value":...}`, `.../Name/$value` as plain text.
    private static func property(_ target: Target, _ key: String, state: CreatioState) throws
        -> ServerResponse
    {
        let set = target.set
        guard let row = state.store.snapshot().row(set.name, key) else { throw notFound(set, key) }
        let name = target.rest[0]
        if set.mediaProperties.contains(name), target.rest.count == 1 { return ODataResponses.empty() }
        guard let type = set.columnType(name) else {
            throw ODataError(status: 404, message: "Resource not found for the segment '\(name)'.")
        }
        let value = row[name] ?? type.emptyValue
        if target.rest.count == 2, target.rest[1] == "$value" {
            return ODataResponses.other(value.text, contentType: "text/plain; charset=utf-8")
        }
        guard target.rest.count == 1 else {
            throw ODataError(status: 404, message: "Resource not found for the segment '\(target.rest[1])'.")
        }
        return ODataResponses.json(
            .object([
                ("@odata.context", .string(target.base + "/$metadata#\(set.name)(\(key))/\(name)")),
                ("value", value.json),
            ]))
    }
}

import Foundation

/// OData POST (201 with the full entity and `Location`) and PATCH / PUT (204) for one entity set.
enum ODataWrites {
    /// Columns the server sets itself; values sent for them are ignored.
    private static let systemColumns: Set<String> = [
        "CreatedOn", "ModifiedOn", "CreatedById", "ModifiedById",
    ]

    /// `POST {root}/Set`: creates the entity from a JSON object; a client may send its own `Id`.
    static func create(_ request: ServerRequest, _ base: String, _ set: ODataEntitySet, state: CreatioState)
        throws
        -> ServerResponse
    {
        var values = try fields(request, set)
        if values["Id"]?.isEmptyLookup ?? true { values["Id"] = .guid(GUIDText.random()) }
        let now = ODataValue.date((Date().timeIntervalSince1970 * 1000).rounded() / 1000)
        let user = ODataValue.guid(CreatioSeedData.supervisorContactID)
        for column in systemColumns { values[column] = nil }
        let row = ODataStore.completed(
            values, set: set,
            defaults: ["CreatedOn": now, "ModifiedOn": now, "CreatedById": user, "ModifiedById": user])
        let id = row["Id"]?.text ?? ""
        guard state.store.insert(row, into: set.name) else {
            throw ODataError(
                status: 500,
                message:
                    "Cannot insert duplicate key in object 'dbo.\(set.name)'. The duplicate key value is (\(id)).",
                type: "System.Data.SqlClient.SqlException")
        }
        let location = base + "/\(set.name)(\(id))"
        if (request.header("Prefer") ?? "").lowercased().contains("return=minimal") {
            var response = ODataResponses.empty()
            response.headers += [("Location", location), ("OData-EntityId", location)]
            return response
        }
        let body =
            [("@odata.context", JSONValue.string(base + "/$metadata#\(set.name)/$entity"))]
            + ODataResponses.entity(row, set: set)
        var response = ODataResponses.json(.object(body), status: 201)
        response.headers.append(("Location", location))
        return response
    }

    /// `PATCH {root}/Set(<id>)`: changes the given columns and `ModifiedOn`; 204, or 404 for an unknown key.
    static func update(_ request: ServerRequest, _ set: ODataEntitySet, _ key: String, state: CreatioState)
        throws
        -> ServerResponse
    {
        var values = try fields(request, set)
        if let id = values["Id"], id != .guid(key) {
            throw ODataError(status: 400, message: "The key property 'Id' cannot be changed.")
        }
        for column in systemColumns { values[column] = nil }
        values["ModifiedOn"] = .date((Date().timeIntervalSince1970 * 1000).rounded() / 1000)
        guard state.store.update(set.name, id: key, changes: values) else {
            throw ODataRoutes.notFound(set, key)
        }
        return ODataResponses.empty()
    }

    /// The body's properties converted to column values; 400 for a non-object body, unknown names or bad values.
    private static func fields(_ request: ServerRequest, _ set: ODataEntitySet) throws -> ODataRow {
        guard case .object(let pairs)? = JSONParser.parse(request.body) else {
            throw ODataError(
                status: 400, message: "The request body must be a JSON object.",
                type: "Microsoft.OData.ODataException")
        }
        var row: ODataRow = [:]
        for (name, value) in pairs where !name.contains("@") {
            guard let type = set.columnType(name) else {
                throw ODataError(
                    status: 400,
                    message:
                        "The property '\(name)' does not exist on type 'Terrasoft.Configuration.\(set.name)'. "
                        + "Make sure to only use property names that are defined by the type.")
            }
            guard let converted = ODataValue.from(value, as: type) else {
                throw ODataError(
                    status: 400,
                    message:
                        "Cannot convert the literal '\(value.serialized)' to the expected type '\(type.edmType)'."
                )
            }
            row[name] = converted
        }
        return row
    }
}

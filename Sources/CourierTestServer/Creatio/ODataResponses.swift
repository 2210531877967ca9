/// OData 4 response bodies and headers: JSON with `odata.metadata=minimal`, `OData-Version: 4.0`, error shapes.
enum ODataResponses {
    /// The media type of OData JSON answers (ASP.NET Web API OData's default form).
    static let jsonContentType =
        "application/json; odata.metadata=minimal; odata.streaming=true; charset=utf-8"

    /// A JSON answer with OData headers.
    static func json(_ value: JSONValue, status: Int = 200) -> ServerResponse {
        ServerResponse(
            status: status, headers: [("Content-Type", jsonContentType), ("OData-Version", "4.0")],
            body: value.serializedBytes())
    }

    /// Any other answer with OData headers.
    static func other(_ body: String, contentType: String, status: Int = 200) -> ServerResponse {
        ServerResponse(
            status: status, headers: [("Content-Type", contentType), ("OData-Version", "4.0")],
            body: Array(body.utf8))
    }

    /// A bodiless answer (204) with the OData version header.
    static func empty(status: Int = 204) -> ServerResponse {
        ServerResponse(status: status, headers: [("OData-Version", "4.0")])
    }

    /// The OData error body of creatio.md 7.7.
    static func error(_ error: ODataError) -> ServerResponse {
        json(
            .object([
                (
                    "error",
                    .object([
                        ("code", .string("")), ("message", .string(error.message)),
                        (
                            "innererror",
                            .object([
                                ("message", .string(error.message)), ("type", .string(error.type)),
                                ("stacktrace", .string("")),
                            ])
                        ),
                    ])
                )
            ]), status: error.status)
    }

    /// ASP.NET Web API's 404 for an entity set that does not exist.
    static func unknownSet(_ name: String, url: String) -> ServerResponse {
        .json(
            .object([
                ("Message", .string("No HTTP resource was found that matches the request URI '\(url)'.")),
                ("MessageDetail", .string("No type was found that matches the controller named '\(name)'.")),
            ]), status: 404)
    }

    /// One entity as JSON: columns in schema order (or `select` order's subset), then media annotations.
    static func entity(
        _ row: ODataRow, set: ODataEntitySet, select: [String]? = nil, expand: [ODataNavigation] = [],
        snapshot: ODataSnapshot? = nil
    ) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        let id = row["Id"]?.text ?? ""
        for column in set.columns where select?.contains(column.name) ?? true {
            pairs.append((column.name, (row[column.name] ?? column.type.emptyValue).json))
        }
        for media in set.mediaProperties where select?.contains(media) ?? true {
            let link = "\(set.name)(\(id))/\(media)"
            pairs.append(("\(media)@odata.mediaEditLink", .string(link)))
            pairs.append(("\(media)@odata.mediaReadLink", .string(link)))
            pairs.append(("\(media)@odata.mediaContentType", .string("application/octet-stream")))
        }
        if let snapshot {
            for navigation in expand {
                guard let target = ODataSchema.set(named: navigation.target) else { continue }
                if case .guid(let ref)? = row[navigation.column], let related = snapshot.row(target.name, ref)
                {
                    pairs.append((navigation.name, .object(entity(related, set: target))))
                } else {
                    pairs.append((navigation.name, .null))
                }
            }
        }
        return pairs
    }
}

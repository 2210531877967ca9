/// Converts a Postman v1 collection (`order`, `folders`, `folders_order`, `requests`) into the v2.1
/// shape, as newman does before running one. Folders come before requests at every level, in
/// `folders_order` then `order` order.
public enum CollectionV1Converter {
    /// True when `json` looks like a v1 collection.
    public static func isV1(_ json: JSONValue) -> Bool {
        json["item"] == nil && (json["requests"] != nil || json["order"] != nil || json["folders"] != nil)
    }

    /// The v2.1 document for a v1 collection.
    public static func convert(_ json: JSONValue) -> JSONValue {
        let folders = Dictionary(
            (json["folders"]?.arrayValue ?? []).compactMap { folder in folder["id"]?.stringValue.map { ($0, folder) } },
            uniquingKeysWith: { first, _ in first })
        let requests = Dictionary(
            (json["requests"]?.arrayValue ?? []).compactMap { request in request["id"]?.stringValue.map { ($0, request) } },
            uniquingKeysWith: { first, _ in first })

        // Each folder is expanded once, so folders listed in several places (or in themselves)
        // cannot multiply the output.
        var expanded = Set<String>()
        func items(folderIDs: [JSONValue], requestIDs: [JSONValue], depth: Int) -> [JSONValue] {
            guard depth < 64 else { return [] }
            let unseen = folderIDs.compactMap { $0.stringValue }.filter { expanded.insert($0).inserted }
            let folderItems = unseen.compactMap { folders[$0] }.map { folder -> JSONValue in
                var object = JSONObject()
                object["name"] = folder["name"] ?? ""
                if let description = folder["description"] { object["description"] = description }
                object["item"] = .array(
                    items(
                        folderIDs: folder["folders_order"]?.arrayValue ?? [], requestIDs: folder["order"]?.arrayValue ?? [],
                        depth: depth + 1))
                return .object(object)
            }
            let requestItems = requestIDs.compactMap { $0.stringValue.flatMap { requests[$0] } }.map(convertRequest)
            return folderItems + requestItems
        }

        var info = JSONObject()
        info["_postman_id"] = json["id"] ?? .string("")
        info["name"] = json["name"] ?? ""
        if let description = json["description"] { info["description"] = description }
        info["schema"] = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
        var collection = JSONObject()
        collection["info"] = .object(info)
        collection["item"] = .array(
            items(folderIDs: json["folders_order"]?.arrayValue ?? [], requestIDs: json["order"]?.arrayValue ?? [], depth: 0))
        if let variables = json["variables"]?.arrayValue { collection["variable"] = .array(variables) }
        return .object(collection)
    }

    private static func convertRequest(_ request: JSONValue) -> JSONValue {
        var events: [JSONValue] = []
        for (listen, key) in [("prerequest", "preRequestScript"), ("test", "tests")] {
            if let source = request[key]?.stringValue, !source.isEmpty {
                events.append(["listen": .string(listen), "script": ["type": "text/javascript", "exec": .array(source.split(separator: "\n", omittingEmptySubsequences: false).map { .string(String($0)) })]])
            }
        }
        var definition = JSONObject()
        definition["method"] = request["method"] ?? "GET"
        definition["header"] = .array(
            (request["headers"]?.stringValue ?? "").split(whereSeparator: \.isNewline).compactMap { line -> JSONValue? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                return ["key": .string(key), "value": .string(value)]
            })
        definition["url"] = request["url"] ?? ""
        let data = request["data"]?.arrayValue ?? []
        switch request["dataMode"]?.stringValue {
        case "raw":
            definition["body"] = ["mode": "raw", "raw": request["rawModeData"] ?? ""]
        case "params":
            definition["body"] = ["mode": "formdata", "formdata": .array(data)]
        case "urlencoded":
            definition["body"] = ["mode": "urlencoded", "urlencoded": .array(data)]
        default:
            break
        }
        var item = JSONObject()
        item["id"] = request["id"] ?? .null
        item["name"] = request["name"] ?? ""
        item["event"] = .array(events)
        item["request"] = .object(definition)
        return .object(item)
    }
}

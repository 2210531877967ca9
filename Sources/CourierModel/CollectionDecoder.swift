import Foundation

/// Turns a parsed collection document (v2.0.0 or v2.1.0) into a `Collection`, with errors that
/// name the JSON path and what was expected.
public enum CollectionDecoder {
    /// Decodes a collection document. `makeID` supplies ids for items that have none.
    public static func decode(_ json: JSONValue, makeID: () -> String = { FastUUID.make() }) throws -> Collection {
        if case .object = json, CollectionV1Converter.isV1(json) {
            var collection = try decode(CollectionV1Converter.convert(json), makeID: makeID)
            collection.warnings.append(
                "this is a Postman v1 collection: Courier converts it as newman does, but the format is deprecated; export it again from Postman as v2.1")
            return collection
        }
        let root = Node(json)
        _ = try root.object()
        let info = root.member("info")
        if let info { _ = try info.object() }
        let name = try info?.member("name")?.text() ?? ""
        let id = try info?.member("_postman_id")?.text() ?? makeID()
        let schema = try info?.member("schema")?.text()
        guard let itemNode = root.member("item") else {
            throw ShapeError(path: "$", reason: "expected an \"item\" array (the collection's requests and folders)")
        }
        return Collection(
            id: id, name: name, schema: schema,
            items: try decodeItems(itemNode, makeID: makeID),
            events: try decodeEvents(root.member("event")),
            variables: try decodeVariables(root.member("variable")),
            auth: try decodeAuth(root.member("auth")),
            protocolProfileBehavior: try root.member("protocolProfileBehavior")?.object() ?? JSONObject(),
            json: json)
    }

    /// Folders may nest this deep (as a v1 collection's folders): decoding, planning and running
    /// recurse once per level, and must stay well inside a 512 KiB secondary-thread stack.
    public static let maxFolderDepth = 64

    static func decodeItems(_ node: Node, makeID: () -> String, depth: Int = 0) throws -> [Item] {
        var items: [Item] = []
        for element in try node.elements() {
            _ = try element.object()
            let id = try element.member("id")?.text() ?? element.member("_postman_id")?.text() ?? makeID()
            let name = try element.member("name")?.text() ?? ""
            if let children = element.member("item") {
                guard depth < maxFolderDepth else {
                    throw ShapeError(path: element.path, reason: "folder nesting deeper than \(maxFolderDepth) levels")
                }
                items.append(
                    .folder(
                        Folder(
                            id: id, name: name, items: try decodeItems(children, makeID: makeID, depth: depth + 1),
                            events: try decodeEvents(element.member("event")), auth: try decodeAuth(element.member("auth")),
                            protocolProfileBehavior: try element.member("protocolProfileBehavior")?.object() ?? JSONObject(),
                            json: element.value)))
            } else if let requestNode = element.member("request") {
                items.append(
                    .request(
                        RequestItem(
                            id: id, name: name, request: try decodeRequest(requestNode),
                            events: try decodeEvents(element.member("event")),
                            protocolProfileBehavior: try element.member("protocolProfileBehavior")?.object() ?? JSONObject(),
                            examples: try element.member("response")?.elements().map(\.value) ?? [],
                            json: element.value)))
            } else {
                throw ShapeError(path: element.path, reason: "expected a folder (with \"item\") or a request item (with \"request\")")
            }
        }
        return items
    }

    /// Decodes a `request`: a bare URL string or an object.
    public static func decodeRequest(_ json: JSONValue, path: String) throws -> Request {
        try decodeRequest(Node(json, path: path))
    }

    static func decodeRequest(_ node: Node) throws -> Request {
        if case .string(let url) = node.value {
            return Request(method: "GET", url: RequestURL.parse(url))
        }
        _ = try node.object()
        let method = try node.member("method")?.text().uppercased() ?? "GET"
        let url = try node.member("url").map { (n) in try decodeURL(n) } ?? RequestURL()
        var headers: [KeyValue] = []
        if let headerNode = node.member("header") {
            if case .string(let rawHeaders) = headerNode.value {
                headers = parseRawHeaders(rawHeaders)
            } else {
                headers = try decodeKeyValues(headerNode)
            }
        }
        return Request(
            method: method.isEmpty ? "GET" : method, url: url, headers: headers,
            body: try node.member("body").map { (n) in try decodeBody(n) },
            auth: try decodeAuth(node.member("auth")),
            description: node.member("description").flatMap { $0.value.stringValue ?? $0.value["content"]?.stringValue })
    }

    static func decodeURL(_ node: Node) throws -> RequestURL {
        if case .string(let text) = node.value { return RequestURL.parse(text) }
        _ = try node.object()
        var url = RequestURL()
        // postman-collection builds a URL object from its parts; `raw` is used only when
        // there are no parts at all.
        let hasParts = node.member("host") != nil || node.member("path") != nil
        if !hasParts, let raw = try node.member("raw")?.text() {
            url = RequestURL.parse(raw)
        } else {
            url.scheme = try node.member("protocol")?.text()
            if let host = node.member("host") {
                if case .array = host.value {
                    url.host = try host.elements().map { (n) in try n.text() }
                } else {
                    url.host = try host.text().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                }
            }
            url.port = try node.member("port")?.text()
            if let path = node.member("path") {
                if case .array = path.value {
                    url.path = try path.elements().map { (segment) -> String in
                        if case .object = segment.value { return try segment.member("value")?.text() ?? "" }
                        return try segment.text()
                    }
                    // `["", "get"]` means `/get`, as postman-collection reads it.
                    if url.path.count > 1, url.path.first == "" { url.path.removeFirst() }
                } else {
                    let text = try path.text()
                    url.path = (text.hasPrefix("/") ? String(text.dropFirst()) : text)
                        .split(separator: "/", omittingEmptySubsequences: false).map(String.init)
                }
            }
            if let auth = node.member("auth") {
                url.user = try auth.member("user")?.text()
                url.password = try auth.member("password")?.text()
            }
            url.hash = try node.member("hash")?.text()
        }
        if let query = node.member("query") {
            url.query = try query.elements().map { (param) -> QueryParam in
                _ = try param.object()
                return QueryParam(
                    key: try param.member("key")?.text(), value: try param.member("value")?.text(),
                    disabled: param.member("disabled")?.bool() ?? false)
            }
        }
        url.pathVariables = try decodeVariables(node.member("variable"))
        return url
    }

    static func decodeBody(_ node: Node) throws -> Body {
        _ = try node.object()
        let modeText = try node.member("mode")?.text() ?? "none"
        var body = Body(mode: Body.Mode(rawValue: modeText) ?? .none)
        body.disabled = node.member("disabled")?.bool() ?? false
        body.rawLanguage = node.member("options")?.member("raw")?.member("language")?.value.stringValue
        switch body.mode {
        case .raw:
            body.raw = try node.member("raw")?.text() ?? ""
        case .urlencoded:
            body.urlencoded = try node.member("urlencoded").map { (n) in try decodeKeyValues(n) } ?? []
        case .formdata:
            body.formdata = try node.member("formdata")?.elements().map { (n) in try decodeFormPart(n) } ?? []
        case .file:
            body.fileSource = try node.member("file")?.member("src")?.text()
            body.fileContent = try node.member("file")?.member("content")?.text()
        case .graphql:
            body.graphql = try node.member("graphql")?.object() ?? JSONObject()
        case .none:
            break
        }
        return body
    }

    static func decodeFormPart(_ node: Node) throws -> FormPart {
        _ = try node.object()
        let isFile = try node.member("type")?.text() == "file"
        var sources: [String] = []
        if let src = node.member("src") {
            if case .array = src.value {
                sources = try src.elements().map { (n) in try n.text() }
            } else {
                sources = [try src.text()]
            }
        }
        let value: String?
        if let valueNode = node.member("value"), case .array = valueNode.value {
            value = try valueNode.elements().map { (n) in try n.text() }.joined(separator: ",")
        } else {
            value = try node.member("value")?.text()
        }
        return FormPart(
            key: try node.member("key")?.text() ?? "", value: value, isFile: isFile, sources: sources,
            contentType: try node.member("contentType")?.text(), disabled: node.member("disabled")?.bool() ?? false)
    }

    static func decodeKeyValues(_ node: Node) throws -> [KeyValue] {
        try node.elements().map { (entry) -> KeyValue in
            _ = try entry.object()
            return KeyValue(
                key: try entry.member("key")?.text() ?? "", value: try entry.member("value")?.text() ?? "",
                disabled: entry.member("disabled")?.bool() ?? false)
        }
    }

    static func parseRawHeaders(_ text: String) -> [KeyValue] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return KeyValue(
                key: line[..<colon].trimmingCharacters(in: .whitespaces),
                value: line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    /// Decodes an `auth` block in either shape (v2.1 array of `{key, value}`, v2.0 object).
    static func decodeAuth(_ node: Node?) throws -> Auth? {
        guard let node else { return nil }
        _ = try node.object()
        guard let typeNode = node.member("type") else { return nil }
        let type = try typeNode.text()
        var parameters: [(key: String, value: JSONValue)] = []
        if let params = node.member(type) {
            switch params.value {
            case .array:
                for entry in try params.elements() {
                    _ = try entry.object()
                    guard let key = try entry.member("key")?.text() else { continue }
                    parameters.append((key, entry.value["value"] ?? .null))
                }
            case .object(let object):
                parameters = object.members
            default:
                throw params.mismatch("an array of {key, value} or an object")
            }
        }
        return Auth(type: type, parameters: parameters)
    }

    /// Decodes `event`: an array, or (as some files have) a single event object.
    static func decodeEvents(_ node: Node?) throws -> [Event] {
        guard let node else { return [] }
        let entries: [Node]
        if case .object = node.value { entries = [node] } else { entries = try node.elements() }
        return try entries.compactMap { (entry) -> Event? in
            _ = try entry.object()
            guard let listen = try entry.member("listen")?.text() else { return nil }
            var source = ""
            if let script = entry.member("script") {
                if case .string(let text) = script.value {
                    source = text
                } else if let exec = script.member("exec") {
                    if case .array = exec.value {
                        source = try exec.elements().map { (n) in try n.text() }.joined(separator: "\n")
                    } else {
                        source = try exec.text()
                    }
                }
            }
            return Event(listen: listen, script: source, disabled: entry.member("disabled")?.bool() ?? false)
        }
    }

    /// Decodes a `variable` / `values` array.
    public static func decodeVariables(_ json: JSONValue, path: String) throws -> [Variable] {
        try decodeVariables(Node(json, path: path))
    }

    static func decodeVariables(_ node: Node?) throws -> [Variable] {
        guard let node else { return [] }
        return try node.elements().compactMap { (entry) -> Variable? in
            var extra = try entry.object()
            guard let key = try entry.member("key")?.text() ?? entry.member("id")?.text() else { return nil }
            let value = extra["value"]
            let type = try entry.member("type")?.text()
            let disabled = entry.member("disabled")?.bool() ?? false
            for known in ["key", "value", "type", "disabled"] { extra[known] = nil }
            return Variable(key: key, value: value, type: type, disabled: disabled, extra: extra)
        }
    }
}

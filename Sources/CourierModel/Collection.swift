/// A Postman collection (v2.0.0 or v2.1.0), as loaded. `json` keeps the document as written so
/// `--export-collection` round-trips fields Courier does not model.
public struct Collection: Sendable {
    public var id: String
    public var name: String
    /// The `info.schema` URL, if any.
    public var schema: String?
    public var items: [Item]
    public var events: [Event]
    public var variables: [Variable]
    public var auth: Auth?
    public var protocolProfileBehavior: JSONObject
    /// The whole collection document.
    public var json: JSONValue
    /// Things the user should know about the file (for example a deprecated format).
    public var warnings: [String] = []

    public init(
        id: String, name: String, schema: String?, items: [Item], events: [Event], variables: [Variable],
        auth: Auth?, protocolProfileBehavior: JSONObject, json: JSONValue
    ) {
        self.id = id
        self.name = name
        self.schema = schema
        self.items = items
        self.events = events
        self.variables = variables
        self.auth = auth
        self.protocolProfileBehavior = protocolProfileBehavior
        self.json = json
    }
}

/// An entry of a collection: a folder or a request.
public enum Item: Sendable {
    case folder(Folder)
    case request(RequestItem)

    /// The entry's name.
    public var name: String {
        switch self {
        case .folder(let f): return f.name
        case .request(let r): return r.name
        }
    }

    /// The entry's id.
    public var id: String {
        switch self {
        case .folder(let f): return f.id
        case .request(let r): return r.id
        }
    }
}

/// A folder (item-group): items run depth-first, with its own scripts, auth and settings.
public struct Folder: Sendable {
    public var id: String
    public var name: String
    public var items: [Item]
    public var events: [Event]
    public var auth: Auth?
    public var protocolProfileBehavior: JSONObject
    public var json: JSONValue

    public init(id: String, name: String, items: [Item], events: [Event], auth: Auth?, protocolProfileBehavior: JSONObject, json: JSONValue) {
        self.id = id
        self.name = name
        self.items = items
        self.events = events
        self.auth = auth
        self.protocolProfileBehavior = protocolProfileBehavior
        self.json = json
    }
}

/// A request item: the request definition, its scripts and its saved example responses.
public struct RequestItem: Sendable {
    public var id: String
    public var name: String
    public var request: Request
    public var events: [Event]
    public var protocolProfileBehavior: JSONObject
    /// Saved example responses, as written (used by `--check-examples`).
    public var examples: [JSONValue]
    public var json: JSONValue

    public init(
        id: String, name: String, request: Request, events: [Event], protocolProfileBehavior: JSONObject,
        examples: [JSONValue], json: JSONValue
    ) {
        self.id = id
        self.name = name
        self.request = request
        self.events = events
        self.protocolProfileBehavior = protocolProfileBehavior
        self.examples = examples
        self.json = json
    }
}

/// A `key`/`value` pair with a `disabled` flag: headers, query parameters, urlencoded fields.
public struct KeyValue: Sendable, Equatable {
    public var key: String
    public var value: String
    public var disabled: Bool

    public init(key: String, value: String, disabled: Bool = false) {
        self.key = key
        self.value = value
        self.disabled = disabled
    }
}

/// A query parameter; `value == nil` means the key was written without `=`.
public struct QueryParam: Sendable, Equatable {
    public var key: String?
    public var value: String?
    public var disabled: Bool

    public init(key: String?, value: String?, disabled: Bool = false) {
        self.key = key
        self.value = value
        self.disabled = disabled
    }
}

/// The request definition of an item.
public struct Request: Sendable {
    /// Upper-cased method; GET when the collection gives none.
    public var method: String
    public var url: RequestURL
    public var headers: [KeyValue]
    public var body: Body?
    /// `nil` means "inherit from the parent".
    public var auth: Auth?
    public var description: String?

    public init(method: String, url: RequestURL, headers: [KeyValue] = [], body: Body? = nil, auth: Auth? = nil, description: String? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.auth = auth
        self.description = description
    }
}

/// A request body in one of Postman's modes.
public struct Body: Sendable {
    /// The body modes Postman knows.
    public enum Mode: String, Sendable {
        case raw, urlencoded, formdata, file, graphql, none
    }

    public var mode: Mode
    public var raw: String
    public var urlencoded: [KeyValue]
    public var formdata: [FormPart]
    /// `file` mode: the path in `file.src`, or base64 content in `file.content`.
    public var fileSource: String?
    public var fileContent: String?
    /// `graphql` mode: query, variables (object or string) and operation name.
    public var graphql: JSONObject
    /// `options.raw.language` (`json`, `xml`, `html`, `javascript`, `text`).
    public var rawLanguage: String?
    /// `disabled: true`: no body is sent.
    public var disabled: Bool

    public init(
        mode: Mode, raw: String = "", urlencoded: [KeyValue] = [], formdata: [FormPart] = [], fileSource: String? = nil,
        fileContent: String? = nil, graphql: JSONObject = JSONObject(), rawLanguage: String? = nil, disabled: Bool = false
    ) {
        self.mode = mode
        self.raw = raw
        self.urlencoded = urlencoded
        self.formdata = formdata
        self.fileSource = fileSource
        self.fileContent = fileContent
        self.graphql = graphql
        self.rawLanguage = rawLanguage
        self.disabled = disabled
    }
}

/// One part of a `formdata` body: text, or file(s) read from `src`.
public struct FormPart: Sendable, Equatable {
    public var key: String
    public var value: String?
    /// `text` or `file`.
    public var isFile: Bool
    /// File paths (relative to the working directory); several for a multi-file part.
    public var sources: [String]
    public var contentType: String?
    public var disabled: Bool

    public init(key: String, value: String?, isFile: Bool, sources: [String] = [], contentType: String? = nil, disabled: Bool = false) {
        self.key = key
        self.value = value
        self.isFile = isFile
        self.sources = sources
        self.contentType = contentType
        self.disabled = disabled
    }
}

/// Authentication settings at some level: a type and its parameters (v2.0 objects and v2.1
/// arrays both load into this).
public struct Auth: Sendable, Equatable {
    /// `noauth`, `basic`, `bearer`, `apikey`, `digest`, `oauth2`, ...
    public var type: String
    /// Parameters in document order; values keep their JSON type.
    public var parameters: [(key: String, value: JSONValue)]

    public init(type: String, parameters: [(key: String, value: JSONValue)] = []) {
        self.type = type
        self.parameters = parameters
    }

    /// A parameter's value as text ("" when absent).
    public func string(_ key: String) -> String {
        parameters.last(where: { $0.key == key })?.value.substitutionText ?? ""
    }

    /// A parameter's raw value.
    public func value(_ key: String) -> JSONValue? {
        parameters.last(where: { $0.key == key })?.value
    }

    public static func == (lhs: Auth, rhs: Auth) -> Bool {
        lhs.type == rhs.type && lhs.parameters.count == rhs.parameters.count
            && zip(lhs.parameters, rhs.parameters).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

/// A script attached to a collection, folder or item.
public struct Event: Sendable, Equatable {
    /// `prerequest` or `test`.
    public var listen: String
    /// The script source, lines joined with "\n".
    public var script: String
    public var disabled: Bool

    public init(listen: String, script: String, disabled: Bool = false) {
        self.listen = listen
        self.script = script
        self.disabled = disabled
    }
}

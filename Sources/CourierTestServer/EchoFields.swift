import Foundation

/// The pieces of postman-echo's JSON answers, computed from a request.
enum EchoFields {
    /// `args`: the decoded query, repeated keys as arrays.
    static func args(_ request: ServerRequest) -> JSONValue {
        JSONValue.groupingRepeats(request.queryPairs.map { ($0.0, .string($0.1)) })
    }

    /// `headers`: lower-cased names, values as received; repeated names joined with ", ".
    static func headers(_ request: ServerRequest) -> JSONValue {
        var order: [String] = []
        var values: [String: String] = [:]
        for (name, value) in request.headers {
            let key = name.lowercased()
            if let existing = values[key] {
                values[key] = existing + ", " + value
            } else {
                order.append(key)
                values[key] = value
            }
        }
        return .object(order.map { ($0, .string(values[$0]!)) })
    }

    /// The body fields of /post, /put, /patch and /delete: `data`, `files`, `form` and `json`.
    struct Body {
        var data: JSONValue = .string("")
        var files: JSONValue = .object([])
        var form: JSONValue = .object([])
        var json: JSONValue = .null
    }

    /// Parses the body by media type: urlencoded and multipart fill `form`/`files`, JSON fills `data`/`json`.
    static func body(_ request: ServerRequest) -> Body {
        var result = Body()
        guard !request.body.isEmpty else { return result }
        let mediaType = request.mediaType
        if mediaType == "application/x-www-form-urlencoded" {
            let pairs = FormEncoding.decodePairs(request.bodyText)
            result.form = JSONValue.groupingRepeats(pairs.map { ($0.0, .string($0.1)) })
            result.json = result.form
        } else if mediaType == "multipart/form-data",
            let boundary = Multipart.boundary(of: request.header("Content-Type") ?? "")
        {
            var fields: [(String, JSONValue)] = []
            var files: [(String, JSONValue)] = []
            for part in Multipart.parse(request.body, boundary: boundary) {
                if let fileName = part.fileName {
                    let url =
                        "data:application/octet-stream;base64," + Data(part.content).base64EncodedString()
                    files.removeAll { $0.0 == fileName }
                    files.append((fileName, .string(url)))
                } else {
                    fields.append((part.name, .string(String(decoding: part.content, as: UTF8.self))))
                }
            }
            result.form = JSONValue.groupingRepeats(fields)
            result.files = .object(files)
        } else if isJSON(mediaType), let parsed = JSONParser.parse(request.body) {
            result.data = parsed
            result.json = parsed
        } else {
            result.data = .string(request.bodyText)
        }
        return result
    }

    private static func isJSON(_ mediaType: String) -> Bool {
        mediaType == "application/json" || mediaType.hasSuffix("+json")
    }
}

import CourierModel
import Foundation

/// Turns a request definition into a `PreparedRequest`: variables substituted in the URL (on its
/// string form, then parsed again), path variables, query, headers and every body mode.
struct RequestBuilder {
    /// Substitutes `{{variables}}` in a string.
    let resolve: (String) -> String
    /// Base for relative file paths in formdata and file bodies.
    let workingDirectory: String
    let profile: ProtocolProfile
    /// Makes multipart boundaries (injectable for tests).
    var makeBoundary: () -> String = {
        "--------------------------" + String((0..<24).map { _ in "0123456789".randomElement()! })
    }
    /// False under `--no-insecure-file-read`: files outside `workingDirectory` are refused.
    var insecureFileRead = true

    static let prunedMethods: Set<String> = ["GET", "COPY", "HEAD", "PURGE", "UNLOCK"]

    func prepare(_ request: Request) -> PreparedRequest {
        var prepared = PreparedRequest(
            method: resolve(request.method).uppercased(), url: resolveURL(request.url), headers: [], body: nil)
        prepared.disableURLEncoding = profile.disableURLEncoding
        prepared.headers = request.headers.filter { !$0.disabled && !$0.key.isEmpty }.map {
            HeaderField(name: resolve($0.key), value: resolve($0.value))
        }
        if let body = request.body, !body.disabled {
            let pruned = RequestBuilder.prunedMethods.contains(prepared.method) && !profile.disableBodyPruning
            if !pruned { buildBody(body, into: &prepared, headers: request.headers) }
        }
        return prepared
    }

    /// The URL: string form, substituted, parsed again, then `:name` path variables.
    func resolveURL(_ url: RequestURL) -> RequestURL {
        var resolved = RequestURL.parse(resolve(url.toString()))
        if !url.pathVariables.isEmpty {
            resolved.path = resolved.path.map { segment in
                guard segment.hasPrefix(":"), segment.count > 1,
                    let variable = url.pathVariables.last(where: { $0.key == String(segment.dropFirst()) && !$0.disabled })
                else { return segment }
                return resolve(variable.value?.substitutionText ?? "")
            }
        }
        resolved.pathVariables = []
        resolved.host = HostNormalization.normalize(resolved.host)
        return resolved
    }

    private func buildBody(_ body: Body, into prepared: inout PreparedRequest, headers: [KeyValue]) {
        switch body.mode {
        case .raw:
            var text = resolve(body.raw)
            let declared = prepared.header("Content-Type")?.lowercased()
            let isJSON =
                body.rawLanguage == "json"
                || (body.rawLanguage == nil && (declared.map { $0.hasPrefix("application/json") || $0.contains("+json") } ?? false))
            if isJSON { text = JSONComments.strip(text) }
            prepared.body = Data(text.utf8)
            prepared.defaultContentType = RequestBuilder.contentType(forLanguage: body.rawLanguage)
        case .urlencoded:
            let fields = body.urlencoded.filter { !$0.disabled }
            let text = fields.map { URLEncoding.form(resolve($0.key)) + "=" + URLEncoding.form(resolve($0.value)) }
                .joined(separator: "&")
            prepared.body = Data(text.utf8)
            prepared.defaultContentType = "application/x-www-form-urlencoded"
        case .formdata:
            let boundary = makeBoundary()
            prepared.body = multipart(body.formdata.filter { !$0.disabled }, boundary: boundary, warnings: &prepared.warnings)
            prepared.defaultContentType = "multipart/form-data; boundary=\(boundary)"
        case .file:
            if let source = body.fileSource, !source.isEmpty {
                switch fileAccess.contents(of: resolve(source), source: source) {
                case .success(let data): prepared.body = data
                case .failure(let error): prepared.warnings.append("Binary file load error: \(error.message)")
                }
            } else if let content = body.fileContent {
                prepared.body = Data(base64Encoded: content) ?? Data(content.utf8)
            }
        case .graphql:
            prepared.body = Data(graphQLDocument(body.graphql).utf8)
            prepared.defaultContentType = "application/json"
        case .none:
            break
        }
    }

    static func contentType(forLanguage language: String?) -> String {
        switch language {
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "html": return "text/html"
        case "javascript": return "application/javascript"
        default: return "text/plain"
        }
    }

    private func graphQLDocument(_ graphql: JSONObject) -> String {
        let query = resolve(graphql["query"]?.substitutionText ?? "")
        var text = "{\"query\":" + JSONWriter.quoted(query)
        if let operation = graphql["operationName"]?.stringValue {
            text += ",\"operationName\":" + JSONWriter.quoted(resolve(operation))
        }
        switch graphql["variables"] {
        case .string(let variables)?:
            let resolved = resolve(variables)
            if !resolved.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { text += ",\"variables\":" + resolved }
        case .some(let variables) where variables != .null:
            text += ",\"variables\":" + resolve(JSONWriter.string(variables))
        default:
            break
        }
        return text + "}"
    }

    private func multipart(_ parts: [FormPart], boundary: String, warnings: inout [String]) -> Data {
        var data = Data()
        func append(_ text: String) { data.append(contentsOf: Array(text.utf8)) }
        for part in parts {
            let name = resolve(part.key)
            if part.isFile {
                let sources = part.sources.filter { !$0.isEmpty }
                if sources.isEmpty, let value = part.value, !value.isEmpty {
                    append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(escapeQuotes(name))\"\r\n\r\n")
                    data.append(Data(base64Encoded: value) ?? Data(value.utf8))
                    append("\r\n")
                    continue
                }
                for source in sources {
                    let path = absolutePath(resolve(source))
                    let loaded = fileAccess.contents(of: path, source: source)
                    guard case .success(let contents) = loaded else {
                        if case .failure(let error) = loaded {
                            warnings.append("Form param `\(name)`, file load error: \(error.message)")
                        }
                        continue
                    }
                    let fileName = (path as NSString).lastPathComponent
                    let type = part.contentType.map(resolve) ?? MIMETypes.forFileName(fileName)
                    append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(escapeQuotes(name))\"; filename=\"\(escapeQuotes(fileName))\"\r\nContent-Type: \(type)\r\n\r\n")
                    data.append(contents)
                    append("\r\n")
                }
            } else {
                append("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(escapeQuotes(name))\"\r\n")
                if let type = part.contentType, !type.isEmpty { append("Content-Type: \(resolve(type))\r\n") }
                append("\r\n" + resolve(part.value ?? "") + "\r\n")
            }
        }
        append("--\(boundary)--\r\n")
        return data
    }

    private func escapeQuotes(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    func absolutePath(_ path: String) -> String {
        path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
    }

    /// The rule for which body files may be read.
    var fileAccess: BodyFileAccess {
        BodyFileAccess(workingDirectory: workingDirectory, allowsOutside: insecureFileRead)
    }
}

/// Removes `//` and `/* */` comments from JSON text, leaving strings untouched.
enum JSONComments {
    static func strip(_ text: String) -> String {
        guard text.contains("/") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var inString = false
        while index < scalars.count {
            let c = scalars[index]
            if inString {
                output.append(c)
                if c == "\\", index + 1 < scalars.count {
                    output.append(scalars[index + 1])
                    index += 2
                    continue
                }
                if c == "\"" { inString = false }
                index += 1
                continue
            }
            if c == "\"" {
                inString = true
                output.append(c)
                index += 1
            } else if c == "/", index + 1 < scalars.count, scalars[index + 1] == "/" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
            } else if c == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
                index += 2
                while index + 1 < scalars.count, !(scalars[index] == "*" && scalars[index + 1] == "/") { index += 1 }
                index += 2
            } else {
                output.append(c)
                index += 1
            }
        }
        return String(output)
    }
}

/// Content types for file parts, from the file extension.
enum MIMETypes {
    static func forFileName(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "json": return "application/json"
        case "csv": return "text/csv"
        case "txt": return "text/plain"
        case "xml": return "application/xml"
        case "html", "htm": return "text/html"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "pdf": return "application/pdf"
        case "js": return "application/javascript"
        default: return "application/octet-stream"
        }
    }
}

import CourierHTTP
import CourierModel
import Foundation

/// Reads collections, environments, globals and iteration data from files or http(s) URLs and
/// decodes them, turning every problem into a `LoadError` that names the file and the place.
public struct Loader {
    /// Makes a loader; remote sources are fetched with a fresh transport.
    public init() {}

    /// Loads a collection.
    public func collection(from source: String) throws(LoadError) -> Collection {
        let json = try document(source, role: "collection")
        do {
            return try CollectionDecoder.decode(json)
        } catch {
            throw shapeError(error, role: "collection", source: source)
        }
    }

    /// Loads an environment or globals file.
    public func variableFile(from source: String, role: String) throws(LoadError) -> VariableFile {
        let json = try document(source, role: role)
        do {
            return try VariableFileDecoder.decode(json)
        } catch {
            throw shapeError(error, role: role, source: source)
        }
    }

    /// Loads iteration data: a JSON array of objects, or else CSV with a header row.
    public func iterationData(from source: String) throws(LoadError) -> [JSONObject] {
        let role = "iteration data"
        let text = try decodeText(try read(source, role: role), role: role, source: source)
        if let json = try? JSONParser.parse(text) {
            do {
                return try IterationData.rows(fromJSON: json)
            } catch {
                throw shapeError(error, role: role, source: source)
            }
        }
        let trimmed = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.first == "[" || trimmed.first == "{" {
            // It looks like JSON: report the JSON error rather than a confusing CSV one.
            do { _ = try JSONParser.parse(text) } catch {
                throw LoadError(role: role, source: source, location: "line \(error.line), column \(error.column)", reason: "invalid JSON: \(error.reason)")
            }
        }
        do {
            return try CSVParser.parse(text)
        } catch {
            throw LoadError(role: role, source: source, location: "line \(error.line)", reason: "invalid CSV: \(error.reason)")
        }
    }

    /// Reads and parses a JSON document.
    func document(_ source: String, role: String) throws(LoadError) -> JSONValue {
        let text = try decodeText(try read(source, role: role), role: role, source: source)
        do {
            return try JSONParser.parse(text)
        } catch {
            throw LoadError(role: role, source: source, location: "line \(error.line), column \(error.column)", reason: "invalid JSON: \(error.reason)")
        }
    }

    /// The bytes of a file or URL.
    func read(_ source: String, role: String) throws(LoadError) -> Data {
        let lower = source.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            let client = HTTPClient()
            let request = HTTPRequest(
                method: "GET", url: source, headers: [HTTPHeader(name: "Accept", value: "application/json, text/csv, */*")])
            let response: HTTPResponse
            do {
                response = try client.send(request, options: TransferOptions(timeoutMilliseconds: 60_000))
            } catch {
                throw LoadError(role: role, source: source, reason: "download failed: \(error.message)")
            }
            guard (200..<300).contains(response.status) else {
                throw LoadError(role: role, source: source, reason: "the server answered \(response.status) \(response.reason)")
            }
            return response.body
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw LoadError(role: role, source: source, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw LoadError(role: role, source: source, reason: "is a directory, expected a file") }
        guard let data = FileManager.default.contents(atPath: source) else {
            throw LoadError(role: role, source: source, reason: "the file cannot be read (permission denied?)")
        }
        return data
    }

    /// Decodes text, honouring UTF-8 and UTF-16 byte order marks (newman detects these too).
    func decodeText(_ data: Data, role: String, source: String) throws(LoadError) -> String {
        let bytes = [UInt8](data.prefix(3))
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw LoadError(role: role, source: source, reason: "invalid UTF-16 text")
            }
            return text
        }
        var body = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = data.dropFirst(3) }
        if let text = String(data: body, encoding: .utf8) { return text }
        // Not UTF-8: read as ISO-8859-1, as newman falls back to latin1.
        return String(decoding: body.map { UInt16($0) }, as: UTF16.self)
    }

    private func shapeError(_ error: any Error, role: String, source: String) -> LoadError {
        if let shape = error as? ShapeError {
            return LoadError(role: role, source: source, location: shape.path, reason: shape.reason)
        }
        return LoadError(role: role, source: source, reason: "\(error)")
    }
}

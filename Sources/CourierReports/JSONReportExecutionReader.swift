import CourierModel
import Foundation

/// Reads one entry of a JSON report's `run.executions` (and the cursors and errors it shares
/// with `run.failures`) back into the summary's values: the inverse of `JSONReportExecution`.
enum JSONReportExecutionReader {
    static func execution(_ object: JSONObject, folders: JSONReportFolders) -> Execution {
        let cursorValue = object["cursor"]
        let cursor = self.cursor(cursorValue)
        let itemJSON = object["item"] ?? .object(JSONObject())
        let itemID = object["id"]?.stringValue ?? itemJSON["id"]?.stringValue ?? ""
        let item = ExecutedItem(
            id: itemID, name: itemJSON["name"]?.stringValue ?? "",
            folderPath: folders.path(of: itemJSON, id: itemID, position: cursor.position), json: itemJSON)
        var scriptErrors: [ScriptError] = []
        for (key, event) in [("prerequestScript", "prerequest"), ("testScript", "test")] {
            for entry in object[key]?.arrayValue ?? [] where entry["error"] != nil {
                scriptErrors.append(ScriptError(event: event, error: error(entry["error"])))
            }
        }
        let assertions = (object["assertions"]?.arrayValue ?? []).enumerated().map { index, value in
            assertion(value, index: index)
        }
        return Execution(
            id: cursorValue?["ref"]?.stringValue ?? FastUUID.make(), cursor: cursor, item: item,
            request: object["request"].map(request), response: object["response"].map(response),
            requestError: object["requestError"].map { error($0) }, assertions: assertions, console: [],
            scriptErrors: scriptErrors)
    }

    /// newman's cursor object; missing numbers read as 0.
    static func cursor(_ value: JSONValue?) -> RunCursor {
        RunCursor(
            iteration: int(value?["iteration"]), position: int(value?["position"]),
            length: int(value?["length"]),
            cycles: int(value?["cycles"]))
    }

    /// `{name, message, stack}`; a bare string is the message.
    static func error(_ value: JSONValue?) -> ErrorInfo {
        if let text = value?.stringValue { return ErrorInfo(name: "Error", message: text) }
        return ErrorInfo(
            name: value?["name"]?.stringValue ?? "Error", message: value?["message"]?.stringValue ?? "",
            stack: value?["stack"]?.stringValue)
    }

    static func int(_ value: JSONValue?) -> Int {
        guard let number = value?.doubleValue, number.isFinite else { return 0 }
        return Int(number)
    }

    private static func assertion(_ value: JSONValue, index: Int) -> Assertion {
        let errorValue = value["error"]
        let failure = errorValue.flatMap { $0.isNull ? nil : error($0) }
        let ownIndex = errorValue?["index"]?.doubleValue.map { Int($0) }
        return Assertion(
            name: value["assertion"]?.stringValue ?? "", skipped: value["skipped"]?.boolValue ?? false,
            error: failure, index: ownIndex ?? index)
    }

    private static func request(_ value: JSONValue) -> SentRequest {
        let body: Data?
        if let raw = value["body"]?["raw"]?.stringValue, !raw.isEmpty {
            body = Data(raw.utf8)
        } else {
            body = nil
        }
        return SentRequest(
            method: value["method"]?.stringValue ?? "GET", url: url(value["url"]),
            headers: headers(value["header"]),
            body: body)
    }

    private static func response(_ value: JSONValue) -> ReceivedResponse {
        let body: Data
        if let text = value["body"]?.stringValue {
            body = Data(text.utf8)
        } else if let bytes = value["stream"]?["data"]?.arrayValue {
            // newman writes the body as a Buffer: {type: "Buffer", data: [bytes]}.
            body = Data(bytes.map { UInt8(truncatingIfNeeded: int($0)) })
        } else {
            body = Data()
        }
        let time = int(value["responseTime"])
        return ReceivedResponse(
            id: value["id"]?.stringValue ?? FastUUID.make(), code: int(value["code"]),
            status: value["status"]?.stringValue ?? "", headers: headers(value["header"]), body: body,
            responseTime: time,
            responseSize: value["responseSize"] == nil ? body.count : int(value["responseSize"]),
            headerSize: 0, timings: ResponseTimings(total: Double(time)))
    }

    private static func headers(_ value: JSONValue?) -> [HeaderField] {
        (value?.arrayValue ?? []).compactMap { entry in
            guard let name = entry["key"]?.stringValue else { return nil }
            return HeaderField(name: name, value: entry["value"]?.stringValue ?? "")
        }
    }

    /// The URL text from postman-collection's url object (`raw` when present, else rebuilt
    /// from protocol, host, port, path, query and hash), or a plain string.
    static func url(_ value: JSONValue?) -> String {
        guard let value else { return "" }
        if let text = value.stringValue { return text }
        if let raw = value["raw"]?.stringValue { return raw }
        var text = ""
        if let scheme = value["protocol"]?.stringValue { text += scheme + "://" }
        text += (value["host"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ".")
        if let port = value["port"]?.stringValue { text += ":" + port }
        if let path = value["path"]?.arrayValue {
            text += "/" + path.compactMap(\.stringValue).joined(separator: "/")
        }
        let query = (value["query"]?.arrayValue ?? []).map { pair -> String in
            let key = pair["key"]?.stringValue ?? ""
            guard let value = pair["value"]?.stringValue else { return key }
            return key + "=" + value
        }
        if !query.isEmpty { text += "?" + query.joined(separator: "&") }
        if let hash = value["hash"]?.stringValue { text += "#" + hash }
        return text
    }
}

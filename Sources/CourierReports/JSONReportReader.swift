import CourierModel
import Foundation

/// A JSON report that could not be read back: what is wrong with it.
public struct JSONReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. `not a JSON report: "run.executions" is missing`.
    public var message: String

    /// Makes an error.
    public init(message: String) { self.message = message }

    public var description: String { message }
}

/// Reads a JSON report (`courier run -r json`, or newman's) back into a `RunSummary`, so
/// reports of sharded runs can be merged and written again as JSON, JUnit or HTML.
///
/// What the report does not hold stays empty: console lines, header sizes, DNS and first-byte
/// timings, and the secrets (the report is already masked). Folder paths come from the
/// collection the report carries.
public enum JSONReportReader {
    /// The summary in the report `data`.
    public static func summary(from data: Data) throws(JSONReportError) -> RunSummary {
        let json: JSONValue
        do {
            json = try JSONParser.parse(data)
        } catch {
            throw JSONReportError(message: "not valid JSON (\(error.description))")
        }
        return try summary(from: json)
    }

    /// The summary in a parsed report.
    public static func summary(from json: JSONValue) throws(JSONReportError) -> RunSummary {
        guard let report = json.objectValue else {
            throw JSONReportError(message: "not a JSON report: expected an object")
        }
        guard let run = report["run"]?.objectValue else {
            throw JSONReportError(message: "not a JSON report: \"run\" is missing")
        }
        guard let executionList = run["executions"]?.arrayValue else {
            throw JSONReportError(message: "not a JSON report: \"run.executions\" is missing")
        }
        guard let statsObject = run["stats"]?.objectValue else {
            throw JSONReportError(message: "not a JSON report: \"run.stats\" is missing")
        }
        let collection = report["collection"] ?? .object(JSONObject())
        let folders = JSONReportFolders(collection: collection)
        var executions: [Execution] = []
        for (index, value) in executionList.enumerated() {
            guard let object = value.objectValue else {
                throw JSONReportError(message: "run.executions[\(index)] is not an object")
            }
            executions.append(JSONReportExecutionReader.execution(object, folders: folders))
        }
        let failures = (run["failures"]?.arrayValue ?? []).compactMap {
            $0.objectValue.map { failure($0, executions: executions, folders: folders) }
        }
        let timings = run["timings"]?.objectValue
        let started = date(timings?["started"]) ?? Date(timeIntervalSince1970: 0)
        let completed = date(timings?["completed"]) ?? started
        let info = collection["info"]
        let collectionID =
            info?["_postman_id"]?.stringValue ?? topLevelParentID(run["failures"]) ?? FastUUID.make()
        return RunSummary(
            collectionName: info?["name"]?.stringValue ?? "", collectionID: collectionID,
            collectionJSON: collection, environment: scope(report["environment"], optional: true),
            globals: scope(report["globals"], optional: false)
                ?? ScopeSnapshot(id: "", name: "", variables: []),
            executions: executions, stats: stats(statsObject), started: started, completed: completed,
            failures: failures, runError: runError(run["error"]))
    }

    /// Epoch milliseconds as a date.
    private static func date(_ value: JSONValue?) -> Date? {
        value?.doubleValue.map { Date(timeIntervalSince1970: $0 / 1000) }
    }

    private static func stats(_ object: JSONObject) -> RunStats {
        func counter(_ name: String) -> StatCounter {
            let value = object[name]
            return StatCounter(
                total: JSONReportExecutionReader.int(value?["total"]),
                pending: JSONReportExecutionReader.int(value?["pending"]),
                failed: JSONReportExecutionReader.int(value?["failed"]))
        }
        var stats = RunStats()
        stats.iterations = counter("iterations")
        stats.items = counter("items")
        stats.scripts = counter("scripts")
        stats.prerequests = counter("prerequests")
        stats.requests = counter("requests")
        stats.tests = counter("tests")
        stats.assertions = counter("assertions")
        stats.testScripts = counter("testScripts")
        stats.prerequestScripts = counter("prerequestScripts")
        return stats
    }

    /// `{id, name, values: [{key, value, type, enabled}]}`; an environment written for "none"
    /// (`{id: "", values: []}`) reads as nil.
    private static func scope(_ value: JSONValue?, optional: Bool) -> ScopeSnapshot? {
        guard let object = value?.objectValue else { return nil }
        let id = object["id"]?.stringValue ?? ""
        let name = object["name"]?.stringValue ?? ""
        let values = object["values"]?.arrayValue ?? []
        if optional, id.isEmpty, name.isEmpty, values.isEmpty { return nil }
        let variables = values.compactMap { entry -> Variable? in
            guard let key = entry["key"]?.stringValue else { return nil }
            return Variable(
                key: key, value: entry["value"], type: entry["type"]?.stringValue,
                disabled: entry["enabled"]?.boolValue == false)
        }
        return ScopeSnapshot(id: id, name: name, variables: variables)
    }

    /// `run.error`: null, a message, or an error object.
    private static func runError(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text
        case .object(let object)?: return object["message"]?.stringValue ?? JSONWriter.string(.object(object))
        default: return nil
        }
    }

    /// A failure, tied to the execution its cursor names when there is one.
    private static func failure(_ object: JSONObject, executions: [Execution], folders: JSONReportFolders)
        -> RunFailure
    {
        let error = JSONReportExecutionReader.error(object["error"])
        let at = object["at"]?.stringValue ?? ""
        let cursorValue = object["cursor"]
        let cursor = JSONReportExecutionReader.cursor(cursorValue)
        let reference = cursorValue?["ref"]?.stringValue
        let item: ExecutedItem
        if let reference, let execution = executions.first(where: { $0.id == reference }) {
            item = execution.item
        } else {
            let source = object["source"] ?? .object(JSONObject())
            let id = source["id"]?.stringValue ?? ""
            item = ExecutedItem(
                id: id, name: source["name"]?.stringValue ?? "",
                folderPath: folders.path(of: source, id: id, position: cursor.position), json: source)
        }
        let test = at.hasPrefix("assertion:") ? object["error"]?["test"]?.stringValue : nil
        return RunFailure(error: error, at: at, test: test, item: item, cursor: cursor)
    }

    /// The collection id a top-level item's failure names as its parent.
    private static func topLevelParentID(_ failures: JSONValue?) -> String? {
        for failure in failures?.arrayValue ?? [] {
            if let id = failure["parent"]?["id"]?.stringValue, !id.isEmpty { return id }
        }
        return nil
    }
}

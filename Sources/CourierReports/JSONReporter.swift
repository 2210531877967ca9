import CourierModel

/// newman's JSON report (`-r json`): `collection`, `environment`, `globals` and `run` with
/// stats, timings, executions, transfers, failures and error.
///
/// One deliberate difference: response bodies are written as text under `body`, where newman
/// writes `stream: {type: "Buffer", data: [bytes...]}`.
public enum JSONReporter {
    /// The report as a JSON value.
    public static func report(_ summary: RunSummary) -> JSONValue {
        var run = JSONObject()
        run["stats"] = stats(summary.stats)
        run["timings"] = timings(summary)
        run["executions"] = .array(summary.executions.map(JSONReportExecution.json))
        run["transfers"] = ["responseTotal": .number(JSONNumber(RunTimings(summary).responseTotal))]
        run["failures"] = .array(summary.failures.map { failure(for: $0, in: summary) })
        run["error"] = summary.runError.map { .string($0) } ?? .null
        if summary.interrupted { run["interrupted"] = .bool(true) }
        var object = JSONObject()
        object["collection"] = summary.collectionJSON
        object["environment"] = scope(summary.environment)
        object["globals"] = scope(summary.globals)
        object["run"] = .object(run)
        return .object(object)
    }

    /// The report as text, indented by two spaces like `JSON.stringify(report, null, 2)`.
    public static func text(_ summary: RunSummary) -> String {
        JSONWriter.string(report(summary), indent: 2)
    }

    private static func stats(_ stats: RunStats) -> JSONValue {
        let counters: [(String, StatCounter)] = [
            ("iterations", stats.iterations), ("items", stats.items), ("scripts", stats.scripts),
            ("prerequests", stats.prerequests), ("requests", stats.requests), ("tests", stats.tests),
            ("assertions", stats.assertions), ("testScripts", stats.testScripts),
            ("prerequestScripts", stats.prerequestScripts),
        ]
        return .object(
            JSONObject(
                counters.map { name, counter in
                    (
                        name,
                        [
                            "total": .number(JSONNumber(counter.total)),
                            "pending": .number(JSONNumber(counter.pending)),
                            "failed": .number(JSONNumber(counter.failed)),
                        ]
                    )
                }))
    }

    private static func timings(_ summary: RunSummary) -> JSONValue {
        let timings = RunTimings(summary)
        var object = JSONObject()
        for (prefix, stats) in [
            ("response", timings.response), ("dns", timings.dns), ("firstByte", timings.firstByte),
        ] {
            object[prefix + "Average"] = .number(JSONNumber(stats.average))
            object[prefix + "Min"] = .number(JSONNumber(stats.minimum))
            object[prefix + "Max"] = .number(JSONNumber(stats.maximum))
            object[prefix + "Sd"] = .number(JSONNumber(stats.standardDeviation))
        }
        object["started"] = .number(JSONNumber(EpochTime.milliseconds(summary.started)))
        object["completed"] = .number(JSONNumber(EpochTime.milliseconds(summary.completed)))
        return .object(object)
    }

    /// `{id, name, values: [{key, value, type, enabled}]}`; `{id, values: []}` when absent.
    private static func scope(_ scope: ScopeSnapshot?) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(scope?.id ?? "")
        if let name = scope?.name, !name.isEmpty { object["name"] = .string(name) }
        object["values"] = .array(
            (scope?.variables ?? []).map { variable in
                [
                    "key": .string(variable.key), "value": variable.value ?? .string(""),
                    "type": .string(variable.type ?? "any"), "enabled": .bool(!variable.disabled),
                ]
            })
        return .object(object)
    }

    /// `{error, at, source, parent, cursor}`; `source` is the item's JSON with its id and name
    /// first, `parent` names the enclosing folder (or the collection, for top-level items).
    private static func failure(for failure: RunFailure, in summary: RunSummary) -> JSONValue {
        var object = JSONObject()
        if failure.at.hasPrefix("assertion:") {
            let index = Int(failure.at.dropFirst("assertion:".count).prefix { $0.isNumber }) ?? 0
            object["error"] = JSONReportExecution.assertionError(
                failure.error, index: index, test: failure.test ?? "")
        } else {
            object["error"] = JSONReportExecution.scriptError(failure.error)
        }
        object["at"] = .string(failure.at)
        var source = JSONObject()
        source["id"] = .string(failure.item.id)
        source["name"] = .string(failure.item.name)
        for member in failure.item.json.objectValue ?? JSONObject() where source[member.key] == nil {
            source[member.key] = member.value
        }
        object["source"] = .object(source)
        // newman writes the whole parent (folder or collection); Courier names it.
        if let folder = failure.item.folderPath.last {
            object["parent"] = ["name": .string(folder)]
        } else {
            object["parent"] = ["id": .string(summary.collectionID), "name": .string(summary.collectionName)]
        }
        let execution = summary.executions.first {
            $0.item.id == failure.item.id && $0.cursor.iteration == failure.cursor.iteration
                && $0.cursor.position == failure.cursor.position
        }
        object["cursor"] = JSONReportExecution.cursor(
            failure.cursor, ref: execution?.id,
            httpRequestID: execution.map(JSONReportExecution.httpRequestID))
        return .object(object)
    }
}

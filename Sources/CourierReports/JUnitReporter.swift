import CourierModel
import Foundation

/// newman's JUnit report (`-r junit`): one `<testsuite>` per request item, one `<testcase>`
/// per distinct assertion name, failures merged across iterations, script and request errors
/// counted as `errors` and listed in `<system-err>`.
public enum JUnitReporter {
    /// The XML document (no trailing newline, as newman writes it).
    public static func report(_ summary: RunSummary) -> String {
        let totalTime = summary.executions.reduce(0) { $0 + Double($1.response?.responseTime ?? 0) } / 1000
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<testsuites name=\(attr(summary.collectionName)) tests=\"\(summary.stats.tests.total)\" "
                + "time=\"\(seconds(totalTime))\"" + (summary.interrupted ? " interrupted=\"true\"" : "") + ">",
        ]
        let timestamp = EpochTime.iso8601(summary.started)
        for group in groupedByItem(summary.executions) {
            lines += suite(group, summary: summary, timestamp: timestamp)
        }
        lines.append("</testsuites>")
        return lines.joined(separator: "\n")
    }

    /// Executions grouped by item id, in order of first appearance.
    private static func groupedByItem(_ executions: [Execution]) -> [[Execution]] {
        var order: [String] = []
        var groups: [String: [Execution]] = [:]
        for execution in executions {
            if groups[execution.item.id] == nil { order.append(execution.item.id) }
            groups[execution.item.id, default: []].append(execution)
        }
        return order.compactMap { groups[$0] }
    }

    private static func suite(_ executions: [Execution], summary: RunSummary, timestamp: String) -> [String] {
        let item = executions[0].item
        let name = item.fullName
        var failures = 0
        var errors = 0
        var errorText = ""
        var testNames: [String] = []
        var failed: [String: [ErrorInfo]] = [:]
        for execution in executions {
            var message = "Iteration: \(execution.cursor.iteration)\n"
            var errored = false
            if let error = execution.requestError {
                errors += 1
                errored = true
                message += "RequestError: \(error.stack ?? "\(error.name): \(error.message)")\n"
            }
            message += "\n---\n"
            for event in ["test", "prerequest"] {
                for scriptError in execution.scriptErrors where scriptError.event == event {
                    errors += 1
                    errored = true
                    message +=
                        "\(event)ScriptError: \(scriptError.error.stack ?? scriptError.error.message)\n---\n"
                }
            }
            if errored { errorText += message }
            for assertion in execution.assertions {
                if failed[assertion.name] == nil {
                    testNames.append(assertion.name)
                    failed[assertion.name] = []
                }
                if let error = assertion.error {
                    failures += 1
                    failed[assertion.name, default: []].append(error)
                }
            }
        }
        let tests = executions.last?.assertions.count ?? 0
        let times = executions.map { Double($0.response?.responseTime ?? 0) / 1000 }
        let time = seconds(times.reduce(0, +) / Double(times.count))
        var lines = [
            "  <testsuite name=\(attr(name)) id=\(attr(item.id)) timestamp=\"\(timestamp)\" tests=\"\(tests)\" "
                + "failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(time)\">"
        ]
        if !errorText.isEmpty { lines.append("    <system-err>\(XMLText.cdata(errorText))</system-err>") }
        let className = attr(JUnitClassName.make(name))
        for test in testNames {
            let opening = "    <testcase name=\(attr(test)) time=\"\(time)\" classname=\(className)"
            guard let errors = failed[test], let first = errors.first else {
                lines.append(opening + "/>")
                continue
            }
            lines.append(opening + ">")
            lines.append("      <failure type=\"AssertionFailure\" message=\(attr(first.message))>")
            let details = [
                "Failed \(errors.count) times.", "Collection JSON ID: \(summary.collectionID).",
                "Collection name: \(summary.collectionName).", "Request name: \(name).",
                "Test description: \(test).", "Error message: \(first.message).",
                "Stacktrace: \(first.stack ?? "\(first.name): \(first.message)").",
            ]
            lines += details.map { "        " + XMLText.cdata($0) }
            lines.append("      </failure>")
            lines.append("    </testcase>")
        }
        lines.append("  </testsuite>")
        return lines
    }

    private static func attr(_ text: String) -> String { "\"" + XMLText.attribute(text) + "\"" }

    /// Seconds with three decimals, like JavaScript's `toFixed(3)`.
    private static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
}

import CourierModel

/// The top of the HTML report: the collection, when the run started and ended, how long it
/// took, newman's executed/failed table, the assertion tally and response-time figures.
struct HTMLSummarySection {
    let safe: HTMLSafeText

    func render(_ summary: RunSummary) -> String {
        let timings = RunTimings(summary)
        var html =
            "<header>\n<h1>\(safe(summary.collectionName.isEmpty ? "Collection run" : summary.collectionName))</h1>\n"
        html += "<p class=\"verdict\"><span id=\"failed-count\" class=\"count\" aria-live=\"polite\"></span> "
        html += "<span class=\"note\">\(safe(verdict(summary)))</span></p>\n"
        if let error = summary.runError {
            html += "<p class=\"run-error\">The run stopped early: \(safe(error))</p>\n"
        }
        if summary.interrupted {
            html += "<p class=\"run-error\">The run was interrupted before it finished.</p>\n"
        }
        html += "</header>\n<section class=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">\n"
        var facts: [(String, String)] = [("Collection", summary.collectionName)]
        if let environment = summary.environment, !environment.name.isEmpty {
            facts.append(("Environment", environment.name))
        }
        facts += [
            ("Started", EpochTime.iso8601(summary.started)),
            ("Completed", EpochTime.iso8601(summary.completed)),
            ("Duration", DurationText.format(milliseconds: timings.duration)),
            ("Average response time", describe(timings.response)),
            ("Data received", SizeText.format(bytes: timings.responseTotal)),
        ]
        for (name, value) in facts {
            html += "<dt>\(safe(name))</dt><dd>\(safe(value))</dd>\n"
        }
        html += "</dl>\n" + statsTable(summary.stats) + tally(summary.executions) + "</section>\n"
        return html
    }

    /// `2 of 8 requests had failures (3 failures in all).` and the like.
    private func verdict(_ summary: RunSummary) -> String {
        let failedExecutions = summary.executions.filter { HTMLExecutionOutcome($0).failed }.count
        let requests = summary.executions.count
        let noun = requests == 1 ? "request" : "requests"
        if summary.failures.isEmpty {
            return "All \(requests) \(noun) passed."
        }
        let failures = summary.failures.count == 1 ? "1 failure" : "\(summary.failures.count) failures"
        return "\(failedExecutions) of \(requests) \(noun) had failures (\(failures) in all)."
    }

    private func statsTable(_ stats: RunStats) -> String {
        let rows: [(String, StatCounter)] = [
            ("iterations", stats.iterations), ("requests", stats.requests),
            ("test-scripts", stats.testScripts),
            ("prerequest-scripts", stats.prerequestScripts), ("assertions", stats.assertions),
        ]
        var html = "<table class=\"stats\">\n<tr><th></th><th>executed</th><th>failed</th></tr>\n"
        for (name, counter) in rows {
            let failedClass = counter.failed > 0 ? " class=\"failed\"" : ""
            html +=
                "<tr><th>\(name)</th><td>\(counter.total)</td><td\(failedClass)>\(counter.failed)</td></tr>\n"
        }
        return html + "</table>\n"
    }

    /// Assertions passed, failed and skipped, counted from the executions.
    private func tally(_ executions: [Execution]) -> String {
        let assertions = executions.flatMap(\.assertions)
        let skipped = assertions.filter(\.skipped).count
        let failed = assertions.filter { !$0.skipped && $0.error != nil }.count
        let passed = assertions.count - skipped - failed
        return """
            <ul class="tally"><li class="passed">\(passed) assertions passed</li>\
            <li class="failed">\(failed) assertions failed</li>\
            <li class="skipped">\(skipped) assertions skipped</li></ul>

            """
    }

    private func describe(_ stats: TimingStatistics) -> String {
        let text = { DurationText.format(milliseconds: $0) }
        return
            "\(text(stats.average)) (min \(text(stats.minimum)), max \(text(stats.maximum)), s.d. \(text(stats.standardDeviation)))"
    }
}

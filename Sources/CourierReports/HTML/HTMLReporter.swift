import CourierModel

/// The HTML report (`-r html`): one self-contained page (inline style sheet, inline SVG chart,
/// a small inline script) with the run summary, a response-time chart and every execution
/// with its request, response, assertions and console lines, failed executions first.
///
/// All run data is masked (the summary's secrets, `Authorization` headers) and escaped.
public enum HTMLReporter {
    /// The page for `summary`. Secrets are masked with `masker`, or with one made from the
    /// summary's secrets when it is nil.
    public static func report(_ summary: RunSummary, masker: SecretMasker? = nil) -> String {
        let safe = HTMLSafeText(masker: masker ?? SecretMasker(secrets: summary.secrets))
        let title =
            "Courier report: " + (summary.collectionName.isEmpty ? "collection run" : summary.collectionName)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Courier">
            <title>\(safe(title))</title>
            <style>
            \(HTMLStyles.css)
            </style>
            </head>
            <body>

            """
        html += HTMLSummarySection(safe: safe).render(summary)
        html += "<section class=\"timings\">\n<h2>Response times</h2>\n"
        html += HTMLResponseTimeChart(safe: safe).render(summary.executions)
        html += "</section>\n"
        html += executions(summary.executions, safe: safe)
        html += "<script>\n\(HTMLScript.javaScript)\n</script>\n</body>\n</html>\n"
        return html
    }

    /// The filter buttons and every execution, failed ones first, each group in run order.
    private static func executions(_ executions: [Execution], safe: HTMLSafeText) -> String {
        let numbered = executions.enumerated().map { (number: $0.offset + 1, execution: $0.element) }
        let failed = numbered.filter { HTMLExecutionOutcome($0.execution).failed }
        let others = numbered.filter { !HTMLExecutionOutcome($0.execution).failed }
        let skipped = executions.filter { HTMLExecutionOutcome($0).skippedCount > 0 }.count
        var html = "<section class=\"executions\">\n<h2>Requests</h2>\n"
        html += "<nav class=\"filters\" aria-label=\"Filter requests\">\n"
        html +=
            "<button type=\"button\" data-filter=\"all\" aria-pressed=\"true\">All (\(executions.count))</button>\n"
        html +=
            "<button type=\"button\" data-filter=\"failed\" aria-pressed=\"false\">Failed only (\(failed.count))</button>\n"
        html +=
            "<button type=\"button\" data-filter=\"skipped\" aria-pressed=\"false\">Skipped (\(skipped))</button>\n"
        html += "</nav>\n<p id=\"empty-filter\" class=\"note\" hidden>No request matches this filter.</p>\n"
        if executions.isEmpty { html += "<p class=\"note\">No request was sent.</p>\n" }
        let section = HTMLExecutionSection(safe: safe)
        for entry in failed + others {
            html += section.render(entry.execution, number: entry.number)
        }
        return html + "</section>\n"
    }
}

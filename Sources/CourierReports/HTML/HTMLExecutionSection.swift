import CourierModel
import Foundation

/// One execution of the HTML report: a collapsible block with the outcome in its heading,
/// then assertions, errors, console lines, and the request and response as sent and received.
struct HTMLExecutionSection {
    let safe: HTMLSafeText

    /// The block for `execution`; `number` is its 1-based place in run order (used as anchor).
    func render(_ execution: Execution, number: Int) -> String {
        let outcome = HTMLExecutionOutcome(execution)
        var html = "<details class=\"execution \(outcome.label)\" id=\"execution-\(number)\""
        html += " data-failures=\"\(outcome.failureCount)\" data-skipped=\"\(outcome.skippedCount)\""
        html += outcome.failed ? " open>\n" : ">\n"
        html += "<summary>" + heading(execution, outcome: outcome) + "</summary>\n"
        html += "<div class=\"execution-body\">\n"
        if let request = execution.request {
            html +=
                "<p class=\"url\"><span class=\"method\">\(safe(request.method))</span> <code>\(safe(request.url))</code></p>\n"
        }
        html += problems(execution)
        html += assertions(execution.assertions)
        html += console(execution.console)
        html += HTMLVisualization(safe: safe).render(execution.visualizer)
        html +=
            "<div class=\"exchange\">\n" + request(execution.request) + response(execution.response)
            + "</div>\n"
        html += "</div>\n</details>\n"
        return html
    }

    private func heading(_ execution: Execution, outcome: HTMLExecutionOutcome) -> String {
        var parts = ["<span class=\"badge \(outcome.label)\">\(outcome.label)</span>"]
        if let method = execution.request?.method {
            parts.append("<span class=\"method\">\(safe(method))</span>")
        }
        parts.append("<span class=\"name\">\(safe(execution.item.fullName))</span>")
        var meta: [String] = []
        if let response = execution.response {
            meta.append("\(response.code) \(response.status)")
            meta.append("\(response.responseTime) ms")
        } else if execution.requestError != nil {
            meta.append("no response")
        }
        meta.append("iteration \(execution.cursor.iteration + 1)/\(max(execution.cursor.cycles, 1))")
        let counts = [
            (outcome.passedCount, "passed"), (outcome.failureCount, "failed"),
            (outcome.skippedCount, "skipped"),
        ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        meta += counts
        parts.append("<span class=\"meta\">\(safe(meta.joined(separator: " · ")))</span>")
        return parts.joined(separator: " ")
    }

    /// The request error and script errors, in red.
    private func problems(_ execution: Execution) -> String {
        var lines: [String] = []
        if let error = execution.requestError {
            lines.append(
                "<p class=\"problem\">Request error: \(safe(error.name)): \(safe(error.message))</p>")
        }
        for scriptError in execution.scriptErrors {
            let what = scriptError.event == "prerequest" ? "Pre-request script" : "Test script"
            lines.append(
                "<p class=\"problem\">\(what) error: \(safe(scriptError.error.name)): \(safe(scriptError.error.message))</p>"
            )
        }
        return lines.map { $0 + "\n" }.joined()
    }

    private func assertions(_ assertions: [Assertion]) -> String {
        guard !assertions.isEmpty else { return "" }
        var html = "<h3>Assertions</h3>\n<ul class=\"assertions\">\n"
        for assertion in assertions {
            let (state, mark) =
                assertion.skipped
                ? ("skipped", "–") : (assertion.error == nil ? ("passed", "✔") : ("failed", "✘"))
            html +=
                "<li class=\"assertion \(state)\"><span class=\"mark\">\(mark)</span> \(safe(assertion.name))"
            if assertion.skipped { html += " <span class=\"note\">(skipped)</span>" }
            if let error = assertion.error {
                html += "<div class=\"error\">\(safe(error.name)): \(safe(error.message))</div>"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    private func console(_ lines: [ConsoleLine]) -> String {
        guard !lines.isEmpty else { return "" }
        var html = "<h3>Console</h3>\n<ul class=\"console\">\n"
        for line in lines {
            html += "<li class=\"\(safe(line.level))\"><span class=\"level\">\(safe(line.level))</span> "
            html += "<span class=\"message\">\(safe(line.message))</span></li>\n"
        }
        return html + "</ul>\n"
    }

    private func request(_ request: SentRequest?) -> String {
        guard let request else { return exchangeSection("request", "Request", missing: "Not sent.") }
        let headers = request.headers.map { HeaderField(name: $0.name, value: HeaderRedaction.displayValue(of: $0)) }
        return exchangeSection("request", "Request", content: self.headers(headers) + body(request.body))
    }

    private func response(_ response: ReceivedResponse?) -> String {
        guard let response else { return exchangeSection("response", "Response", missing: "No response.") }
        let status =
            "\(response.code) \(response.status) · \(response.responseTime) ms · \(SizeText.format(bytes: response.responseSize))"
        return exchangeSection(
            "response", "Response",
            content: "<p class=\"status\">\(safe(status))</p>\n" + headers(response.headers) + body(response.body))
    }

    /// The request or response block: its heading, then `content`, or a note when there is none.
    private func exchangeSection(_ kind: String, _ title: String, missing: String? = nil, content: String = "") -> String {
        let inner = missing.map { "<p class=\"note\">\($0)</p>\n" } ?? content
        return "<section class=\"\(kind)\">\n<h3>\(title)</h3>\n" + inner + "</section>\n"
    }

    /// A body excerpt, or nothing for an empty body.
    private func body(_ data: Data?) -> String {
        guard let data, !data.isEmpty else { return "" }
        return "<pre class=\"body\">\(safe(HTMLBodyExcerpt.text(data)))</pre>\n"
    }

    private func headers(_ headers: [HeaderField]) -> String {
        guard !headers.isEmpty else { return "" }
        var html = "<table class=\"headers\">\n"
        for header in headers {
            html += "<tr><th>\(safe(header.name))</th><td>\(safe(header.value))</td></tr>\n"
        }
        return html + "</table>\n"
    }
}

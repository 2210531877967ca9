import CourierModel

/// The response-time chart of the HTML report: an inline SVG with one horizontal bar per
/// request item (its average over the iterations), a thin line from its fastest to its slowest
/// response, and red bars for items with a failure.
struct HTMLResponseTimeChart {
    let safe: HTMLSafeText

    /// Most rows drawn; later items are left out with a note.
    static let maximumRows = 300

    private static let labelWidth = 280
    private static let barWidth = 460
    private static let rowHeight = 22
    private static let top = 24

    /// One item's response times.
    struct Row {
        var name: String
        var times: [Int] = []
        var failed = false
        var average: Double { Double(times.reduce(0, +)) / Double(max(times.count, 1)) }
    }

    /// Rows in order of each item's first execution; items without any response are left out.
    static func rows(_ executions: [Execution]) -> [Row] {
        var order: [String] = []
        var rows: [String: Row] = [:]
        for execution in executions {
            let id = execution.item.id
            if rows[id] == nil {
                order.append(id)
                rows[id] = Row(name: execution.item.fullName)
            }
            if let time = execution.response?.responseTime { rows[id]?.times.append(time) }
            if HTMLExecutionOutcome(execution).failed { rows[id]?.failed = true }
        }
        return order.compactMap { rows[$0] }.filter { !$0.times.isEmpty }
    }

    /// The `<figure>` holding the chart, or a note when no response arrived.
    func render(_ executions: [Execution]) -> String {
        let allRows = Self.rows(executions)
        guard !allRows.isEmpty else { return "<p class=\"note\">No responses were received.</p>\n" }
        let rows = Array(allRows.prefix(Self.maximumRows))
        let slowest = max(1, rows.flatMap(\.times).max() ?? 1)
        let width = Self.labelWidth + Self.barWidth + 90
        let height = Self.top + rows.count * Self.rowHeight + 8
        var svg =
            "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
        svg += " xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"Response time per request\">\n"
        let axisEnd = Self.labelWidth + Self.barWidth
        svg += "<text class=\"axis\" x=\"\(Self.labelWidth)\" y=\"14\">0 ms</text>"
        svg += "<text class=\"axis\" x=\"\(axisEnd)\" y=\"14\" text-anchor=\"end\">\(slowest) ms</text>\n"
        for (index, row) in rows.enumerated() {
            svg += self.row(row, index: index, slowest: slowest)
        }
        svg += "</svg>\n"
        var html = "<figure class=\"chart-box\">\n" + svg
        var caption =
            "Average response time per request (lines: fastest to slowest); red: the request had a failure."
        if allRows.count > rows.count {
            caption += " \(allRows.count - rows.count) more requests are not shown."
        }
        html += "<figcaption>\(safe(caption))</figcaption>\n</figure>\n"
        return html
    }

    private func row(_ row: Row, index: Int, slowest: Int) -> String {
        let y = Self.top + index * Self.rowHeight
        let scale = { (value: Double) -> Int in
            Self.labelWidth + Int((value / Double(slowest) * Double(Self.barWidth)).rounded())
        }
        let barEnd = max(scale(row.average), Self.labelWidth + 1)
        let label = row.name.count > 40 ? String(row.name.prefix(39)) + "…" : row.name
        let average = Int(row.average.rounded())
        let fastest = row.times.min() ?? 0
        let slowestHere = row.times.max() ?? 0
        let tooltip =
            "\(row.name): average \(average) ms, fastest \(fastest) ms, slowest \(slowestHere) ms, \(row.times.count) responses"
        var svg = "<g class=\"row\(row.failed ? " failed" : "")\"><title>\(safe(tooltip))</title>"
        svg +=
            "<text class=\"label\" x=\"\(Self.labelWidth - 8)\" y=\"\(y + 14)\" text-anchor=\"end\">\(safe(label))</text>"
        svg +=
            "<rect class=\"bar\" x=\"\(Self.labelWidth)\" y=\"\(y + 3)\" width=\"\(barEnd - Self.labelWidth)\" height=\"14\"/>"
        var valueX = barEnd + 6
        if row.times.count > 1 {
            svg +=
                "<line class=\"range\" x1=\"\(scale(Double(fastest)))\" y1=\"\(y + 10)\" x2=\"\(scale(Double(slowestHere)))\" y2=\"\(y + 10)\"/>"
            valueX = max(valueX, scale(Double(slowestHere)) + 6)
        }
        svg += "<text class=\"value\" x=\"\(valueX)\" y=\"\(y + 14)\">\(average) ms</text></g>\n"
        return svg
    }
}

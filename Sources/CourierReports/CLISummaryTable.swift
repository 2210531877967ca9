import CourierModel

/// The boxed run summary newman prints at the end: executed/failed counts per kind, then run
/// duration, data received and response-time statistics in full-width rows.
///
/// Column widths follow newman's table layout: the label column is 25 wide, the two count
/// columns share whatever the widest full-width row needs beyond that.
enum CLISummaryTable {
    static func render(_ summary: RunSummary, verbose: Bool, box: BoxCharacters, style: ANSIStyle) -> String {
        let stats = summary.stats
        let rows: [(String, StatCounter)] = [
            ("iterations", stats.iterations), ("requests", stats.requests),
            ("test-scripts", stats.testScripts), ("prerequest-scripts", stats.prerequestScripts),
            ("assertions", stats.assertions),
        ]
        let timings = RunTimings(summary)
        var spans = [
            "total run duration: \(DurationText.format(milliseconds: timings.duration))",
            "total data received: \(SizeText.format(bytes: timings.responseTotal)) (approx)",
            "average response time: " + describe(timings.response),
        ]
        if summary.tokenFetchCount > 0 {
            let average = summary.tokenFetchMilliseconds / Double(summary.tokenFetchCount)
            let noun = summary.tokenFetchCount == 1 ? "token" : "tokens"
            spans.append(
                "OAuth 2.0 \(noun) fetched: \(summary.tokenFetchCount) [average: \(DurationText.format(milliseconds: average))]")
        }
        if summary.totalRetries > 0 {
            spans.append("total retries: \(summary.totalRetries)")
        }
        if verbose {
            spans.append("average DNS lookup time: " + describe(timings.dns))
            spans.append("average first byte time: " + describe(timings.firstByte))
        }
        let cells =
            [["", "executed", "failed"]] + rows.map { [$0.0, String($0.1.total), String($0.1.failed)] }
        let widths = columnWidths(cells: cells, spans: spans)
        let inner = widths.reduce(0, +) + widths.count - 1
        let line = { (count: Int) in String(repeating: box.horizontal, count: count) }
        let ruled = { (left: String, joint: String, right: String) in
            left + widths.map { line($0) }.joined(separator: joint) + right
        }

        var out: [String] = [ruled(box.topLeft, box.topMiddle, box.topRight)]
        for (index, row) in cells.enumerated() {
            if index > 0 { out.append(ruled(box.middleLeft, box.cross, box.middleRight)) }
            let texts = row.enumerated().map { column, text -> String in
                let padded = " " + TextPadding.right(text, widths[column] - 2) + " "
                let failedCount = index > 0 && column == 2 && text != "0"
                return failedCount ? style.red(padded) : padded
            }
            out.append(box.vertical + texts.joined(separator: box.vertical) + box.vertical)
        }
        for (index, text) in spans.enumerated() {
            out.append(
                index == 0
                    ? ruled(box.middleLeft, box.bottomUp, box.middleRight)
                    : box.middleLeft + line(inner) + box.middleRight)
            out.append(box.vertical + " " + TextPadding.left(text, inner - 2) + " " + box.vertical)
        }
        out.append(box.bottomLeft + line(inner) + box.bottomRight)
        return out.joined(separator: "\n")
    }

    /// `15ms [min: 4ms, max: 49ms, s.d.: 19ms]`.
    private static func describe(_ stats: TimingStatistics) -> String {
        let text = { DurationText.format(milliseconds: $0) }
        return "\(text(stats.average)) [min: \(text(stats.minimum)), max: \(text(stats.maximum)), "
            + "s.d.: \(text(stats.standardDeviation))]"
    }

    /// Widths including one space of padding on each side.
    private static func columnWidths(cells: [[String]], spans: [String]) -> [Int] {
        var widths = [25, 0, 0]
        for row in cells {
            for column in 1..<3 { widths[column] = max(widths[column], row[column].count + 2) }
        }
        // newman's two count columns come out equally wide (18 and 18 in its sample output).
        widths[1] = max(widths[1], widths[2])
        widths[2] = widths[1]
        // Full-width rows widen the two auto-sized columns, last row first, as cli-table3 does.
        for text in spans.reversed() {
            let desired = text.count + 2
            var existing = widths.reduce(0, +) + 2
            var editable = 2
            var column = 1
            while editable > 0, desired > existing {
                let extra = TextPadding.jsRound(Double(desired - existing) / Double(editable))
                existing += extra
                widths[column] += extra
                editable -= 1
                column += 1
            }
        }
        return widths
    }
}

import CourierModel

/// The borderless failure list newman prints after the summary: `#`, `failure` (error name,
/// plus `iteration: n` when there were several) and `detail` (test name, message, where, which
/// request). Each row is preceded by a blank separator line, as in newman.
enum CLIFailureTable {
    static func render(_ failures: [RunFailure], style: ANSIStyle) -> String {
        let numberWidth = String(failures.count).count
        var rows: [[[String]]] = []
        for (index, failure) in failures.enumerated() {
            var name = [failure.error.name]
            if failure.cursor.cycles > 1 { name.append("iteration: \(failure.cursor.iteration + 1)") }
            let detail = [
                failure.test ?? "", failure.error.message, "at \(failure.at)",
                "inside \"\(failure.item.fullName)\"",
            ]
            let lines = { (texts: [String]) in
                texts.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
            }
            rows.append([
                [TextPadding.right(String(index + 1), numberWidth) + "."], lines(name), lines(detail),
            ])
        }
        let header = [["#"], ["failure"], ["detail"]]
        var widths = [0, 0, 0]
        for row in [header] + rows {
            for column in 0..<3 {
                let longest = row[column].map(\.count).max() ?? 0
                widths[column] = max(widths[column], longest + 2)
            }
        }
        let cell = { (text: String, column: Int) -> String in
            let inner = widths[column] - 2
            return " " + (column == 0 ? TextPadding.right(text, inner) : TextPadding.left(text, inner)) + " "
        }
        var lines = [(0..<3).map { style.red(cell(header[$0][0], $0)) }.joined()]
        let separator = widths.map { style.gray(String(repeating: " ", count: $0)) }.joined()
        for row in rows {
            lines.append(separator)
            let height = row.map(\.count).max() ?? 1
            for lineIndex in 0..<height {
                var line = ""
                for column in 0..<3 {
                    let text = lineIndex < row[column].count ? row[column][lineIndex] : ""
                    let padded = cell(text, column)
                    switch (column, lineIndex) {
                    case (1, 0): line += style.red(padded)
                    case (_, 0): line += padded
                    default: line += style.gray(padded)
                    }
                }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation

/// Parses CSV iteration data the way newman's csv-parse setup does: the first row names the
/// columns, `"` quotes and escapes, cells are trimmed, short rows are tolerated, a BOM is
/// dropped, and unquoted cells that look like numbers become numbers.
public enum CSVParser {
    /// A CSV file that cannot be read as data.
    public struct Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    private struct Cell {
        var text = ""
        var quoted = false
        /// True while `text` holds only whitespace (kept up to date so a `"` is checked in O(1)).
        var blank = true
    }

    /// The rows as objects keyed by the header names.
    public static func parse(_ text: String) throws(CSVParser.Error) -> [JSONObject] {
        let records = try records(text)
        guard let header = records.first else { return [] }
        // A repeated column name keeps its first position and the last value, as in an object
        // literal; each column's slot among the distinct names is worked out once.
        var names: [String] = []
        var slotOfName: [String: Int] = [:]
        let slots = header.map { cell -> Int in
            if let slot = slotOfName[cell.text] { return slot }
            slotOfName[cell.text] = names.count
            names.append(cell.text)
            return names.count - 1
        }
        return records.dropFirst().filter { !($0.count == 1 && $0[0].text.isEmpty && !$0[0].quoted) }.map { record in
            var values = [JSONValue?](repeating: nil, count: names.count)
            for (index, slot) in slots.enumerated() where index < record.count {
                values[slot] = value(of: record[index])
            }
            return JSONObject(zip(names, values).compactMap { name, value in value.map { (key: name, value: $0) } })
        }
    }

    private static func value(of cell: Cell) -> JSONValue {
        if !cell.quoted, let number = numberValue(cell.text) { return .number(number) }
        return .string(cell.text)
    }

    private static func numberValue(_ text: String) -> JSONNumber? {
        guard !text.isEmpty, let double = Double(text), double.isFinite else { return nil }
        let allowed = text.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
        guard allowed else { return nil }
        return JSONNumber(double)
    }

    private static func records(_ text: String) throws(CSVParser.Error) -> [[Cell]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [[Cell]] = []
        var record: [Cell] = []
        var cell = Cell()
        var index = 0
        var line = 1
        var inQuotes = false
        var afterQuote = false

        func finishCell() {
            if !cell.quoted { cell.text = cell.text.trimmingCharacters(in: .whitespaces) }
            record.append(cell)
            cell = Cell()
            afterQuote = false
        }

        while index < scalars.count {
            let c = scalars[index]
            if inQuotes {
                if c == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        cell.text.unicodeScalars.append("\"")
                        index += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if c == "\n" { line += 1 }
                    cell.text.unicodeScalars.append(c)
                }
                index += 1
                continue
            }
            switch c {
            case ",":
                finishCell()
            case "\r", "\n":
                finishCell()
                records.append(record)
                record = []
                if c == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                line += 1
            case "\"" where cell.blank && !cell.quoted:
                inQuotes = true
                cell.quoted = true
                cell.text = ""
            default:
                if afterQuote {
                    if c == " " || c == "\t" { break }
                    throw CSVParser.Error(line: line, reason: "unexpected character after a closing quote")
                }
                cell.text.unicodeScalars.append(c)
                if c != "\t" && c.properties.generalCategory != .spaceSeparator { cell.blank = false }
            }
            index += 1
        }
        if inQuotes { throw CSVParser.Error(line: line, reason: "a quoted field is not closed") }
        if !cell.text.isEmpty || cell.quoted || !record.isEmpty {
            finishCell()
            records.append(record)
        }
        return records
    }
}

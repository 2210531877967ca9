import Foundation
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A temporary directory holding a run's inputs and reports, with helpers to read them back.
struct CourierRunFixture {
    /// The directory; removed by `remove()`.
    let directory: URL

    /// Makes an empty directory named after `label`.
    init(_ label: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// Deletes the directory.
    func remove() { try? FileManager.default.removeItem(at: directory) }

    /// Writes `text` to `name` in the directory.
    func write(_ text: String, to name: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    /// Writes a collection of GET requests, one item per (name, url) pair.
    func writeCollection(_ items: [(name: String, url: String)], to name: String = "c.json") throws {
        let list = items.map { item -> [String: Any] in
            ["name": item.name, "request": ["method": "GET", "url": item.url]]
        }
        let object: [String: Any] = ["info": ["name": "fixture"], "item": list]
        try JSONSerialization.data(withJSONObject: object).write(to: directory.appendingPathComponent(name))
    }

    /// The text of a file in the directory.
    func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// A JSON report's `run` object.
    func jsonRun(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(try text(name).utf8)) as? [String: Any]
        return try XCTUnwrap(object?["run"] as? [String: Any], "no run in \(name)", file: file, line: line)
    }

    /// A JUnit report, checked to be well-formed XML.
    func junit(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let xml = try text(name)
        let parser = XMLParser(data: Data(xml.utf8))
        XCTAssertTrue(parser.parse(), "\(name) is not well-formed XML", file: file, line: line)
        return xml
    }
}

/// The executions of a JSON report's run, by item name: the request error message (nil when
/// there was none) and the response code (nil when there was no response).
func executionsByName(_ run: [String: Any]) -> [String: (error: String?, code: Int?)] {
    var result: [String: (error: String?, code: Int?)] = [:]
    for case let execution as [String: Any] in run["executions"] as? [Any] ?? [] {
        let name = (execution["item"] as? [String: Any])?["name"] as? String ?? ""
        let error = (execution["requestError"] as? [String: Any])?["message"] as? String
        let code = (execution["response"] as? [String: Any])?["code"] as? Int
        result[name] = (error, code)
    }
    return result
}

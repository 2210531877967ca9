import CourierTestServer
import Foundation
import XCTest

/// A temporary directory with a collection whose failures depend on the data row, for tests that
/// run `courier` (whole runs and shards of them) and merge their reports.
final class MergeTestRuns {
    let server: TestServer
    let directory: URL

    init() throws {
        server = try TestServer.start()
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-merge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try write("c.json", collection)
    }

    func close() {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Rows of the whole run: row `bad` fails an assertion, code 404 fails another.
    static let rows = [("a", 200), ("b", 200), ("bad", 200), ("c", 404)]

    /// No ids anywhere: Courier makes new ones in every run, as it does for hand-written files.
    private var collection: String {
        """
        {"info": {"name": "Merge check", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [
           {"name": "Accounts", "item": [{"name": "Echo row", "request": {"method": "POST", "url": "\(server.baseURL)/post",
             "body": {"mode": "raw", "raw": "{{row}}"}},
             "event": [{"listen": "test", "script": {"exec": [
               "pm.test('status is 200', () => pm.response.to.have.status(200));",
               "pm.test('row is good', () => pm.expect(pm.iterationData.get('row')).to.not.equal('bad'));"]}}]}]},
           {"name": "Status", "request": "\(server.baseURL)/status/{{code}}",
             "event": [{"listen": "test", "script": {"exec": ["pm.test('is 200', () => pm.response.to.have.status(200));"]}}]}
         ]}
        """
    }

    /// Writes a data file with these rows; returns its name.
    func dataFile(_ name: String, rows: ArraySlice<(String, Int)>) throws -> String {
        try write(name, "row,code\n" + rows.map { "\($0.0),\($0.1)\n" }.joined())
        return name
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: directory.appendingPathComponent(name))
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// `courier <arguments>` in the directory, without colour.
    func courier(_ arguments: [String]) throws -> CourierProcess.Result {
        try CourierProcess.run(arguments, in: directory)
    }

    /// Runs the collection over `rows`, writing a JSON report (and a JUnit one when named).
    @discardableResult
    func run(rows: ArraySlice<(String, Int)>, json: String, junit: String? = nil) throws
        -> CourierProcess.Result
    {
        let data = try dataFile(json + ".csv", rows: rows)
        var arguments = [
            "run", "c.json", "-d", data, "--color", "off", "-r", junit == nil ? "json" : "json,junit",
        ]
        arguments += ["--reporter-json-export", json]
        if let junit { arguments += ["--reporter-junit-export", junit] }
        return try courier(arguments)
    }
}

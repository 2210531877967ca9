import CourierModel
import CourierRunner
import CourierTestServer
import Foundation
import XCTest

/// Base class: a fresh test server per test, and helpers to run collections written as JSON.
class RunnerTestCase: XCTestCase {
    var server: TestServer!
    var events: [RunEvent] = []

    override func setUpWithError() throws {
        server = try TestServer.start()
        events = []
    }

    override func tearDown() {
        server.stop()
    }

    /// Decodes a collection from JSON text, with `{{base}}` available as a collection variable.
    func collection(_ json: String, file: StaticString = #filePath, line: UInt = #line) throws -> Collection {
        var collection = try CollectionDecoder.decode(try JSONParser.parse(json))
        collection.variables.append(Variable(key: "base", value: .string(server.baseURL)))
        return collection
    }

    /// Runs `collection` with options adjusted by `configure`.
    func run(_ collection: Collection, configure: (inout RunOptions) -> Void = { _ in }) throws -> RunSummary {
        var options = RunOptions(collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        configure(&options)
        let runner = Runner(options: options) { [unowned self] event in self.events.append(event) }
        return try runner.run()
    }

    /// The echoed JSON body of an execution's response.
    func echo(_ execution: Execution, file: StaticString = #filePath, line: UInt = #line) throws -> JSONValue {
        let response = try XCTUnwrap(execution.response, "no response: \(String(describing: execution.requestError))", file: file, line: line)
        return try JSONParser.parse(response.body)
    }

    /// An item's `event` array as JSON: each non-empty list of lines becomes a script of that kind.
    func events(prerequest: [String] = [], test: [String] = []) -> String {
        func event(_ listen: String, _ lines: [String]) -> String {
            let exec = lines.map { JSONWriter.quoted($0) }.joined(separator: ", ")
            return #"{"listen": "\#(listen)", "script": {"exec": [\#(exec)]}}"#
        }
        var list: [String] = []
        if !prerequest.isEmpty { list.append(event("prerequest", prerequest)) }
        if !test.isEmpty { list.append(event("test", test)) }
        return "[" + list.joined(separator: ", ") + "]"
    }

    /// A collection of one request item.
    func single(_ request: String, extra: String = "") -> String {
        """
        {"info": {"name": "t", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}\(extra),
         "item": [{"name": "r", "request": \(request)}]}
        """
    }
}

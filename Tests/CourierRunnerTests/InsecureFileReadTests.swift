import CourierModel
import CourierRunner
import Foundation
import XCTest

/// `--no-insecure-file-read`: body files outside the working directory are refused.
final class InsecureFileReadTests: RunnerTestCase {
    private var root: URL!
    private var workingDirectory: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courier-files-\(UUID().uuidString)")
        workingDirectory = root.appendingPathComponent("work")
        try FileManager.default.createDirectory(
            at: workingDirectory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("inside".utf8).write(to: workingDirectory.appendingPathComponent("inside.txt"))
        try Data("outside!".utf8).write(to: root.appendingPathComponent("outside.txt"))
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: root)
        super.tearDown()
    }

    /// One `file`-body POST per source, run with or without `--no-insecure-file-read`.
    private func runFileBodies(_ sources: [String], secure: Bool) throws -> RunSummary {
        let items = sources.enumerated().map { index, source in
            """
            {"name": "f\(index)", "request": {"method": "POST", "url": "{{base}}/post",
             "body": {"mode": "file", "file": {"src": "\(source)"}}}}
            """
        }
        let collection = try collection(
            #"{"info": {"name": "t"}, "item": [\#(items.joined(separator: ","))]}"#)
        return try run(collection) { options in
            options.workingDirectory = self.workingDirectory.path
            options.insecureFileRead = !secure
        }
    }

    private func sentLength(_ execution: Execution) throws -> String? {
        try echo(execution)["headers"]?["content-length"]?.stringValue
    }

    func testFilesOutsideTheWorkingDirectoryAreReadByDefault() throws {
        let summary = try runFileBodies(
            ["../outside.txt", root.appendingPathComponent("outside.txt").path], secure: false)
        XCTAssertEqual(try sentLength(summary.executions[0]), "8")
        XCTAssertEqual(try sentLength(summary.executions[1]), "8")
        XCTAssertTrue(summary.executions.allSatisfy { $0.console.isEmpty })
    }

    func testFilesInsideTheWorkingDirectoryAreStillReadWhenReadsAreSecure() throws {
        let summary = try runFileBodies(
            ["inside.txt", "sub/../inside.txt", workingDirectory.appendingPathComponent("inside.txt").path],
            secure: true)
        for execution in summary.executions {
            XCTAssertEqual(try sentLength(execution), "6")
            XCTAssertEqual(execution.console, [])
        }
    }

    func testAFileOutsideIsRefusedWithAWarningOnThatRequest() throws {
        let absolute = root.appendingPathComponent("outside.txt").path
        let summary = try runFileBodies(
            ["../outside.txt", "sub/../../outside.txt", absolute, "inside.txt"], secure: true)
        for (execution, source) in zip(
            summary.executions.prefix(3), ["../outside.txt", "sub/../../outside.txt", absolute])
        {
            XCTAssertEqual(try sentLength(execution), "0", "no body is sent for \(source)")
            XCTAssertEqual(execution.console.count, 1)
            XCTAssertEqual(execution.console.first?.level, "warn")
            let message = execution.console.first?.message ?? ""
            XCTAssertTrue(
                message.hasPrefix(
                    "Binary file load error: PPERM: insecure file access outside working directory"), message)
            XCTAssertTrue(message.contains("'\(source)'"), message)
        }
        XCTAssertEqual(try sentLength(summary.executions[3]), "6", "other requests are not affected")
        XCTAssertTrue(summary.failures.isEmpty, "a refused file is a warning, as in newman, not a failure")
    }

    func testAFormDataFilePartOutsideIsDroppedAndTheOthersAreSent() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "multipart", "request": {"method": "POST", "url": "{{base}}/post", "body": {"mode": "formdata", "formdata": [
                {"key": "text", "value": "kept", "type": "text"},
                {"key": "in", "type": "file", "src": "inside.txt"},
                {"key": "out", "type": "file", "src": "../outside.txt"}]}}}
            ]}
            """)
        let summary = try run(collection) { options in
            options.workingDirectory = self.workingDirectory.path
            options.insecureFileRead = false
        }
        let echoed = try echo(summary.executions[0])
        XCTAssertEqual(echoed["form"]?["text"], "kept")
        XCTAssertNotNil(echoed["files"]?["inside.txt"])
        XCTAssertNil(echoed["files"]?["outside.txt"])
        let message = summary.executions[0].console.first?.message ?? ""
        XCTAssertTrue(
            message.hasPrefix(
                "Form param `out`, file load error: PPERM: insecure file access outside working directory"),
            message)
    }
}

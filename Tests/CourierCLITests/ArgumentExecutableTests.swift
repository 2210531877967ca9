import Foundation
import XCTest

/// The built `courier` executable: exit codes and where its messages go.
final class ArgumentExecutableTests: XCTestCase {
    private func runCourier(_ arguments: [String]) throws -> CourierProcess.Result {
        try CourierProcess.run(arguments)
    }

    func testUnknownOptionExitsWithTwoAndExplainsOnStandardError() throws {
        let result = try runCourier(["run", "c.json", "--iteration-cout", "3"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.standardOutput, "")
        XCTAssertEqual(
            result.standardError,
            "error: unknown option '--iteration-cout'. Did you mean '--iteration-count'?\n"
                + "Run 'courier help run' for usage.\n")
    }

    func testVersionExitsWithZeroOnStandardOutput() throws {
        for flag in ["--version", "-v"] {
            let result = try runCourier([flag])
            XCTAssertEqual(result.status, 0)
            XCTAssertEqual(result.standardOutput, "courier 0.1.0\n")
            XCTAssertEqual(result.standardError, "")
        }
    }

    func testRunHelpExitsWithZeroOnStandardOutput() throws {
        let result = try runCourier(["run", "--help"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.standardOutput.hasPrefix("Usage: courier run <collection> [options]\n"))
        XCTAssertEqual(result.standardError, "")
    }
}

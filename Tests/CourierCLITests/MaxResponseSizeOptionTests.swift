import XCTest

@testable import CourierCLI

/// `--max-response-size` takes bytes, or a number with a binary unit.
final class MaxResponseSizeOptionTests: XCTestCase {
    private func parsed(_ value: String) throws -> Int? {
        guard case .run(let options) = try parseCommandLine(["run", "c.json", "--max-response-size", value])
        else {
            return nil
        }
        return options.maxResponseSizeBytes
    }

    func testPlainBytesAndUnits() throws {
        XCTAssertEqual(try parsed("1000"), 1000)
        XCTAssertEqual(try parsed("10KB"), 10 * 1024)
        XCTAssertEqual(try parsed("50MB"), 50 * 1_048_576)
        XCTAssertEqual(try parsed("2g"), 2 * 1_073_741_824)
        XCTAssertEqual(try parsed("3MiB"), 3 * 1_048_576)
        XCTAssertEqual(try parsed("0"), 0)
    }

    func testNotASizeIsAUsageError() {
        for bad in ["ten", "5XB", "MB", "1.5MB"] {
            XCTAssertThrowsError(try parseCommandLine(["run", "c.json", "--max-response-size", bad]), bad) {
                error in
                XCTAssertEqual(
                    (error as? UsageError)?.message,
                    "option '--max-response-size' expects a size in bytes such as 1048576, 512KB or 50MB, got '\(bad)'"
                )
            }
        }
    }
}

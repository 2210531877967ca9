import Foundation
import XCTest

/// `/flaky/{key}/{failures}`: fails a chosen number of times per key, then succeeds.
final class FlakyRouteTests: ServerTestCase {
    private func call(_ path: String) throws -> String {
        try curl(["-s", "-w", " %{http_code}", url(path)]).output
    }

    func testFailsThenSucceedsPerKey() throws {
        let key = UUID().uuidString
        XCTAssertEqual(try call("/flaky/\(key)/2"), "{\"key\":\"\(key)\",\"calls\":1,\"failing\":true} 503")
        XCTAssertEqual(try call("/flaky/\(key)/2"), "{\"key\":\"\(key)\",\"calls\":2,\"failing\":true} 503")
        XCTAssertEqual(try call("/flaky/\(key)/2"), "{\"key\":\"\(key)\",\"calls\":3,\"failing\":false} 200")
        XCTAssertTrue(
            try call("/flaky/\(UUID().uuidString)/0").hasSuffix(" 200"), "another key starts afresh")
    }

    func testTheFailingStatusCanBeChosen() throws {
        let key = UUID().uuidString
        XCTAssertTrue(try call("/flaky/\(key)/1?status=429").hasSuffix(" 429"))
        XCTAssertTrue(try call("/flaky/\(key)/1?status=429").hasSuffix(" 200"))
        XCTAssertTrue(try call("/flaky/\(key)/1?status=200").hasSuffix(" 400"))
        XCTAssertTrue(try call("/flaky/\(key)/x").hasSuffix(" 400"))
    }
}

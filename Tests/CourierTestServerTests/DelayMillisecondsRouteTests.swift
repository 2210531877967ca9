import Foundation
import XCTest

/// `/delay-ms/{ms}`: a fixed delay in milliseconds, for parallel-run benchmarks.
final class DelayMillisecondsRouteTests: ServerTestCase {
    func testAnswersWithTheDelayAsANumber() throws {
        let result = try curl(["-w", "\n%{http_code}", url("/delay-ms/20")])
        XCTAssertEqual(result.output, "{\"delay\":20}\n200")
    }

    func testRefusesADelayThatIsNotAWholeNumber() throws {
        let result = try curl(["-w", "\n%{http_code}", url("/delay-ms/abc")])
        XCTAssertEqual(result.output, "{\"error\":\"invalid delay\"}\n400")
    }
}

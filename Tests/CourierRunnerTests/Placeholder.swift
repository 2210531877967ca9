import XCTest

final class CourierRunnerTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

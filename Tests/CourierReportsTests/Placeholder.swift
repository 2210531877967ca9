import XCTest

final class CourierReportsTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

import XCTest

final class CourierModelTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

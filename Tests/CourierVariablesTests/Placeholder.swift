import XCTest

final class CourierVariablesTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

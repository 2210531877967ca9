import XCTest

final class CourierCLITestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

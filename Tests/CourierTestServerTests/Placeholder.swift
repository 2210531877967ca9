import XCTest

final class CourierTestServerTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

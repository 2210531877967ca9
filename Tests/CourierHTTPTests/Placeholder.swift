import XCTest

final class CourierHTTPTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

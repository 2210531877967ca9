import XCTest

final class CourierScriptingTestsPlaceholder: XCTestCase {
    func testPlaceholder() {}
}

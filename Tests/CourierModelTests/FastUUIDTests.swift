import CourierModel
import XCTest

/// Ids made for items and responses look like the random UUIDs Postman makes.
final class FastUUIDTests: XCTestCase {
    func testIdsAreLowerCaseVersion4UUIDs() {
        for _ in 0..<200 {
            let id = FastUUID.make()
            let characters = Array(id)
            XCTAssertEqual(characters.count, 36, id)
            for position in [8, 13, 18, 23] { XCTAssertEqual(characters[position], "-", id) }
            XCTAssertEqual(characters[14], "4", id)
            XCTAssertTrue("89ab".contains(characters[19]), id)
            let digits = characters.enumerated().filter { ![8, 13, 18, 23].contains($0.offset) }.map(
                \.element)
            XCTAssertTrue(digits.allSatisfy { "0123456789abcdef".contains($0) }, id)
        }
    }

    func testIdsDiffer() {
        let ids = (0..<500).map { _ in FastUUID.make() }
        XCTAssertEqual(Set(ids).count, ids.count)
    }
}

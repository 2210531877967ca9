import XCTest

@testable import CourierScripting

/// `require('uuid')`: random, time-based and name-based UUIDs, and their checks.
final class UUIDLibraryTests: XCTestCase {
    private let sandbox = NativeLibrarySandbox()
    private let shape = "/^[0-9a-f]{8}-[0-9a-f]{4}-VERSION[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/"

    private func run(_ script: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        sandbox.run("var uuid = require('uuid');\n" + script, file: file, line: line)
    }

    func testVersion4FromBothAPIs() {
        let v4 = shape.replacingOccurrences(of: "VERSION", with: "4")
        XCTAssertEqual(run("\(v4).test(uuid()) && \(v4).test(uuid.v4())"), "true")
        XCTAssertEqual(run("uuid.v4() === uuid.v4()"), "false")
        XCTAssertEqual(run("uuid.version(uuid.v4())"), "4")
    }

    func testVersion1IsTimeBased() {
        let v1 = shape.replacingOccurrences(of: "VERSION", with: "1")
        XCTAssertEqual(run("\(v1).test(uuid.v1())"), "true")
        XCTAssertEqual(
            run("var a = uuid.v1(), b = uuid.v1(); a !== b && a.slice(19) === b.slice(19)"), "true")
        XCTAssertEqual(
            run(
                "uuid.v1({msecs: Date.UTC(2011, 10, 1), nsecs: 5678, clockseq: 0x1234, node: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab]})"
            ), "710b962e-041c-11e1-9234-0123456789ab")
    }

    func testNameBasedVersions() {
        XCTAssertEqual(run("uuid.v5('hello', uuid.v5.DNS)"), "9342d47a-1bab-5709-9869-c840b2eac501")
        XCTAssertEqual(run("uuid.v3('hello', uuid.v3.DNS)"), "0bacede4-4014-3f9d-b720-173f68a1c933")
    }

    func testValidateParseAndStringify() {
        XCTAssertEqual(
            run("uuid.validate('9342d47a-1bab-5709-9869-c840b2eac501') + ',' + uuid.validate('not-a-uuid')"),
            "true,false")
        XCTAssertEqual(run("uuid.validate(uuid.NIL)"), "true")
        XCTAssertEqual(
            run("uuid.stringify(uuid.parse('9342d47a-1bab-5709-9869-c840b2eac501'))"),
            "9342d47a-1bab-5709-9869-c840b2eac501")
        XCTAssertEqual(
            run("try { uuid.version('nope'); 'no error' } catch (e) { e.message }"), "Invalid UUID")
    }
}

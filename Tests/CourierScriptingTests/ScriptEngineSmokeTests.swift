import CourierModel
import CourierScripting
import XCTest

final class ScriptEngineSmokeTests: XCTestCase {
    func testEngineStarts() {
        let engine = ScriptEngine()
        let output = engine.run("pm.test('a', function () {});", input: ScriptInput(eventName: "test", request: ["url": "http://x/"], response: nil))
        XCTAssertEqual(output.assertions.count, 1)
    }
}

import CourierModel
import CourierScripting
import XCTest

/// Scripts that allocate without bound end with an error for that script; the engine goes on.
final class ScriptMemoryLimitTests: XCTestCase {
    private let limitMessage =
        "sandbox: script memory limit exceeded (it grew Courier's memory by more than 128 MiB; see --max-script-memory)"

    func testGrowingArraysHitTheMemoryLimitAndTheEngineStaysUsable() {
        let engine = ScriptEngine(maxMemoryBytes: 128 << 20)
        let grown = engine.run(
            "pm.test('before', function () {});\nlet a = []; while (true) a.push(new Array(1e6).fill(1));",
            input: ScriptFixture.testInput())
        XCTAssertEqual(grown.error, ErrorInfo(name: "Error", message: limitMessage))
        XCTAssertEqual(grown.assertions.map(\.name), ["before"])
        let next = engine.run("pm.test('after', function () {});", input: ScriptFixture.testInput())
        XCTAssertNil(next.error)
        XCTAssertEqual(next.assertions.map(\.name), ["after"])
    }

    func testADoublingStringEndsWithARangeError() {
        let engine = ScriptEngine(maxMemoryBytes: 128 << 20)
        let output = engine.run("let s = 'x'; while (true) s += s;", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.name, "RangeError")
        XCTAssertEqual(output.error?.message, "Out of memory")
    }

    func testTheTimeoutStillWinsWithTheMemoryLimitOn() {
        let engine = ScriptEngine(timeoutMilliseconds: 150, maxMemoryBytes: 128 << 20)
        let output = engine.run("while (true) {}", input: ScriptFixture.testInput())
        XCTAssertEqual(output.error?.message, "sandbox: synchronous script execution timeout")
    }
}

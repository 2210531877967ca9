import XCTest

@testable import CourierCLI

/// Colour decisions and terminal facts.
final class TerminalTests: XCTestCase {
    func testOnAndOffDecideAlone() {
        XCTAssertTrue(Terminal.usesColor(.on, environment: ["NO_COLOR": "1"], outputIsTerminal: false))
        XCTAssertFalse(Terminal.usesColor(.off, environment: [:], outputIsTerminal: true))
    }

    func testAutoColoursOnlyATerminalWithoutNoColorOrDumbTerm() {
        XCTAssertTrue(Terminal.usesColor(.auto, environment: ["TERM": "xterm"], outputIsTerminal: true))
        XCTAssertFalse(Terminal.usesColor(.auto, environment: [:], outputIsTerminal: false))
        XCTAssertFalse(Terminal.usesColor(.auto, environment: ["NO_COLOR": "1"], outputIsTerminal: true))
        XCTAssertFalse(Terminal.usesColor(.auto, environment: ["TERM": "dumb"], outputIsTerminal: true))
        XCTAssertTrue(Terminal.usesColor(.auto, environment: ["NO_COLOR": ""], outputIsTerminal: true))
    }

    func testWidthFallsBackToColumnsThenEighty() {
        // Under the test runner stdout is usually not a terminal; then the fallbacks apply.
        guard !Terminal.isTerminal(.output) else { return }
        XCTAssertEqual(Terminal.width(environment: ["COLUMNS": "132"]), 132)
        XCTAssertEqual(Terminal.width(environment: [:]), 80)
    }
}

import CourierModel
import CourierRunner
import Foundation
import XCTest

/// `pm.visualizer.set` lands on the execution for the HTML report; the item's last `set` or
/// `clear` wins, across the collection's, folders' and item's scripts.
final class VisualizerRunnerTests: RunnerTestCase {
    func testATestScriptsVisualizationLandsOnItsExecution() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "item": [
              {"name": "shown", "request": "{{base}}/get", "event": \(events(test: [
                "pm.visualizer.set('<b>{{name}}</b>', {name: 'x', code: pm.response.code});"]))},
              {"name": "plain", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(summary.executions.count, 2)
        let visualizer = try XCTUnwrap(summary.executions[0].visualizer)
        XCTAssertEqual(visualizer["template"], "<b>{{name}}</b>")
        XCTAssertEqual(visualizer["data"], ["name": "x", "code": 200])
        XCTAssertNil(summary.executions[1].visualizer)
    }

    func testTheItemsLastSetOrClearWins() throws {
        let collection = try collection(
            """
            {"info": {"name": "t"}, "event": \(events(test: ["pm.visualizer.set('collection', {});"])), "item": [
              {"name": "replaced", "request": "{{base}}/get", "event": \(events(test: ["pm.visualizer.set('item', {n: 1});"]))},
              {"name": "cleared", "request": "{{base}}/get", "event": \(events(test: ["pm.visualizer.clear();"]))},
              {"name": "kept", "request": "{{base}}/get"}
            ]}
            """)
        let summary = try run(collection)
        XCTAssertEqual(
            summary.executions.map { $0.visualizer?["template"]?.stringValue }, ["item", nil, "collection"])
    }
}

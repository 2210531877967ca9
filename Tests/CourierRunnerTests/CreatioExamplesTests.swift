import CourierModel
import CourierRunner
import Foundation
import XCTest

/// The bundled Creatio verification collection carries saved examples; `--check-examples` passes
/// against the Creatio-compatible test server.
final class CreatioExamplesTests: RunnerTestCase {
    func testBundledCreatioCollectionMatchesItsSavedExamples() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let loader = Loader()
        let collection = try loader.collection(
            from: root.appendingPathComponent("collections/creatio-verify.postman_collection.json").path)
        var environment = try loader.variableFile(
            from: root.appendingPathComponent("environments/local.postman_environment.json").path,
            role: "environment")
        if let index = environment.variables.firstIndex(where: { $0.key == "base_url" }) {
            environment.variables[index].value = .string(server.baseURL)
        }
        let summary = try run(collection) {
            $0.environment = environment
            $0.checkExamples = true
        }
        XCTAssertTrue(
            summary.succeeded,
            "\(summary.failures.map { "\($0.item.name): \($0.test ?? "") \($0.error.message)" })")
        let examples = summary.executions.flatMap(\.assertions).filter { $0.name.hasPrefix("example \"") }
        XCTAssertEqual(examples.count, 10, "\(examples.map(\.name))")
        XCTAssertTrue(examples.contains { $0.name == #"example "Not found": status code is 404"# })
    }
}

import CourierModel
import CourierVariables
import XCTest

/// Values that refer to themselves more than once grow the text exponentially over the passes;
/// the resolver stops inserting after a bounded amount instead of exhausting memory.
final class ResolverGrowthTests: XCTestCase {
    func testSelfDoublingValueStopsAtTheNestedInsertionLimit() {
        let resolver = resolver(#"[{"key": "a", "value": "{{a}}{{a}}{{a}}{{a}}"}]"#)
        let text = resolver.resolve("{{a}}")
        let insertions = VariableResolver.maxNestedInsertedBytes / VariableResolver.minInsertionCost
        XCTAssertLessThanOrEqual(text.utf8.count, insertions * 20 + 20)
        XCTAssertGreaterThan(text.utf8.count, insertions * 10)
        XCTAssertTrue(text.hasPrefix("{{a}}"), "references past the limit stay as written")
    }

    func testALargeNestedValueIsInsertedWhole() {
        let big = String(repeating: "y", count: 4 << 20)
        let scope = VariableScope(variables: [
            Variable(key: "wrapper", value: "({{big}})"), Variable(key: "big", value: .string(big)),
        ])
        XCTAssertEqual(
            VariableResolver(scopes: [scope]).resolve("{{wrapper}}").utf8.count, big.utf8.count + 2)
    }

    func testALargeValueIsInsertedWhole() {
        let large = String(repeating: "x", count: VariableResolver.maxNestedInsertedBytes + 1000)
        let resolver = VariableResolver(scopes: [
            VariableScope(variables: [Variable(key: "big", value: .string(large))])
        ])
        XCTAssertEqual(resolver.resolve("<{{big}}>").utf8.count, large.utf8.count + 2)
    }

    func testNulBytesInNamesAndValuesResolve() {
        let resolver = VariableResolver(scopes: [
            VariableScope(variables: [Variable(key: "n\u{0}", value: "v\u{0}")])
        ])
        XCTAssertEqual(resolver.resolve("[{{n\u{0}}}]"), "[v\u{0}]")
    }
}

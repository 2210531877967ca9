import CourierModel
import CourierRunner
import Foundation
import XCTest

/// `--shard K/N`: the shards of a run, put together, are the whole run, each part in its place.
final class ShardTests: RunnerTestCase {
    /// Three top-level entries: two folders and a request.
    private var threeEntries: String {
        #"""
        {"info": {"name": "shards"}, "item": [
          {"name": "A", "item": [{"name": "a1", "request": "{{base}}/get?a=1"}, {"name": "a2", "request": "{{base}}/get?a=2"}]},
          {"name": "b", "request": "{{base}}/get?b=1"},
          {"name": "C", "item": [{"name": "C1", "item": [{"name": "c1", "request": "{{base}}/get?c=1"}]}]}]}
        """#
    }

    private func names(_ summary: RunSummary) -> [String] {
        summary.executions.map { "\($0.cursor.iteration):\($0.item.name)" }
    }

    private func run(shard: Shard?, parallel: Int = 1, iterations: Int = 5) throws -> RunSummary {
        let collection = try collection(threeEntries)
        var options = RunOptions(
            collection: collection, workingDirectory: FileManager.default.temporaryDirectory.path)
        options.iterationCount = iterations
        options.shard = shard
        options.parallel = parallel
        return try makeCollectionRun(options: options).run()
    }

    func testIterationShardsKeepTheirIterationNumbersAndMakeUpTheWholeRun() throws {
        let full = try run(shard: nil)
        for parallel in [1, 3] {
            var union: [String] = []
            for index in 1...3 {
                let part = try run(shard: Shard(index: index, count: 3, mode: .iteration), parallel: parallel)
                let iterations = Set(part.executions.map(\.cursor.iteration))
                XCTAssertEqual(iterations, Set((0..<5).filter { $0 % 3 == index - 1 }), "shard \(index)")
                XCTAssertEqual(part.stats.iterations.total, iterations.count)
                union += names(part)
            }
            XCTAssertEqual(union.sorted(), names(full).sorted(), "parallel \(parallel)")
        }
    }

    func testFolderShardsSplitTopLevelEntriesRoundRobin() throws {
        let full = try run(shard: nil, iterations: 2)
        var union: [String] = []
        var parts: [[String]] = []
        for index in 1...2 {
            let part = try run(
                shard: Shard(index: index, count: 2, mode: .folder), parallel: index, iterations: 2)
            parts.append(part.executions.filter { $0.cursor.iteration == 0 }.map(\.item.name))
            union += names(part)
        }
        XCTAssertEqual(parts, [["a1", "a2", "c1"], ["b"]])
        XCTAssertEqual(union.sorted(), names(full).sorted())
    }

    func testMoreShardsThanEntriesLeavesSomeEmpty() throws {
        let part = try run(shard: Shard(index: 4, count: 4, mode: .folder))
        XCTAssertTrue(part.executions.isEmpty)
        XCTAssertTrue(part.succeeded)
    }

    func testPlannedRequestCountFollowsTheShard() throws {
        var options = RunOptions(collection: try collection(threeEntries), workingDirectory: "/")
        options.iterationCount = 5
        XCTAssertEqual(try ShardPlan.plannedRequestCount(for: options), 20)
        options.shard = Shard(index: 2, count: 3)
        XCTAssertEqual(try ShardPlan.plannedRequestCount(for: options), 8)
        options.shard = Shard(index: 1, count: 2, mode: .folder)
        XCTAssertEqual(try ShardPlan.plannedRequestCount(for: options), 15)
    }
}

import CourierModel
import Foundation

/// Combines the summaries of sharded runs of one collection (read back from their JSON reports)
/// into the summary of one run, so one JSON, JUnit or HTML report covers every shard.
///
/// - Executions: when the shards numbered their iterations without overlap (each ran its own
///   share of one run's iterations), they are ordered by iteration, each iteration's requests
///   in the order they ran. When the numbers overlap (each shard counted from 0), the shards
///   follow each other in the order given and their iterations are renumbered to follow on.
/// - Stats are summed, failures concatenated in the same order, the run spans the earliest
///   start to the latest end, and run errors are joined.
/// - The collection, environment and globals come from the first report. A request item that
///   has no id in the collection gets a new one in every run: all shards' executions of it
///   take the first shard's id, so it is one test suite in JUnit.
public enum ReportMerger {
    /// The merged summary, or nil when `summaries` is empty.
    public static func merge(_ summaries: [RunSummary]) -> RunSummary? {
        guard var merged = summaries.first else { return nil }
        let shards = renumbered(summaries)
        let unify = ItemIdentities()
        merged.executions = ordered(shards.map(\.executions)) { $0.cursor.iteration }.map { execution in
            var execution = execution
            execution.item = unify.item(execution.item)
            return execution
        }
        merged.failures = ordered(shards.map(\.failures)) { $0.cursor.iteration }.map { failure in
            var failure = failure
            failure.item = unify.item(failure.item)
            return failure
        }
        merged.stats = summaries.dropFirst().reduce(merged.stats) { sum($0, $1.stats) }
        merged.started = summaries.map(\.started).min() ?? merged.started
        merged.completed = summaries.map(\.completed).max() ?? merged.completed
        let errors = summaries.compactMap(\.runError)
        merged.runError = errors.isEmpty ? nil : errors.joined(separator: "; ")
        merged.interrupted = summaries.contains(where: \.interrupted)
        merged.secrets = Array(Set(summaries.flatMap(\.secrets))).sorted()
        merged.tokenFetchCount = summaries.reduce(0) { $0 + $1.tokenFetchCount }
        merged.tokenFetchMilliseconds = summaries.reduce(0) { $0 + $1.tokenFetchMilliseconds }
        return merged
    }

    /// The shards' executions and failures with cursors that fit one run: iteration numbers
    /// kept when no two shards share one, else shifted to follow the earlier shards; `cycles`
    /// set to the merged run's iteration count.
    private static func renumbered(_ summaries: [RunSummary]) -> [(
        executions: [Execution], failures: [RunFailure]
    )] {
        let iterationSets = summaries.map { Set($0.executions.map(\.cursor.iteration)) }
        var seen = Set<Int>()
        var overlap = false
        for iterations in iterationSets {
            if !seen.isDisjoint(with: iterations) { overlap = true }
            seen.formUnion(iterations)
        }
        var offsets: [Int] = []
        var next = 0
        for (summary, iterations) in zip(summaries, iterationSets) {
            offsets.append(overlap ? next : 0)
            next += max(summary.stats.iterations.total, (iterations.max() ?? -1) + 1)
        }
        let cycles =
            overlap
            ? next : max(seen.count, summaries.flatMap { $0.executions.map(\.cursor.cycles) }.max() ?? 0)
        return zip(summaries, offsets).map { summary, offset in
            let move = { (cursor: RunCursor) -> RunCursor in
                var cursor = cursor
                cursor.iteration += offset
                cursor.cycles = cycles
                return cursor
            }
            let executions = summary.executions.map { execution -> Execution in
                var execution = execution
                execution.cursor = move(execution.cursor)
                return execution
            }
            let failures = summary.failures.map { failure -> RunFailure in
                var failure = failure
                failure.cursor = move(failure.cursor)
                return failure
            }
            return (executions, failures)
        }
    }

    /// Every shard's entries, shard after shard, then stably sorted by iteration.
    private static func ordered<Entry>(_ shards: [[Entry]], iteration: (Entry) -> Int) -> [Entry] {
        shards.joined().enumerated().sorted { left, right in
            let (a, b) = (iteration(left.element), iteration(right.element))
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    private static func sum(_ a: RunStats, _ b: RunStats) -> RunStats {
        let add = { (x: StatCounter, y: StatCounter) in
            StatCounter(total: x.total + y.total, pending: x.pending + y.pending, failed: x.failed + y.failed)
        }
        var stats = RunStats()
        stats.iterations = add(a.iterations, b.iterations)
        stats.items = add(a.items, b.items)
        stats.scripts = add(a.scripts, b.scripts)
        stats.prerequests = add(a.prerequests, b.prerequests)
        stats.requests = add(a.requests, b.requests)
        stats.tests = add(a.tests, b.tests)
        stats.assertions = add(a.assertions, b.assertions)
        stats.testScripts = add(a.testScripts, b.testScripts)
        stats.prerequestScripts = add(a.prerequestScripts, b.prerequestScripts)
        return stats
    }
}

/// Gives every request item one id across shards: the id it had in the first shard that ran
/// it, found by folder path, name and JSON.
private final class ItemIdentities {
    private var ids: [String: String] = [:]

    func item(_ item: ExecutedItem) -> ExecutedItem {
        let key = (item.folderPath + [item.name, JSONWriter.string(item.json)]).joined(separator: "\u{0}")
        var item = item
        if let id = ids[key] {
            item.id = id
        } else {
            ids[key] = item.id
        }
        return item
    }
}

import CourierRunner

/// `--parallel`, `--shard` and `--shard-by`, checked: the usage errors a user sees for bad values.
struct ParallelSettings: Equatable {
    /// The most workers `--parallel` accepts.
    static let maximumWorkers = 64

    var workers: Int
    var shard: Shard?

    /// The settings of `options`, or the usage error for a bad value.
    init(_ options: RunCommandOptions) throws(UsageError) {
        workers = options.parallel ?? 1
        guard (1...Self.maximumWorkers).contains(workers) else {
            throw UsageError(
                message:
                    "option '--parallel' expects a number of workers from 1 to \(Self.maximumWorkers), got '\(workers)'",
                command: .run)
        }
        var mode = Shard.Mode.iteration
        if let text = options.shardBy {
            guard let chosen = Shard.Mode(rawValue: text) else {
                throw UsageError(
                    message: "option '--shard-by' expects iteration or folder, got '\(text)'", command: .run)
            }
            guard options.shard != nil else {
                throw UsageError(message: "option '--shard-by' needs '--shard K/N'", command: .run)
            }
            mode = chosen
        }
        shard = try options.shard.map { text throws(UsageError) in try Self.shard(text, mode: mode) }
    }

    /// Parses `K/N` (1 ≤ K ≤ N).
    static func shard(_ text: String, mode: Shard.Mode) throws(UsageError) -> Shard {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let index = Int(parts[0]), let count = Int(parts[1])
        else {
            throw UsageError(message: "option '--shard' expects K/N, e.g. 2/4, got '\(text)'", command: .run)
        }
        guard count >= 1 else {
            throw UsageError(
                message: "option '--shard' needs at least one shard (N ≥ 1), got '\(text)'", command: .run)
        }
        guard (1...count).contains(index) else {
            throw UsageError(
                message: "option '--shard' expects K from 1 to \(count), got '\(text)'", command: .run)
        }
        return Shard(index: index, count: count, mode: mode)
    }
}

/// `--shard K/N`: one of N deterministic parts of a run, so that N CI jobs can share it.
public struct Shard: Sendable, Equatable {
    /// What is split between the shards.
    public enum Mode: String, Sendable, CaseIterable {
        /// Iterations: shard K runs the iterations i (0-based) with i % N == K - 1, keeping their
        /// iteration numbers and data rows.
        case iteration
        /// Top-level items of the collection (folders and requests), round-robin in collection order:
        /// item j (0-based) belongs to shard K when j % N == K - 1.
        case folder
    }

    /// K, 1-based.
    public var index: Int
    /// N.
    public var count: Int
    public var mode: Mode

    /// A shard; `index` must be in 1...`count`.
    public init(index: Int, count: Int, mode: Mode = .iteration) {
        self.index = index
        self.count = count
        self.mode = mode
    }

    /// Whether the 0-based position (an iteration or a top-level item) belongs to this shard.
    public func contains(_ position: Int) -> Bool {
        position % count == index - 1
    }
}

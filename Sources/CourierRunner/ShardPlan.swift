import CourierModel

/// What a shard runs: which planned items (`--shard-by folder`) and which iterations
/// (`--shard-by iteration`); also the planned number of requests, for progress lines.
public enum ShardPlan {
    /// The number of requests a run plans to send: items per iteration × iterations of this shard.
    /// `setNextRequest` can change the real number, so this is an estimate.
    public static func plannedRequestCount(for options: RunOptions) throws(FolderNotFound) -> Int {
        let plan = items(
            try RunPlan.items(of: options.collection, folders: options.folders), options: options)
        return plan.count * iterations(for: options).count
    }

    /// The iterations this run makes, in order (0-based): every one, or those of the iteration shard.
    public static func iterations(for options: RunOptions) -> [Int] {
        let count = iterationCount(of: options)
        guard let shard = options.shard, shard.mode == .iteration else { return Array(0..<count) }
        return (0..<count).filter(shard.contains)
    }

    /// `-n`, else one iteration per data row, else 1 (as `Runner`).
    static func iterationCount(of options: RunOptions) -> Int {
        if let count = options.iterationCount { return max(count, 1) }
        if let rows = options.iterationData, !rows.isEmpty { return rows.count }
        return 1
    }

    /// The items of the folder shard: those under the shard's top-level items; all for other runs.
    static func items(_ plan: [PlannedItem], options: RunOptions) -> [PlannedItem] {
        guard let shard = options.shard, shard.mode == .folder else { return plan }
        var positions: [String: Int] = [:]
        for (position, item) in options.collection.items.enumerated() where positions[item.id] == nil {
            positions[item.id] = position
        }
        return plan.filter { planned in
            let topLevelID = planned.folders.first?.id ?? planned.item.id
            return positions[topLevelID].map(shard.contains) ?? false
        }
    }

    /// Hands out the iterations of a sequential run in order, skipping those of other shards.
    static func iterationSource(count: Int, shard: Shard?) -> () -> Int? {
        guard let shard, shard.mode == .iteration else {
            var upcoming = (0..<count).makeIterator()
            return { upcoming.next() }
        }
        var upcoming = (0..<count).lazy.filter(shard.contains).makeIterator()
        return { upcoming.next() }
    }
}

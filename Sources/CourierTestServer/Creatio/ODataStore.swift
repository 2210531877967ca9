import Foundation

/// One entity's column values by name.
typealias ODataRow = [String: ODataValue]

/// One entity set's rows: insertion order plus lookup by id.
struct ODataTable: Sendable {
    var order: [String] = []
    var byID: [String: ODataRow] = [:]

    /// The rows in insertion order.
    var rows: [ODataRow] { order.compactMap { byID[$0] } }
}

/// A consistent copy of every table, taken under the store's lock, for reading without it.
struct ODataSnapshot: Sendable {
    var tables: [String: ODataTable]

    /// The row of `set` with id `id`, if any.
    func row(_ set: String, _ id: String) -> ODataRow? { tables[set]?.byID[id] }
}

/// The mutable, lock-protected entity data of one server instance, seeded from `CreatioSeedData`.
final class ODataStore: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [String: ODataTable] = [:]

    init() {
        for (name, rows) in CreatioSeedData.rows() {
            guard let set = ODataSchema.set(named: name) else { continue }
            var table = ODataTable()
            for row in rows {
                let created = row["CreatedOn"] ?? .date(0)
                let full = ODataStore.completed(
                    row, set: set,
                    defaults: [
                        "CreatedOn": created, "ModifiedOn": created,
                        "CreatedById": .guid(CreatioSeedData.supervisorContactID),
                        "ModifiedById": .guid(CreatioSeedData.supervisorContactID),
                    ])
                guard case .guid(let id)? = full["Id"] else { continue }
                table.order.append(id)
                table.byID[id] = full
            }
            tables[name] = table
        }
    }

    /// `row` with every column of `set` present: given values, then `defaults`, then the type's empty value.
    static func completed(_ row: ODataRow, set: ODataEntitySet, defaults: ODataRow) -> ODataRow {
        var full: ODataRow = [:]
        for column in set.columns {
            full[column.name] = row[column.name] ?? defaults[column.name] ?? column.type.emptyValue
        }
        return full
    }

    /// A copy of all tables.
    func snapshot() -> ODataSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return ODataSnapshot(tables: tables)
    }

    /// Adds a complete row; false when its id is already taken.
    func insert(_ row: ODataRow, into set: String) -> Bool {
        guard case .guid(let id)? = row["Id"] else { return false }
        lock.lock()
        defer { lock.unlock() }
        guard tables[set, default: ODataTable()].byID[id] == nil else { return false }
        tables[set, default: ODataTable()].order.append(id)
        tables[set, default: ODataTable()].byID[id] = row
        return true
    }

    /// Merges `changes` into row `id` of `set`; false when there is no such row.
    func update(_ set: String, id: String, changes: ODataRow) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard var row = tables[set]?.byID[id] else { return false }
        for (name, value) in changes { row[name] = value }
        tables[set]?.byID[id] = row
        return true
    }

    /// Removes row `id` of `set`; false when there is no such row.
    func delete(_ set: String, id: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard tables[set]?.byID.removeValue(forKey: id) != nil else { return false }
        tables[set]?.order.removeAll { $0 == id }
        return true
    }
}

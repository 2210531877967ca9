import CourierModel

/// Finds the folders around a request item in the collection a JSON report carries, since
/// the report's executions hold the item's JSON but not its folder path. Answers are kept per
/// item id, so a long run looks each item up once.
final class JSONReportFolders {
    /// One request item of the collection, in collection order.
    private struct Leaf {
        var folderPath: [String]
        var json: JSONValue
    }

    private let leaves: [Leaf]
    private var found: [String: [String]] = [:]

    init(collection: JSONValue) {
        var leaves: [Leaf] = []
        func walk(_ items: [JSONValue], path: [String]) {
            for item in items {
                if let children = item["item"]?.arrayValue {
                    walk(children, path: path + [item["name"]?.stringValue ?? ""])
                } else {
                    leaves.append(Leaf(folderPath: path, json: item))
                }
            }
        }
        walk(collection["item"]?.arrayValue ?? [], path: [])
        self.leaves = leaves
    }

    /// The folder names (outermost first) around the item whose JSON is `json`, or whose `id`
    /// is `id`; among equal items, the one at `position` in the collection wins. Empty when the
    /// item is not found (or sits at the top level).
    func path(of json: JSONValue, id: String, position: Int) -> [String] {
        if let known = found[id] { return known }
        let path = search(json, id: id, position: position)
        if !id.isEmpty { found[id] = path }
        return path
    }

    private func search(_ json: JSONValue, id: String, position: Int) -> [String] {
        if leaves.indices.contains(position), leaves[position].json == json {
            return leaves[position].folderPath
        }
        if let leaf = leaves.first(where: { $0.json == json }) { return leaf.folderPath }
        if !id.isEmpty, let leaf = leaves.first(where: { $0.json["id"]?.stringValue == id }) {
            return leaf.folderPath
        }
        return []
    }
}

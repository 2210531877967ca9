import CourierModel

/// A request item with the folders around it (outermost first): one step of an iteration.
struct PlannedItem {
    let item: RequestItem
    let folders: [Folder]

    var executedItem: ExecutedItem {
        ExecutedItem(id: item.id, name: item.name, folderPath: folders.map(\.name), json: item.json)
    }
}

/// The items of one iteration, depth-first in document order, limited by `--folder`.
enum RunPlan {
    static func items(of collection: Collection, folders selection: [String]) throws(FolderNotFound) -> [PlannedItem] {
        guard !selection.isEmpty else { return flatten(collection.items, parents: []) }
        var planned: [PlannedItem] = []
        for name in selection {
            guard let found = find(name, in: collection.items, parents: []) else { throw FolderNotFound(name: name) }
            planned += found
        }
        return planned
    }

    private static func flatten(_ items: [Item], parents: [Folder]) -> [PlannedItem] {
        items.flatMap { item -> [PlannedItem] in
            switch item {
            case .request(let request): return [PlannedItem(item: request, folders: parents)]
            case .folder(let folder): return flatten(folder.items, parents: parents + [folder])
            }
        }
    }

    private static func find(_ name: String, in items: [Item], parents: [Folder]) -> [PlannedItem]? {
        for item in items {
            switch item {
            case .folder(let folder):
                if folder.name == name || folder.id == name { return flatten(folder.items, parents: parents + [folder]) }
                if let found = find(name, in: folder.items, parents: parents + [folder]) { return found }
            case .request(let request):
                if request.name == name || request.id == name { return [PlannedItem(item: request, folders: parents)] }
            }
        }
        return nil
    }
}

import CourierModel
import CourierScripting

/// The scripts of one item, in newman's order (collection, folders outermost first, the item),
/// and what they asked for along the way.
struct ItemScripts {
    /// `prerequest` or `test`.
    enum Kind: String {
        case prerequest
        case test

        /// "prerequest-script" / "test-script", as reports name them.
        var reportName: String { rawValue + "-script" }
    }

    let prerequest: [String]
    let test: [String]
    /// The last `setNextRequest` of any script of this item wins.
    var nextRequest: NextRequest = .unchanged
    /// `pm.execution.skipRequest()` in a pre-request script.
    var skipRequest = false

    init(planned: PlannedItem, collection: Collection) {
        let events = collection.events + planned.folders.flatMap(\.events) + planned.item.events
        func sources(_ listen: String) -> [String] {
            events.filter { $0.listen == listen && !$0.disabled && !$0.script.allSatisfy(\.isWhitespace) }.map(\.script)
        }
        prerequest = sources("prerequest")
        test = sources("test")
    }

    /// Whether `planned` has a pre-request script at any level, without collecting the scripts.
    static func hasPrerequest(_ planned: PlannedItem, collection: Collection) -> Bool {
        func runs(_ event: Event) -> Bool {
            event.listen == "prerequest" && !event.disabled && !event.script.allSatisfy(\.isWhitespace)
        }
        return collection.events.contains(where: runs) || planned.folders.contains { $0.events.contains(where: runs) }
            || planned.item.events.contains(where: runs)
    }

    var hasPrerequest: Bool { !prerequest.isEmpty }
    var hasTest: Bool { !test.isEmpty }

    func sources(for kind: Kind) -> [String] { kind == .prerequest ? prerequest : test }
}

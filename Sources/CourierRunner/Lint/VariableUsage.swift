import CourierModel
import CourierVariables

/// The `{{name}}` references of a request as written in the collection, by part of the request
/// (`url`, `header`, `body`, `auth`), for `courier validate`.
enum VariableUsage {
    /// Each referenced name once, with the part where it first appears, in document order.
    /// Descriptions, disabled entries, inactive body modes and inactive auth types are left out.
    static func references(inRequest json: JSONValue) -> [(name: String, part: String)] {
        var found: [(name: String, part: String)] = []
        var seen: Set<String> = []
        func add(_ text: String, part: String) {
            for reference in VariableReference.all(in: text) where seen.insert(reference.name).inserted {
                found.append((reference.name, part))
            }
        }
        guard let request = json.objectValue else {
            if let url = json.stringValue { add(url, part: "url") }
            return found
        }
        for member in request where member.key != "description" {
            let value: JSONValue?
            switch member.key {
            case "body":
                guard member.value["disabled"]?.boolValue != true,
                    let mode = member.value["mode"]?.stringValue
                else { continue }
                value = member.value[mode]
            case "auth":
                value = references(inAuth: member.value)
            default:
                value = member.value
            }
            strings(in: value) { add($0, part: member.key) }
        }
        return found
    }

    /// The parameters of an auth block's active type (`auth[auth.type]`).
    static func references(inAuth json: JSONValue) -> JSONValue? {
        guard let type = json["type"]?.stringValue else { return nil }
        return json[type]
    }

    /// Every string inside `value`, skipping `description` members and `disabled: true` entries.
    static func strings(in value: JSONValue?, _ body: (String) -> Void) {
        switch value {
        case .string(let text)?:
            body(text)
        case .array(let elements)?:
            for element in elements { strings(in: element, body) }
        case .object(let object)?:
            guard object["disabled"]?.boolValue != true else { return }
            for member in object where member.key != "description" { strings(in: member.value, body) }
        default:
            break
        }
    }
}

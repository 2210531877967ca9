/// One Postman variable (`{key, value, type, disabled, ...}`) as found in collections,
/// environments and globals. Fields Courier does not use are kept in `extra` for round trips.
public struct Variable: Sendable, Equatable {
    /// The name (`key`, or `id` in old files).
    public var key: String
    /// The value as written; `nil` when absent (it then resolves to "").
    public var value: JSONValue?
    /// The declared type (`string`, `secret`, `number`, `boolean`, `any`, ...), if any.
    public var type: String?
    /// `disabled: true` removes the variable from resolution (only `disabled`, never `enabled`,
    /// counts: a newman parity quirk).
    public var disabled: Bool
    /// Every other member of the variable object, in order (`enabled`, `description`, ...).
    public var extra: JSONObject

    /// Makes a variable.
    public init(key: String, value: JSONValue?, type: String? = nil, disabled: Bool = false, extra: JSONObject = JSONObject()) {
        self.key = key
        self.value = value
        self.type = type
        self.disabled = disabled
        self.extra = extra
    }

    /// True when the variable's value must never be printed (`type: "secret"`).
    public var isSecret: Bool { type == "secret" }

    /// The variable written back as a JSON object, known fields first in Postman's order.
    public var jsonValue: JSONValue {
        var object = JSONObject()
        object["key"] = .string(key)
        object["value"] = value ?? .string("")
        if let type { object["type"] = .string(type) }
        if disabled { object["disabled"] = .bool(true) }
        for member in extra where object[member.key] == nil {
            object[member.key] = member.value
        }
        return .object(object)
    }
}

import CourierModel

/// One variable scope (globals, collection, environment, iteration data or local) with newman's
/// rules: the last enabled entry of a key wins, disabled entries never resolve, and every entry
/// (duplicates and disabled ones too) is kept in order for export.
public struct VariableScope: Sendable, Equatable {
    /// The scope's name (the environment's name, "globals", ...), if any.
    public var name: String?
    /// Every entry in file order, duplicates and disabled entries included.
    public var variables: [Variable]

    /// Makes a scope from its entries.
    public init(name: String? = nil, variables: [Variable] = []) {
        self.name = name
        self.variables = variables
    }

    /// The entry that resolves for `key`: the last enabled one, or `nil`.
    public func lookup(_ key: String) -> Variable? {
        variables.last { $0.key == key && !$0.disabled }
    }

    /// True when an enabled entry named `key` exists (`pm.environment.has`).
    public func has(_ key: String) -> Bool {
        lookup(key) != nil
    }

    /// The typed value of `key` as `pm.environment.get` returns it; `nil` when the key is absent,
    /// disabled, or present without a value (JavaScript's `undefined`).
    public func value(_ key: String) -> JSONValue? {
        lookup(key)?.typedValue
    }

    /// Sets `key` as `pm.environment.set(key, value, type)` does.
    ///
    /// The last enabled entry is updated in place (its position, `extra` and, unless a known
    /// `type` is given, its type are kept); without one, a new entry is appended. The value is
    /// stored cast to the entry's type, as newman stores it. `nil` stores `undefined`.
    public mutating func set(_ key: String, _ value: JSONValue?, type: String? = nil) {
        let newCast = VariableCastType(declared: type)
        if let index = variables.lastIndex(where: { $0.key == key && !$0.disabled }) {
            if newCast != nil { variables[index].type = type?.lowercased() }
            let cast = VariableCastType(declared: variables[index].type) ?? .any
            variables[index].value = cast.castIn(value)
        } else {
            let cast = newCast ?? .any
            variables.append(Variable(key: key, value: cast.castIn(value), type: newCast.map(\.rawValue)))
        }
    }

    /// Removes every enabled entry named `key`; disabled entries stay (`pm.environment.unset`).
    public mutating func unset(_ key: String) {
        variables.removeAll { $0.key == key && !$0.disabled }
    }

    /// Removes every entry (`pm.environment.clear`).
    public mutating func clear() {
        variables.removeAll()
    }

    /// The scope as a plain object, as newman's `toObject()`: entries in order, a later entry
    /// overwriting an earlier one with the same key (keeping the first one's position), each as
    /// its typed value. newman includes disabled entries here unless asked not to; entries whose
    /// value is `undefined` are left out, as JSON cannot hold them.
    public func toObject(excludingDisabled: Bool = false) -> JSONObject {
        var object = JSONObject()
        for variable in variables where !(excludingDisabled && variable.disabled) {
            if let value = variable.typedValue {
                object[variable.key] = value
            } else {
                object[variable.key] = nil
            }
        }
        return object
    }

    /// The substitution texts of `type: "secret"` entries that are not empty, for masking output.
    public var secretValues: [String] {
        variables.filter(\.isSecret).map(\.substitutionText).filter { !$0.isEmpty }
    }
}

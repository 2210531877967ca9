import CourierModel

/// The five scopes a run resolves against, in newman's precedence: local > iteration data >
/// environment > collection > globals.
public struct VariableScopes: Sendable, Equatable {
    /// `pm.globals`, `-g`, `--global-var`: lowest precedence.
    public var globals: VariableScope
    /// The collection's `variable` array and `pm.collectionVariables`.
    public var collection: VariableScope
    /// `pm.environment`, `-e`, `--env-var`.
    public var environment: VariableScope
    /// The current data-file row (`pm.iterationData`).
    public var data: VariableScope
    /// `pm.variables.set`: highest precedence (lives for the rest of the run in newman).
    public var local: VariableScope

    /// Makes the stack; every scope defaults to empty.
    public init(
        globals: VariableScope = VariableScope(), collection: VariableScope = VariableScope(),
        environment: VariableScope = VariableScope(), data: VariableScope = VariableScope(),
        local: VariableScope = VariableScope()
    ) {
        self.globals = globals
        self.collection = collection
        self.environment = environment
        self.data = data
        self.local = local
    }

    /// The scopes, highest precedence first.
    public var ordered: [VariableScope] { [local, data, environment, collection, globals] }

    /// The entry that resolves for `key`: the last enabled one in the highest scope that has one.
    public func lookup(_ key: String) -> Variable? {
        for scope in ordered {
            if let variable = scope.lookup(key) { return variable }
        }
        return nil
    }

    /// True when any scope has an enabled entry named `key` (`pm.variables.has`).
    public func has(_ key: String) -> Bool {
        lookup(key) != nil
    }

    /// The typed value `pm.variables.get(key)` returns; `nil` for `undefined`. Dynamic variables
    /// (`$guid`, ...) are not found here, as in newman.
    public func value(_ key: String) -> JSONValue? {
        lookup(key)?.typedValue
    }

    /// All scopes merged into one object, a higher scope overwriting a lower one
    /// (`pm.variables.toObject()`).
    public func toObject(excludingDisabled: Bool = false) -> JSONObject {
        var merged = JSONObject()
        for scope in ordered.reversed() {
            for member in scope.toObject(excludingDisabled: excludingDisabled) {
                merged[member.key] = member.value
            }
        }
        return merged
    }

    /// The substitution texts of every `secret` variable in every scope, for masking output.
    public var secretValues: [String] {
        var seen = Set<String>()
        return ordered.flatMap(\.secretValues).filter { seen.insert($0).inserted }
    }
}

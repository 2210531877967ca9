/// One `--env-var` or `--global-var` override, `key=value`, split at the first `=`.
public struct VariableOverride: Equatable, Sendable {
    /// The variable name (never empty).
    public var key: String
    /// The value; it may be empty and may itself contain `=`.
    public var value: String

    /// Creates an override.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

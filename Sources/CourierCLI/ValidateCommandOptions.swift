/// What `courier validate` was asked to check: a collection and the inputs that define variables.
public struct ValidateCommandOptions: Equatable, Sendable {
    /// The collection: a file path or a URL.
    public var collection: InputSource
    /// `-e, --environment`.
    public var environment: InputSource?
    /// `-g, --globals`.
    public var globals: InputSource?
    /// `-d, --iteration-data`: its columns count as defined variables.
    public var iterationData: InputSource?
    /// `--env-var k=v`, repeatable.
    public var environmentVariables: [VariableOverride] = []
    /// `--global-var k=v`, repeatable.
    public var globalVariables: [VariableOverride] = []

    /// Options for validating `collection` alone.
    public init(collection: InputSource) {
        self.collection = collection
    }

    /// The same inputs as `courier run` options, so both commands load them alike.
    var runOptions: RunCommandOptions {
        var options = RunCommandOptions(collection: collection)
        options.environment = environment
        options.globals = globals
        options.iterationData = iterationData
        options.environmentVariables = environmentVariables
        options.globalVariables = globalVariables
        return options
    }
}

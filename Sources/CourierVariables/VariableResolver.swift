import CourierModel

/// Replaces `{{name}}` references in text exactly as newman does.
///
/// A snapshot of the scopes is taken when the resolver is made; make a new one after scripts
/// change variables. Passes repeat while something changed, at most 19 times, so values holding
/// `{{other}}` and composed names (`{{url_{{env}}}}`, inside out) resolve, and a variable that
/// refers to itself stops. Unknown names stay as written. Dynamic variables (`{{$guid}}`) come
/// last in precedence and give a fresh value for every occurrence.
public struct VariableResolver: Sendable {
    /// newman's limit on substitution passes.
    public static let maxPasses = 19

    /// After the first pass, at most this many bytes are inserted while resolving one text, each
    /// insertion counting as at least `minInsertionCost`; beyond it references stay as written,
    /// so values that refer to themselves several times (`{{a}}{{a}}`) cannot grow the text
    /// exponentially over the passes. The first pass inserts every value, however large.
    public static let maxNestedInsertedBytes = 16 << 20
    /// What one insertion costs at least against `maxNestedInsertedBytes` (so at most 65,536 nested insertions).
    public static let minInsertionCost = 256

    /// This resolver's nested insertion limit in bytes (default `maxNestedInsertedBytes`; tests and
    /// fuzzing lower it to reach the limit quickly).
    public var nestedInsertionLimit = VariableResolver.maxNestedInsertedBytes

    /// The winning entry of every enabled name; its text is worked out only when referenced.
    private let table: [String: Variable]
    private let dynamic: DynamicVariables?

    /// A resolver over `scopes` (highest precedence first) and, unless `nil`, dynamic variables.
    public init(scopes: [VariableScope], dynamic: DynamicVariables? = DynamicVariables()) {
        var table: [String: Variable] = [:]
        for scope in scopes.reversed() {
            for variable in scope.variables where !variable.disabled {
                table[variable.key] = variable
            }
        }
        self.table = table
        self.dynamic = dynamic
    }

    /// A resolver over a run's scope stack and, unless `nil`, dynamic variables.
    public init(scopes: VariableScopes, dynamic: DynamicVariables? = DynamicVariables()) {
        self.init(scopes: scopes.ordered, dynamic: dynamic)
    }

    /// The text with every resolvable reference replaced. Text without `{{` is returned as is.
    public func resolve(_ template: String) -> String {
        resolveReportingUnknown(template).text
    }

    /// The resolved text together with the names still referenced in it that no scope and no
    /// dynamic variable defines (in order, each once), for verbose diagnostics.
    public func resolveReportingUnknown(_ template: String) -> (text: String, unknown: [String]) {
        let (text, foundAny) = substitutePasses(template, lookup: value(for:))
        guard foundAny else { return (text, []) }
        return (text, unknownNames(in: text))
    }

    /// Every name that resolving `template` looks up in the scopes, found or not (composed names
    /// included), or nil when that cannot be told without making dynamic values (a composed name
    /// around `{{$randomInt}}`). A text whose consulted names no script changes resolves the same.
    public func namesConsulted(by template: String) -> Set<String>? {
        var names = Set<String>()
        let (text, _) = substitutePasses(template) { name in
            names.insert(name)
            return table[name]?.substitutionText
        }
        // Dynamic variables stay as written here; only a reference that still holds another
        // one (`{{url_{{$randomInt}}}}`) would have looked up a name not seen.
        return TemplateScanner.hasNestedReference(text) ? nil : names
    }

    /// Substitution passes with `lookup` (nil keeps a reference as written), within the
    /// insertion budget; returns the text and whether it had any reference.
    private func substitutePasses(
        _ template: String, lookup: (String) -> String?
    ) -> (text: String, foundAny: Bool) {
        var text = template
        var foundAny = false
        var budget = Int.max
        for _ in 0..<Self.maxPasses {
            let substituted = TemplateScanner.substitute(text) { name in
                guard let value = lookup(name) else { return nil }
                let cost = max(value.utf8.count, Self.minInsertionCost)
                guard budget >= cost else { return nil }
                budget -= cost
                return value
            }
            guard let pass = substituted else { break }
            budget = min(budget, nestedInsertionLimit)
            foundAny = true
            text = pass.text
            if !pass.changed { break }
        }
        return (text, foundAny)
    }

    /// The names that would stay unresolved in `template` (in order, each once).
    public func unresolvedNames(in template: String) -> [String] {
        resolveReportingUnknown(template).unknown
    }

    /// True when a scope or a dynamic variable defines `name`.
    public func isDefined(_ name: String) -> Bool {
        table[name] != nil || (dynamic != nil && DynamicVariables.isDynamicName(name))
    }

    private func value(for name: String) -> String? {
        if let variable = table[name] { return variable.substitutionText }
        if let dynamic, name.utf8.first == UInt8(ascii: "$") { return dynamic.value(for: name) }
        return nil
    }

    private func unknownNames(in text: String) -> [String] {
        var seen = Set<String>()
        return TemplateScanner.names(in: text).filter { !isDefined($0) && seen.insert($0).inserted }
    }
}

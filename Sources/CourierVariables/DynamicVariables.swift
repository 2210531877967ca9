import Foundation

/// The `{{$guid}}`-style dynamic variables of newman 6.2.1: the core four (`$guid`, `$timestamp`,
/// `$isoTimestamp`, `$randomInt`) and 114 faker-shaped `$random...` values (English).
///
/// Every call makes a new value. The clock and the random seed can be injected, so tests are
/// reproducible; copies share one random sequence.
public struct DynamicVariables: Sendable {
    private static let generators: [String: DynamicGenerator] = Dictionary(
        DynamicGeneratorTable.entries.map { ($0.name, $0.make) }, uniquingKeysWith: { first, _ in first })

    /// All 118 names, `$` included, in newman's order.
    public static let allNames: [String] = DynamicGeneratorTable.entries.map(\.name)

    private let clock: @Sendable () -> Date
    private let shared: SharedGenerator

    /// Dynamic variables reading `clock` for the time and, with a `seed`, a reproducible random
    /// sequence (otherwise a random seed).
    public init(clock: @escaping @Sendable () -> Date = { Date() }, seed: UInt64? = nil) {
        self.clock = clock
        var system = SystemRandomNumberGenerator()
        shared = SharedGenerator(seed: seed ?? system.next())
    }

    /// True when `name` (with its `$`) is a dynamic variable.
    public static func isDynamicName(_ name: String) -> Bool { generators[name] != nil }

    /// A fresh value for `name` (with its `$`), or `nil` when it is not a dynamic variable.
    public func value(for name: String) -> String? {
        guard let generator = Self.generators[name] else { return nil }
        let now = clock()
        return shared.withGenerator { rng in
            var faker = Faker(rng: rng, now: now)
            let value = generator(&faker)
            rng = faker.rng
            return value
        }
    }
}

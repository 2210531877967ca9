/// A modifier of `--bail`, as in `--bail folder,failure`.
public enum BailModifier: String, CaseIterable, Equatable, Hashable, Sendable {
    /// Abort the whole run on an invalid `--folder` name or any script or request error.
    case folder
    /// Stop the run cleanly after the item in which a test failed or an error happened.
    case failure
}

/// `--bail` as given: with no modifiers (plain `--bail`) or with some of them.
public struct BailSetting: Equatable, Sendable {
    /// The modifiers given; empty for a plain `--bail`.
    public var modifiers: Set<BailModifier>

    /// Creates a bail setting.
    public init(modifiers: Set<BailModifier> = []) {
        self.modifiers = modifiers
    }
}

extension BailSetting {
    /// Whether the run stops cleanly after an item with any failure: plain `--bail` or `failure`.
    public var stopsOnFailure: Bool { modifiers.isEmpty || modifiers.contains(.failure) }

    /// Whether a script or request error stops the run: the `folder` modifier (an unknown
    /// `--folder` name always stops Courier before the first request).
    public var abortsOnError: Bool { modifiers.contains(.folder) }
}

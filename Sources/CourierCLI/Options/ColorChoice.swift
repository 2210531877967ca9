/// The `--color` setting: always, never, or only when stdout is a terminal.
public enum ColorChoice: String, CaseIterable, Equatable, Sendable {
    /// Colour whatever stdout is (`--color on`).
    case on
    /// Never colour (`--color off`, `--no-color`).
    case off
    /// Colour when stdout is a terminal, `NO_COLOR` is unset and `TERM` is not `dumb` (the default).
    case auto
}

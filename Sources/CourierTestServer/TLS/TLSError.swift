/// Why https could not be set up: a libcrypto call that failed, a missing `socat`, or a tunnel that never
/// started accepting.
public struct TLSError: Error, CustomStringConvertible {
    /// What went wrong, in words.
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

import CourierHTTP
import Foundation

/// How a run is asked to stop from outside (Ctrl-C, SIGTERM): first after the current request,
/// then, when asked again, by aborting the request in progress. Safe to use from any thread.
///
/// Give the same object to `RunOptions.interruption`; the runner checks it between items and
/// its HTTP client watches it during transfers.
public final class RunInterruption: @unchecked Sendable {
    private let lock = NSLock()
    private var stopReason: String?
    private var code: Int32 = 0
    /// Flipped by `abortCurrentRequest()`; the runner's HTTP client watches it.
    let transfers = TransferCancellation()

    /// Makes an interruption that has not been requested.
    public init() {}

    /// Asks the run to stop once the current request is done. `reason` names the cause in the
    /// summary (e.g. `SIGINT`); `exitCode` is what the process should end with. The first
    /// request wins; returns false when a stop was already requested.
    @discardableResult
    public func requestStop(reason: String, exitCode: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard stopReason == nil else { return false }
        stopReason = reason
        code = exitCode
        return true
    }

    /// Aborts the request in progress (and fails any later one at once); also requests a stop.
    public func abortCurrentRequest(reason: String, exitCode: Int32) {
        requestStop(reason: reason, exitCode: exitCode)
        transfers.cancel()
    }

    /// True once a stop was requested.
    public var isStopRequested: Bool { reason != nil }

    /// The cause given to the first `requestStop`, e.g. `SIGINT`.
    public var reason: String? {
        lock.lock()
        defer { lock.unlock() }
        return stopReason
    }

    /// The exit code given to the first `requestStop` (0 when none was requested).
    public var exitCode: Int32 {
        lock.lock()
        defer { lock.unlock() }
        return code
    }
}

import CCurl
import CCurlShim
import Foundation

/// A switch another thread flips to abort the transfer in progress (and any later one) of the
/// clients that were given it, e.g. on a second Ctrl-C. Cheap to read from curl's callbacks.
public final class TransferCancellation: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var cancelled = false

    /// Makes a switch that is off.
    public init() {}

    /// Aborts the current transfer; every later transfer fails at once with `.interrupted`.
    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// True once `cancel()` was called.
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    /// Two switches are equal when they are the same object.
    public static func == (left: TransferCancellation, right: TransferCancellation) -> Bool { left === right }

    /// curl's `CURLOPT_XFERINFOFUNCTION` signature.
    typealias ProgressCallback =
        @convention(c) (UnsafeMutableRawPointer?, curl_off_t, curl_off_t, curl_off_t, curl_off_t) -> Int32

    /// Called by curl during every transfer (at least once a second, and on every read); a
    /// non-zero result aborts the transfer with `CURLE_ABORTED_BY_CALLBACK`.
    static let progress: ProgressCallback = { userData, _, _, _, _ in
        guard let userData else { return 0 }
        return Unmanaged<TransferCancellation>.fromOpaque(userData).takeUnretainedValue().isCancelled ? 1 : 0
    }

    /// Installs the progress callback that watches this switch on a curl handle. The handle must
    /// not outlive `self` (the client keeps its options, and so the switch, alive).
    func watch(_ handle: UnsafeMutableRawPointer) {
        courier_setopt_pointer(
            handle, CURLOPT_XFERINFOFUNCTION, unsafeBitCast(Self.progress, to: UnsafeRawPointer.self))
        courier_setopt_pointer(handle, CURLOPT_XFERINFODATA, Unmanaged.passUnretained(self).toOpaque())
        courier_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
    }
}

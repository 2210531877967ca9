import CourierRunner
import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a graceful stop of a run.
///
/// The first signal lets the current request finish, then the run stops, every requested
/// report is written and the process exits with 128 + the signal (130 or 143). A second signal
/// aborts the request in progress (the reports are still written). A third one exits at once.
///
/// The signals are received through dispatch sources, so no code runs in signal context. On
/// Linux, libdispatch reads them from a signalfd, which only sees signals blocked in every thread:
/// `init` blocks them in the calling thread, and threads started later (the run's) inherit that.
/// Call it on the thread that runs the collection, before the run starts.
final class InterruptHandling {
    /// The signals handled, with their names.
    static let signals: [(number: Int32, name: String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")]

    private let sources: [DispatchSourceSignal]
    /// The calling thread's signal mask before `init` (restored by `uninstall`).
    private var previousMask = sigset_t()

    /// Starts watching the signals on behalf of `interruption`; `notice` receives a line of text
    /// for stderr each time a signal arrives.
    init(_ interruption: RunInterruption, notice: @escaping @Sendable (String) -> Void) {
        let queue = DispatchQueue(label: "courier.signals")
        let counter = SignalCounter()
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signal in Self.signals { sigaddset(&blocked, signal.number) }
        #if os(Linux)
            pthread_sigmask(SIG_BLOCK, &blocked, &previousMask)
        #else
            pthread_sigmask(SIG_SETMASK, nil, &previousMask)
            for signal in Self.signals { _ = Foundation.signal(signal.number, SIG_IGN) }
        #endif
        sources = Self.signals.map { signal in
            let source = DispatchSource.makeSignalSource(signal: signal.number, queue: queue)
            source.setEventHandler {
                let exitCode = 128 + signal.number
                switch counter.next() {
                case 1:
                    interruption.requestStop(reason: signal.name, exitCode: exitCode)
                    notice("\(signal.name) received: stopping after the current request (again: abort it)")
                case 2:
                    interruption.abortCurrentRequest(reason: signal.name, exitCode: exitCode)
                    notice(
                        "\(signal.name) received again: aborting the current request (again: exit at once)")
                default:
                    notice("\(signal.name) received a third time: exiting without reports")
                    _exit(interruption.exitCode == 0 ? exitCode : interruption.exitCode)
                }
            }
            source.resume()
            return source
        }
    }

    /// Stops watching; the signals get their default behaviour back.
    func uninstall() {
        for source in sources { source.cancel() }
        #if os(Linux)
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        #else
            for signal in Self.signals { _ = Foundation.signal(signal.number, SIG_DFL) }
        #endif
    }
}

/// Counts signals received; only touched on the handling queue.
private final class SignalCounter: @unchecked Sendable {
    private var count = 0

    /// The number of this signal, 1 for the first.
    func next() -> Int {
        count += 1
        return count
    }
}

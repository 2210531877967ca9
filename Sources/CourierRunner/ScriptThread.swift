import Foundation

/// The thread the run's JavaScript engine works on when a test script overlaps the next request
/// (see `ScriptOverlap`), and where the engine starts up while the first request is on the wire.
///
/// Jobs run one at a time, in the order given. The runner touches the engine itself only after
/// `waitUntilIdle()`, so the engine is never used from two threads at once. The thread has an
/// 8 MiB stack, like the main thread, so deep recursion in a script fails at the same depth.
final class ScriptThread: @unchecked Sendable {
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var busy = false
    private var started = false
    private var stopping = false

    /// Queues `job`; the thread starts on the first one.
    func submit(_ job: @escaping () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        if !started {
            started = true
            let thread = Thread { [self] in work() }
            thread.stackSize = 8 << 20
            thread.start()
        }
        jobs.append(job)
        condition.broadcast()
    }

    /// Blocks until every queued job has finished (at once when none was ever queued).
    func waitUntilIdle() {
        condition.lock()
        defer { condition.unlock() }
        while busy || !jobs.isEmpty { condition.wait() }
    }

    /// Lets the thread end once its queue is empty.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopping = true
        condition.broadcast()
    }

    private func work() {
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if jobs.isEmpty {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            busy = true
            condition.unlock()
            job()
            condition.lock()
            busy = false
            condition.broadcast()
            condition.unlock()
        }
    }
}

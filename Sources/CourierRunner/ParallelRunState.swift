import CourierHTTP
import Foundation

/// What the workers of a parallel run share with the thread that delivers events: the queue of
/// iterations still to hand out, finished iterations waiting for their turn, and the stop point.
///
/// Iterations are handed out in run order; results are taken back in that same order, each one
/// as soon as every earlier one has been taken.
final class ParallelRunState: @unchecked Sendable {
    private let condition = NSCondition()
    /// The iterations of the run, in order.
    private let iterations: [Int]
    /// The position in `iterations` of the next one to hand out.
    private var nextToHandOut = 0
    /// The position in `iterations` of the next one to deliver.
    private var nextToDeliver = 0
    /// The earliest position whose iteration stopped the run (`--bail`, `--timeout`).
    private var stopPosition: Int?
    private var finished: [Int: ParallelIterationResult] = [:]
    private var runningWorkers: Int

    init(iterations: [Int], workers: Int) {
        self.iterations = iterations
        self.runningWorkers = workers
    }

    /// The next iteration for a worker, or nil when every one was handed out or the run stopped.
    func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard stopPosition == nil, nextToHandOut < iterations.count else { return nil }
        nextToHandOut += 1
        return iterations[nextToHandOut - 1]
    }

    /// Takes in a finished iteration; one that stopped the run stops handing out others.
    func finish(_ result: ParallelIterationResult) {
        condition.lock()
        if result.runError != nil, let position = iterations.firstIndex(of: result.iteration) {
            stopPosition = min(stopPosition ?? position, position)
        }
        finished[result.iteration] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Cookies left in the workers' jars, in the order the workers finished.
    private(set) var cookies: [HTTPCookie] = []

    /// A worker has nothing more to do; `cookies` is what its jar holds.
    func workerDone(cookies workerCookies: [HTTPCookie] = []) {
        condition.lock()
        for cookie in workerCookies {
            cookies.removeAll { $0.name == cookie.name && $0.domain == cookie.domain && $0.path == cookie.path }
            cookies.append(cookie)
        }
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next iteration in run order, waiting until it is finished; nil once the run is over
    /// (iterations after the one that stopped the run are left out, as a sequential run never makes them).
    func nextInOrder() -> ParallelIterationResult? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if nextToDeliver >= iterations.count { return nil }
            if let stopPosition, nextToDeliver > stopPosition { return nil }
            if let result = finished.removeValue(forKey: iterations[nextToDeliver]) {
                nextToDeliver += 1
                return result
            }
            if runningWorkers == 0 { return nil }
            condition.wait()
        }
    }

    /// Waits until every worker is done.
    func waitForWorkers() {
        condition.lock()
        while runningWorkers > 0 { condition.wait() }
        condition.unlock()
    }
}

import CourierModel
import CourierVariables
import Foundation

/// One worker of a parallel run: its own `Runner` (so its own HTTP connections and JavaScript
/// context), made and used on the worker's thread only, running the iterations it takes from the
/// shared queue. Each iteration starts from the scopes as loaded and is recorded on its own.
final class ParallelWorker {
    private let state: ParallelRunState
    private var runner: Runner!
    private var initialScopes: VariableScopes
    /// The iteration being run and the events it emitted so far.
    private var current: Int?
    private var events: [RunEvent] = []

    /// Makes the worker; call on the thread that will run it.
    init(options: RunOptions, tokenProvider: OAuth2TokenProvider, state: ParallelRunState) {
        self.state = state
        self.initialScopes = VariableScopes()
        // A worker hands each iteration's executions to the merge, which decides what to keep.
        var workerOptions = options
        workerOptions.retainExecutions = true
        let runner = Runner(options: workerOptions, tokenProvider: tokenProvider) { _ in }
        self.runner = runner
        self.initialScopes = runner.scopes
        // Unowned: the runner lives inside the worker, so the worker outlives every call.
        unowned let worker = self
        runner.observer = { event in worker.record(event) }
        runner.iterationSource = { worker.nextIteration() }
    }

    /// Runs iterations until the queue is empty or the run stopped, then reports the worker done.
    func run() {
        _ = try? runner.run()
        finishIteration()
        let cookies = runner.cookies
        runner = nil
        state.workerDone(cookies: cookies)
    }

    private func record(_ event: RunEvent) {
        switch event {
        case .started, .finished: return
        default: events.append(event)
        }
    }

    private func nextIteration() -> Int? {
        finishIteration()
        guard let iteration = state.next() else { return nil }
        current = iteration
        runner.scopes = initialScopes
        return iteration
    }

    /// Hands the iteration just run to the shared state and clears the runner's tallies.
    private func finishIteration() {
        guard let iteration = current else { return }
        current = nil
        let result = ParallelIterationResult(
            iteration: iteration, events: events, executions: runner.executions, failures: runner.failures,
            stats: runner.stats, runError: runner.runError, secrets: runner.secrets, scopes: runner.scopes)
        events = []
        runner.executions = []
        runner.failures = []
        runner.stats = RunStats()
        runner.runError = nil
        state.finish(result)
    }
}

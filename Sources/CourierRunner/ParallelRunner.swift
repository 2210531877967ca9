import CourierHTTP
import CourierModel
import CourierVariables
import Foundation

/// A run of a collection: reports events to its observer on the calling thread and returns the
/// summary. `Runner` runs iterations one after another; `ParallelRunner` several at once.
public protocol CollectionRun: AnyObject {
    /// Receives every run event, in order, on the thread that called `run()`.
    var observer: (RunEvent) -> Void { get set }
    /// Values seen so far that must never be printed.
    var secretValues: [String] { get }
    /// How many secret values are known; it only grows, so a change means new secrets to mask.
    var secretCount: Int { get }
    /// Runs the collection and returns the summary.
    func run() throws(FolderNotFound) -> RunSummary
    /// The cookies in the run's jar once it ended (for `--export-cookie-jar`).
    var cookies: [HTTPCookie] { get }
}

extension Runner: CollectionRun {}

/// Makes the run `options` ask for: a `ParallelRunner` for `parallel` > 1, else a `Runner`.
public func makeCollectionRun(options: RunOptions, observer: @escaping (RunEvent) -> Void = { _ in })
    -> any CollectionRun
{
    options.parallel > 1
        ? ParallelRunner(options: options, observer: observer) : Runner(options: options, observer: observer)
}

/// Runs iterations at once on `options.parallel` workers, each with its own HTTP connections and
/// JavaScript context, sharing one OAuth 2.0 token cache.
///
/// Each iteration starts from the scopes as loaded (plus its data row) and sees only its own
/// writes. Events are held per iteration and delivered on the calling thread in iteration order,
/// so the events, executions and failures come out as a sequential run's would. After a `--bail`
/// or `--timeout` stop, no new iteration starts and later iterations are left out of the result.
public final class ParallelRunner: CollectionRun {
    let options: RunOptions
    /// Receives every run event on the thread that called `run()`: each iteration's events as one
    /// block, in iteration order.
    public var observer: (RunEvent) -> Void
    private var secrets: Set<String> = []
    /// Every worker's jar merged once the run ended (a later worker's cookie wins).
    public private(set) var cookies: [HTTPCookie] = []

    /// Makes a parallel runner; `options.parallel` is the number of workers.
    public init(options: RunOptions, observer: @escaping (RunEvent) -> Void = { _ in }) {
        self.options = options
        self.observer = observer
    }

    /// Values seen in the iterations delivered so far that must never be printed.
    public var secretValues: [String] { Array(secrets) }

    /// How many secret values are known; it only grows.
    public var secretCount: Int { secrets.count }

    /// Runs the collection on the workers and returns the merged summary.
    public func run() throws(FolderNotFound) -> RunSummary {
        _ = try RunPlan.items(of: options.collection, folders: options.folders)
        let started = Date()
        let iterations = ShardPlan.iterations(for: options)
        let workers = max(1, min(options.parallel, iterations.count))
        let state = ParallelRunState(iterations: iterations, workers: workers)
        let tokenProvider = OAuth2TokenProvider()
        observer(
            .started(
                collectionName: options.collection.name, iterationCount: ShardPlan.iterationCount(of: options)
            ))

        let options = self.options
        for _ in 0..<workers {
            let thread = Thread {
                ParallelWorker(options: options, tokenProvider: tokenProvider, state: state).run()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }

        var executions: [Execution] = []
        var totals = ResponseTotals()
        var failures: [RunFailure] = []
        var stats = RunStats()
        var runError: String?
        var last: VariableScopes?
        while let result = state.nextInOrder() {
            secrets.formUnion(result.secrets)
            for event in result.events { observer(event) }
            if options.retainExecutions {
                executions += result.executions
            } else {
                for response in result.executions.compactMap(\.response) { totals.add(response) }
            }
            failures += result.failures
            stats.add(result.stats)
            runError = runError ?? result.runError
            last = result.scopes
        }
        state.waitForWorkers()
        cookies = state.cookies

        let summary = options.summary(
            of: RunOutcome(
                executions: executions, responseTotals: options.retainExecutions ? nil : totals, stats: stats,
                started: started, failures: failures, runError: runError, secrets: secrets,
                environment: last?.environment.variables ?? options.environment?.variables ?? [],
                globals: last?.globals.variables ?? options.globals?.variables ?? [],
                collectionVariables: last?.collection.variables ?? options.collection.variables),
            tokenProvider: tokenProvider)
        observer(.finished(summary))
        return summary
    }
}

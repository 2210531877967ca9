import CourierModel
import Foundation

/// What a finished run hands over to make its summary (the sequential and the parallel runner alike).
struct RunOutcome {
    var executions: [Execution]
    /// Set when the executions were not kept (see `RunOptions.retainExecutions`).
    var responseTotals: ResponseTotals?
    var stats: RunStats
    var started: Date
    var failures: [RunFailure]
    var runError: String?
    var secrets: Set<String>
    var environment: [Variable]
    var globals: [Variable]
    var collectionVariables: [Variable]
}

extension RunOptions {
    /// The summary of a run of these options: the outcome, the scopes' final values, the token
    /// fetches, and the interruption (its message becomes the run error unless one was set).
    func summary(of outcome: RunOutcome, tokenProvider: OAuth2TokenProvider) -> RunSummary {
        var runError = outcome.runError
        if runError == nil, let reason = interruption?.reason {
            let sent = outcome.stats.requests.total
            runError = "the run was interrupted (\(reason)) after \(sent) request\(sent == 1 ? "" : "s")"
        }
        var summary = RunSummary(
            collectionName: collection.name, collectionID: collection.id, collectionJSON: collection.json,
            environment: environment.map { ScopeSnapshot(id: $0.id, name: $0.name, variables: outcome.environment) },
            globals: ScopeSnapshot(
                id: globals?.id ?? FastUUID.make(), name: globals?.name ?? "", variables: outcome.globals),
            executions: outcome.executions, stats: outcome.stats, started: outcome.started, completed: Date(),
            failures: outcome.failures, runError: runError, secrets: Array(outcome.secrets))
        summary.collectionVariables = outcome.collectionVariables
        summary.responseTotals = outcome.responseTotals
        summary.interrupted = interruption?.isStopRequested ?? false
        summary.tokenFetchCount = tokenProvider.fetchCount
        summary.tokenFetchMilliseconds = tokenProvider.fetchMilliseconds
        return summary
    }
}

import CourierModel
import CourierScripting
import CourierVariables
import Foundation

/// An item between its request and its test scripts.
struct ItemInProgress {
    let planned: PlannedItem
    var execution: Execution
    var scripts: ItemScripts
    /// The request as the pre-request scripts left it.
    let request: Request
    let response: ReceivedResponse?
}

/// An item whose test scripts run on the script thread while the next request is on the wire.
struct OverlappedTests {
    var item: ItemInProgress
    /// Filled in on the script thread; read after `ScriptThread.waitUntilIdle()`.
    let results: OverlappedResults
}

/// What the runner keeps about overlapping test scripts with the next request during a run.
struct OverlapState {
    /// Turned off by `--no-script-overlap` (and any `--bail`, `--delay-request`), or for the rest
    /// of the run when an overlapped script turned out to change something after all.
    var allowed: Bool
    /// The item whose test scripts are running on the script thread while the next request goes out.
    var pending: OverlappedTests?
    /// Events held back while something starts ahead of `pending` (nil: deliver them).
    var heldEvents: [RunEvent]?
    /// How many failures there were when holding began; later ones move after `pending`'s own.
    var heldFailureMark = 0
    /// The last test scripts checked by `ScriptOverlap` and the names they may write.
    var lastWrittenNames: (sources: [String], names: Set<String>?)?
}

/// The outputs of overlapped test scripts, handed from the script thread to the run's thread.
final class OverlappedResults: @unchecked Sendable {
    var outputs: [ScriptOutput] = []
}

/// Overlapping test scripts with the next request.
///
/// A test script needs its item's response; the next request usually needs nothing from that
/// script. When `ScriptOverlap` shows the script cannot change the flow, the cookie jar or a
/// variable the next request reads, and the next item has no pre-request script, the runner
/// hands the script to its script thread and sends the next request at once. Everything the script did is taken in, and every
/// event of both items is delivered, in exactly the order a sequential run has: the next item's
/// events are held back until the overlapped item has completed.
extension Runner {
    /// Starts JavaScriptCore on the script thread while the run loads and sends its first
    /// requests, when any item of `plan` has a script.
    func startScriptEngineEarly(for plan: [PlannedItem]) {
        func hasScript(_ events: [Event]) -> Bool {
            events.contains { !$0.disabled && !$0.script.allSatisfy(\.isWhitespace) }
        }
        let anyScript =
            hasScript(options.collection.events)
            || plan.contains { hasScript($0.item.events) || $0.folders.contains { hasScript($0.events) } }
        guard anyScript else { return }
        nonisolated(unsafe) unowned let runner = self
        scriptThread.submit { _ = runner.engineOnScriptThread }
    }

    /// True when `item`'s test scripts may run while `nextItem`'s request goes out: they do
    /// nothing the next request depends on, and the variables they may write are not among those
    /// it reads. Only after a quick response: the item's results are shown once the next request
    /// is back, which must not keep them from the reader noticeably (and against a slow server
    /// there is little to gain).
    /// When `crossingIteration`, the next item starts the next iteration (if there is one), whose
    /// data row is not known yet: then only scripts that write no variable overlap.
    func mayOverlapTests(of item: ItemInProgress, nextItem: PlannedItem, crossingIteration: Bool) -> Bool {
        // A pre-request script's `setNextRequest` decides the next item: not the one after this.
        guard overlap.allowed, item.scripts.hasTest, item.scripts.nextRequest == .unchanged,
            let response = item.response,
            response.timings.total < options.overlapResponseLimitMilliseconds,
            !ItemScripts.hasPrerequest(nextItem, collection: options.collection),
            let written = writtenNames(item.scripts.test)
        else { return false }
        if written.isEmpty { return true }
        guard !crossingIteration, let read = variablesRead(by: nextItem) else { return false }
        return written.isDisjoint(with: read)
    }

    /// `ScriptOverlap.writtenNames`, remembered for the last scripts seen (items often share them).
    private func writtenNames(_ sources: [String]) -> Set<String>? {
        if let last = overlap.lastWrittenNames, last.sources == sources { return last.names }
        let names = ScriptOverlap.writtenNames(sources)
        overlap.lastWrittenNames = (sources, names)
        return names
    }

    /// The variable names sending `planned` looks up (its request, proxy, certificate and the auth
    /// it inherits, through nested references), with the scopes as they are now; nil when that
    /// cannot be told.
    func variablesRead(by planned: PlannedItem) -> Set<String>? {
        let resolver = VariableResolver(scopes: scopes, dynamic: nil)
        var names = Set<String>()
        var known = true
        func visit(_ value: JSONValue) {
            switch value {
            case .string(let text):
                guard known else { return }
                if let consulted = resolver.namesConsulted(by: text) {
                    names.formUnion(consulted)
                } else {
                    known = false
                }
            case .array(let values): values.forEach(visit)
            case .object(let object): object.forEach { visit($0.value) }
            default: break
            }
        }
        let request = planned.item.request
        visit(planned.item.json["request"] ?? .null)
        visit(.string(request.url.toString()))
        for header in request.headers { visit(.string(header.key)); visit(.string(header.value)) }
        // A GraphQL variables object is resolved as its JSON text, keys included (`RequestBuilder`).
        if let variables = request.body?.graphql["variables"], variables.stringValue == nil {
            visit(.string(JSONWriter.string(variables)))
        }
        for auth in [options.collection.auth] + planned.folders.map(\.auth) + [request.auth] {
            auth?.parameters.forEach { visit($0.value) }
        }
        return known ? names : nil
    }

    /// Hands `item`'s test scripts to the script thread; `completeOverlappedItem` takes them in.
    func overlapTests(of item: ItemInProgress) {
        let sources = item.scripts.test
        let requestJSON = scriptRequestJSON(testScriptRequest(for: item), for: item.planned, sources: sources)
        let scriptResponse = item.response.map(ScriptJSON.scriptResponse)
        let inputs = sources.map { source in
            var input = scriptInput(
                .test, source: source, for: item.planned, request: requestJSON, execution: item.execution)
            input.typedResponse = scriptResponse
            return input
        }
        let results = OverlappedResults()
        overlap.pending = OverlappedTests(item: item, results: results)
        overlapActive = true
        nonisolated(unsafe) unowned let runner = self
        scriptThread.submit {
            // As in a sequential run, each script sees the request and the variables as the
            // scripts before it left them.
            var previous: ScriptOutput?
            for (source, input) in zip(sources, inputs) {
                var input = input
                if let previous {
                    input.request = previous.request
                    input.globals = previous.globals
                    input.collectionVariables = previous.collectionVariables
                    input.environment = previous.environment
                    input.iterationData = previous.iterationData
                    input.localVariables = previous.localVariables
                }
                let output = runner.engineOnScriptThread.run(source, input: input)
                results.outputs.append(output)
                previous = output
            }
        }
    }

    /// The error for a script that reaches `what` (the transport, the cookie jar) while it overlaps
    /// the next request, which the run's thread is sending; nil when no script overlaps. Only a
    /// script that hides the name from `ScriptOverlap` gets here: it is noted, so overlapping stops.
    func refusalWhileOverlapping(_ what: String) -> ErrorInfo? {
        guard overlapActive else { return nil }
        overlapRefusedCall = true
        return ErrorInfo(
            name: "Error",
            message: "\(what) is unavailable while the test script overlaps the next request "
                + "(run with --no-script-overlap)")
    }

    /// The next iteration from `source`. A parallel worker's source hands over the iteration just
    /// run, so an overlapped item must complete first; a sequential run's source only counts.
    func nextIterationAfterOverlapped(_ source: () -> Int?) -> Int? {
        if iterationSource != nil { completeOverlappedItem() }
        return source()
    }

    /// Starts holding back events and failures, when something begins (an item, an iteration)
    /// while an overlapped item is still open; `completeOverlappedItem` delivers them after it.
    func holdWhileOverlapped() {
        guard overlap.pending != nil, overlap.heldEvents == nil else { return }
        overlap.heldEvents = []
        overlap.heldFailureMark = failures.count
    }

    /// Starts `planned`; when an item's test scripts are still running, starts this one ahead of
    /// them (holding back its events and failures), then completes that item first.
    func startItemAfterOverlapped(_ planned: PlannedItem, cursor: RunCursor) -> ItemInProgress {
        guard overlap.pending != nil else { return startItem(planned, cursor: cursor) }
        holdWhileOverlapped()
        // Secrets found while sending (auth, tokens) join after the overlapped item's own events,
        // as in a sequential run: reporters mask each event with the secrets known by then.
        let known = secrets
        let item = startItem(planned, cursor: cursor)
        let found = secrets.subtracting(known)
        secrets = known
        completeOverlappedItem(sentAhead: planned, secretsFoundMeanwhile: found)
        return item
    }

    /// Waits for the overlapped test scripts, takes in what they did and completes their item,
    /// then delivers what was held back meanwhile. `sentAhead` is the item whose request already
    /// went out meanwhile, if any; `secretsFoundMeanwhile` join before the held events are delivered.
    func completeOverlappedItem(sentAhead: PlannedItem? = nil, secretsFoundMeanwhile: Set<String> = []) {
        guard var pending = overlap.pending else { return }
        overlap.pending = nil
        let events = overlap.heldEvents ?? []
        var heldFailures: [RunFailure] = []
        if overlap.heldEvents != nil {
            heldFailures = Array(failures[overlap.heldFailureMark...])
            failures.removeSubrange(overlap.heldFailureMark...)
            overlap.heldEvents = nil
        }
        scriptThread.waitUntilIdle()
        overlapActive = false
        var outputs = pending.results.outputs
        if pending.item.execution.cursor.iteration != currentIteration {
            // The next iteration has begun and its data row replaced this one's, as it would have
            // right after this item: what the scripts left in the old row is gone either way.
            for index in outputs.indices { outputs[index].iterationData = scopes.data.variables }
        }
        if let sentAhead, overlapWentWrong(outputs, sentAhead: sentAhead) {
            // The text check missed something: the next request already went out. Say so, and
            // run every later test script in line.
            overlap.allowed = false
            let line = ConsoleLine(
                level: "warn",
                message:
                    "Courier sent the next request while this item's test scripts ran, but a script changed "
                    + "variables that request reads, the next request, or used pm.sendRequest or the cookie jar; from here on test "
                    + "scripts run before the next request (--no-script-overlap does so from the start)")
            pending.item.execution.console.append(line)
            observe(.console(line, item: pending.item.execution.item))
        }
        overlapRefusedCall = false
        _ = finishItem(&pending.item, overlappedOutputs: outputs)
        secrets.formUnion(secretsFoundMeanwhile)
        failures.append(contentsOf: heldFailures)
        for event in events { observe(event) }
    }

    /// True when overlapped scripts did what would have changed `sentAhead`'s request or the
    /// order: a variable it reads, `setNextRequest`, a refused `pm.sendRequest`. Their scopes are
    /// compared with the runner's, which nothing changed meanwhile.
    private func overlapWentWrong(_ outputs: [ScriptOutput], sentAhead: PlannedItem) -> Bool {
        if overlapRefusedCall || outputs.contains(where: { $0.nextRequest != .unchanged }) { return true }
        guard let last = outputs.last, outputs.contains(where: \.changedVariables) else { return false }
        guard let read = variablesRead(by: sentAhead) else { return true }
        let changed = VariableChanges.names(from: scopes.globals.variables, to: last.globals)
            .union(VariableChanges.names(from: scopes.collection.variables, to: last.collectionVariables))
            .union(VariableChanges.names(from: scopes.environment.variables, to: last.environment))
            .union(VariableChanges.names(from: scopes.data.variables, to: last.iterationData))
            .union(VariableChanges.names(from: scopes.local.variables, to: last.localVariables))
        return !changed.isDisjoint(with: read)
    }
}

/// The names whose variables differ between two versions of a scope.
enum VariableChanges {
    /// Names added, removed, or whose value, type or `disabled` changed.
    static func names(from before: [Variable], to after: [Variable]) -> Set<String> {
        guard before != after else { return [] }
        var old: [String: Variable] = [:]
        for variable in before { old[variable.key] = variable }
        var changed = Set<String>()
        for variable in after where old.removeValue(forKey: variable.key) != variable {
            changed.insert(variable.key)
        }
        changed.formUnion(old.keys)
        return changed
    }
}

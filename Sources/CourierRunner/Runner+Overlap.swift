import CourierModel
import CourierScripting
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

/// The outputs of overlapped test scripts, handed from the script thread to the run's thread.
final class OverlappedResults: @unchecked Sendable {
    var outputs: [ScriptOutput] = []
}

/// Overlapping test scripts with the next request.
///
/// A test script needs its item's response; the next request usually needs nothing from that
/// script. When `ScriptOverlap` shows the script cannot change variables, the flow or the cookie
/// jar, and the next item has no pre-request script, the runner hands the script to its script
/// thread and sends the next request at once. Everything the script did is taken in, and every
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

    /// True when `item`'s test scripts may run while `nextItem`'s request goes out. Only after a
    /// quick response: the item's results are shown once the next request is back, which must not
    /// keep them from the reader noticeably (and against a slow server there is little to gain).
    func mayOverlapTests(of item: ItemInProgress, nextItem: PlannedItem?) -> Bool {
        guard overlapAllowed, let nextItem, item.scripts.hasTest, let response = item.response,
            response.timings.total < ScriptOverlap.maxResponseMilliseconds
        else { return false }
        return !ItemScripts(planned: nextItem, collection: options.collection).hasPrerequest
            && ScriptOverlap.isIndependent(item.scripts.test)
    }

    /// Hands `item`'s test scripts to the script thread; `completeOverlappedItem` takes them in.
    func overlapTests(of item: ItemInProgress) {
        let sources = item.scripts.test
        let requestJSON = scriptRequestJSON(testScriptRequest(for: item), for: item.planned, sources: sources)
        let scriptResponse = item.response.map(ScriptJSON.scriptResponse)
        let inputs = sources.map { source in
            var input = scriptInput(.test, source: source, for: item.planned, request: requestJSON, execution: item.execution)
            input.typedResponse = scriptResponse
            return input
        }
        let results = OverlappedResults()
        overlapped = OverlappedTests(item: item, results: results)
        overlapActive = true
        nonisolated(unsafe) unowned let runner = self
        scriptThread.submit {
            // As in a sequential run, each script sees the request as the scripts before it left it.
            var request = requestJSON
            for (source, input) in zip(sources, inputs) {
                var input = input
                input.request = request
                let output = runner.engineOnScriptThread.run(source, input: input)
                request = output.request
                results.outputs.append(output)
            }
        }
    }

    /// Starts `planned`; when an item's test scripts are still running, starts this one ahead of
    /// them (holding back its events and failures), then completes that item first.
    func startItemAfterOverlapped(_ planned: PlannedItem, cursor: RunCursor) -> ItemInProgress {
        guard overlapped != nil else { return startItem(planned, cursor: cursor) }
        heldEvents = []
        let failureMark = failures.count
        let item = startItem(planned, cursor: cursor)
        let events = heldEvents ?? []
        heldEvents = nil
        let startFailures = Array(failures[failureMark...])
        failures.removeSubrange(failureMark...)
        completeOverlappedItem()
        failures.append(contentsOf: startFailures)
        for event in events { observe(event) }
        return item
    }

    /// Waits for the overlapped test scripts, takes in what they did and completes their item.
    func completeOverlappedItem() {
        guard var pending = overlapped else { return }
        overlapped = nil
        scriptThread.waitUntilIdle()
        overlapActive = false
        let outputs = pending.results.outputs
        if overlapRefusedRequest || outputs.contains(where: { $0.changedVariables || $0.nextRequest != .unchanged }) {
            // The text check missed something: the next request already went out. Say so, and
            // run every later test script in line.
            overlapAllowed = false
            overlapRefusedRequest = false
            let line = ConsoleLine(
                level: "warn",
                message: "Courier sent the next request while this item's test scripts ran, but a script changed "
                    + "variables, the next request or used pm.sendRequest or the cookie jar; from here on test "
                    + "scripts run before the next request (--no-script-overlap does so from the start)")
            pending.item.execution.console.append(line)
            observe(.console(line, item: pending.item.execution.item))
        }
        _ = finishItem(&pending.item, overlappedOutputs: outputs)
    }
}

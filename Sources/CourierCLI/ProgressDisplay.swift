import CourierModel
import Foundation

/// Draws the progress line on stderr while a run goes on, from a ticker thread that redraws it at
/// most ten times a second (so the elapsed time moves during slow requests). Report output goes
/// through `writeCleared`, which wipes the line first so the two never mix.
final class ProgressDisplay: @unchecked Sendable {
    /// The escape that returns to the start of the line and clears it.
    static let clearLine = "\r\u{1B}[K"

    private let condition = NSCondition()
    private var line: ProgressLine
    private var visible = false
    private var stopped = false
    private let started = ProgressDisplay.now()

    /// A display for a run of `total` planned requests; it draws once `start` is called.
    init(total: Int, unicode: Bool) {
        line = ProgressLine(total: total, unicode: unicode)
    }

    /// Whether a run shows the line: the CLI reporter prints, `--no-progress` and `--silent` are not
    /// given, and both stdout and stderr are terminals.
    static func isWanted(
        showsCLI: Bool, options: RunCommandOptions,
        outputIsTerminal: Bool = Terminal.isTerminal(.output),
        errorIsTerminal: Bool = Terminal.isTerminal(.error)
    ) -> Bool {
        showsCLI && options.progress && !options.silent && outputIsTerminal && errorIsTerminal
    }

    /// Starts the ticker thread.
    func start() {
        let thread = Thread { [self] in tick() }
        thread.start()
    }

    /// Counts a run event.
    func record(_ event: RunEvent) {
        condition.lock()
        line.record(event)
        condition.unlock()
    }

    /// Runs `write` (report output on stdout) with the line wiped from the terminal; the ticker draws it again.
    func writeCleared(_ write: () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        if visible {
            Self.writeError(Self.clearLine)
            visible = false
        }
        write()
    }

    /// Wipes the line for good and stops the ticker.
    func stop() {
        condition.lock()
        stopped = true
        if visible { Self.writeError(Self.clearLine) }
        visible = false
        condition.broadcast()
        condition.unlock()
    }

    private func tick() {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            let now = Self.now()
            let text = line.text(elapsed: now - started)
            if line.shouldRedraw(text, at: now, visible: visible) {
                Self.writeError(Self.clearLine + text)
                visible = true
            }
            _ = condition.wait(until: Date().addingTimeInterval(line.interval))
        }
    }

    private static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Seconds on a monotonic clock.
    private static func now() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}

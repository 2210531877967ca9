import CourierModel

/// The live progress line of a run on a terminal: counts finished requests and failed ones from
/// run events, renders `  ▸ 412/1000 requests · 3 failed · 00:07`, and decides when a redraw is
/// due (at most one per `interval`, and only when the text changed or the line was cleared).
struct ProgressLine: Equatable {
    /// Requests the run plans to make (an estimate when `setNextRequest` changes the flow).
    var total: Int
    /// Items finished so far.
    private(set) var completed = 0
    /// Items finished with a failed request, script or assertion.
    private(set) var failed = 0
    var unicode: Bool
    /// The least time between two redraws, in seconds.
    var interval: Double = 0.1
    private var lastDrawTime: Double?
    private var lastDrawnText: String?

    init(total: Int, unicode: Bool = true) {
        self.total = total
        self.unicode = unicode
    }

    /// Counts an event; only finished items change the line.
    mutating func record(_ event: RunEvent) {
        guard case .itemCompleted(let execution) = event else { return }
        completed += 1
        if execution.requestError != nil || !execution.scriptErrors.isEmpty
            || execution.assertions.contains(where: { $0.error != nil })
        {
            failed += 1
        }
    }

    /// The line for `elapsed` seconds into the run.
    func text(elapsed: Double) -> String {
        let marker = unicode ? "▸" : ">"
        let separator = unicode ? "·" : "-"
        return
            "  \(marker) \(completed)/\(max(total, completed)) requests \(separator) \(failed) failed \(separator) "
            + Self.clock(elapsed)
    }

    /// Whether to draw `text` at `now` (seconds on a monotonic clock); records the draw when it is due.
    /// `visible` tells whether the line is on screen (false after it was cleared for other output).
    mutating func shouldRedraw(_ text: String, at now: Double, visible: Bool) -> Bool {
        // A millisecond of slack: a ticker waking every `interval` must not miss every other draw.
        if let lastDrawTime, now - lastDrawTime + 0.001 < interval { return false }
        if visible, text == lastDrawnText { return false }
        lastDrawTime = now
        lastDrawnText = text
        return true
    }

    /// `mm:ss`, or `h:mm:ss` from one hour on.
    static func clock(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let hours = whole / 3600
        let minutes = (whole % 3600) / 60
        return hours > 0
            ? "\(hours):\(two(minutes)):\(two(whole % 60))" : "\(two(minutes)):\(two(whole % 60))"
    }
}

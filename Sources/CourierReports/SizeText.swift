import CourierModel
import Foundation

/// Formats byte counts the way newman does (decimal units, two decimals at most, no space):
/// `569B`, `1.07kB`, `1.52MB`.
public enum SizeText {
    private static let units = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"]

    /// The text for `bytes` (negative counts print as `0B`).
    public static func format(bytes: Int) -> String {
        guard bytes > 0 else { return "0B" }
        let value = Double(bytes)
        var exponent = min(Int((log(value) / log(1000)).rounded(.down)), units.count - 1)
        // log() can land just under an integer for exact powers of 1000.
        if exponent + 1 < units.count, value >= pow(1000, Double(exponent + 1)) { exponent += 1 }
        let scale = exponent > 0 ? 100.0 : 1.0
        var rounded = (value / pow(1000, Double(exponent)) * scale + 0.5).rounded(.down) / scale
        if rounded == 1000, exponent < units.count - 1 {
            rounded = 1
            exponent += 1
        }
        return JSONNumber.javaScriptText(for: rounded) + units[exponent]
    }
}

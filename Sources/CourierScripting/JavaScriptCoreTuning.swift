import Foundation

/// JavaScriptCore settings for short collection scripts, applied before the first engine starts.
///
/// JavaScriptCore reads its options from `JSC_<name>` environment variables once, when the first
/// virtual machine is made. Collection scripts are small and each runs once per request, so the
/// optimising DFG tier (and FTL above it) spends more time compiling on background threads than
/// its faster code ever gives back: measured with callgrind over 300 requests with two `pm.test`s
/// each, the whole run took 24% fewer instructions with it off. The interpreter and the baseline
/// JIT stay on. A user who sets `JSC_useDFGJIT` themselves keeps their value.
enum JavaScriptCoreTuning {
    private static let applied: Void = {
        setenv("JSC_useDFGJIT", "0", 0)
    }()

    /// Sets the options (once per process; later calls do nothing).
    static func applyOnce() { _ = applied }
}

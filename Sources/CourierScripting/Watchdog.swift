import CJavaScriptCore
import Foundation

/// Stops a script that runs past `--timeout-script` or grows Courier's memory by more than
/// `--max-script-memory`, through JavaScriptCore's execution time limit.
///
/// The limit is armed as a short slice of the script's CPU time. When a slice ends, the callback
/// (on the script's thread) checks the clock and the resident set size (`/proc/self/statm`); it
/// stops the script or re-arms the next slice. Nothing is read per script run: the memory
/// baseline is taken at the first slice of a run, so only growth during a long script counts.
final class Watchdog {
    /// True once the callback stopped a script; cleared by the engine.
    var fired = false
    /// True when the last stop was for memory rather than time.
    private(set) var overMemory = false
    private var timeoutNanoseconds: UInt64 = 0
    private var maxMemoryBytes = 0
    private var slice = 0.0
    private var started: UInt64 = 0
    private var baseline: Int?

    /// The message of the last stop: newman's synchronous timeout, or the memory limit.
    var message: String {
        guard overMemory else { return ScriptEngine.syncTimeoutMessage }
        return "sandbox: script memory limit exceeded (it grew Courier's memory by more than "
            + "\(maxMemoryBytes >> 20) MiB; see --max-script-memory)"
    }

    /// Arms the slices on `group`; with neither limit (both 0) nothing is armed and scripts cost nothing extra.
    func install(on group: JSContextGroupRef, timeoutMilliseconds: Int, maxMemoryBytes: Int) {
        self.timeoutNanoseconds = UInt64(max(0, timeoutMilliseconds)) * 1_000_000
        self.maxMemoryBytes = max(0, maxMemoryBytes)
        guard timeoutMilliseconds > 0 || maxMemoryBytes > 0 else { return }
        // Slices of at most 10 ms that add up to the timeout exactly.
        let timeout = Double(max(0, timeoutMilliseconds))
        slice = timeout > 0 ? timeout / (timeout / 10).rounded(.up) / 1000 : 0.01
        arm(group)
    }

    /// Starts a script run: its clock and (lazily) its memory baseline.
    func begin() {
        fired = false
        overMemory = false
        baseline = nil
        started = DispatchTime.now().uptimeNanoseconds
    }

    private func arm(_ group: JSContextGroupRef) {
        JSContextGroupSetExecutionTimeLimit(
            group, slice, Self.shouldTerminate, Unmanaged.passUnretained(self).toOpaque())
    }

    /// The `JSShouldTerminateCallback`: stop (and remember why) or re-arm the next slice.
    static let shouldTerminate: JSShouldTerminateCallback = { context, pointer in
        guard let pointer else { return true }
        let watchdog = Unmanaged<Watchdog>.fromOpaque(pointer).takeUnretainedValue()
        if watchdog.exceeded() {
            watchdog.fired = true
            return true
        }
        // This JavaScriptCore calls the callback only once per arming: arm the next slice.
        if let context { watchdog.arm(JSContextGetGroup(context)) }
        return false
    }

    private func exceeded() -> Bool {
        if timeoutNanoseconds > 0, DispatchTime.now().uptimeNanoseconds - started >= timeoutNanoseconds {
            return true
        }
        guard maxMemoryBytes > 0, let resident = Self.residentBytes() else { return false }
        guard let baseline else {
            baseline = resident
            return false
        }
        overMemory = resident - baseline > maxMemoryBytes
        return overMemory
    }

    /// The resident set size, from the second field of `/proc/self/statm` (nil where it is missing).
    static func residentBytes() -> Int? {
        let descriptor = open("/proc/self/statm", O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 96)
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else {
            return nil
        }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

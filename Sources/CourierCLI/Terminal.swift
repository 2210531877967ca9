// Platform differences for the terminal live here and nowhere else.
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One of the process's standard output streams.
public enum StandardStream: Sendable {
    /// stdout: reports.
    case output
    /// stderr: diagnostics.
    case error

    var fileDescriptor: Int32 {
        switch self {
        case .output: return STDOUT_FILENO
        case .error: return STDERR_FILENO
        }
    }
}

/// Facts about the terminal Courier writes to: whether a stream is a terminal, its width, colour.
public enum Terminal {
    /// True when the stream is attached to a terminal (`isatty`).
    public static func isTerminal(_ stream: StandardStream) -> Bool {
        isatty(stream.fileDescriptor) == 1
    }

    /// The stream's terminal width in columns: from the terminal, else `COLUMNS`, else 80.
    public static func width(
        of stream: StandardStream = .output,
        environment: [String: String] = currentEnvironment()
    ) -> Int {
        var size = winsize()
        if ioctl(stream.fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }

    /// Whether to colour output: `on` and `off` decide alone; `auto` colours only when stdout is a
    /// terminal, `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
    public static func usesColor(
        _ choice: ColorChoice,
        environment: [String: String] = currentEnvironment(),
        outputIsTerminal: Bool = isTerminal(.output)
    ) -> Bool {
        switch choice {
        case .on: return true
        case .off: return false
        case .auto:
            let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return outputIsTerminal && !noColor && environment["TERM"] != "dumb"
        }
    }

    /// The process environment.
    public static func currentEnvironment() -> [String: String] {
        ProcessInfo.processInfo.environment
    }
}

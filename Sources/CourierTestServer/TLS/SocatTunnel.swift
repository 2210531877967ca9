import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `socat` child process that terminates TLS on `host:port` and relays the plain bytes to a local backend.
///
/// socat runs in a process group of its own, so `stop()` ends it together with the children it forks per
/// connection. Every live tunnel is also ended when this process exits normally (`atexit`), and a watchdog
/// in the group (a shell waiting for end of file on a pipe only this process can write to) kills the group
/// when this process dies any other way.
final class SocatTunnel: @unchecked Sendable {
    /// The TLS port socat listens on.
    let port: UInt16
    private let processGroup: pid_t
    private let watchdogPipe: Int32
    private let lock = NSLock()
    private var stopped = false

    private init(port: UInt16, processGroup: pid_t, watchdogPipe: Int32) {
        self.port = port
        self.processGroup = processGroup
        self.watchdogPipe = watchdogPipe
    }

    /// Run by `sh -c` with socat's path, the directory to delete at the end, and socat's arguments: keeps
    /// stdin (the pipe) as fd 3 for a background watchdog that, at end of file, deletes the directory and
    /// kills the whole group; then becomes socat.
    private static let watchdogScript = """
        d=$1; shift; exec 3<&0 </dev/null
        (cat <&3 >/dev/null; [ -n "$d" ] && rm -rf "$d"; kill -9 0) &
        exec "$0" "$@" 3<&-
        """

    /// Starts socat on `host:port` (0 picks a free port) with the given certificate and key, relaying to
    /// `host:backendPort`, and returns once it accepts connections. socat's diagnostics go to `logPath`.
    /// `directory` is deleted if this process dies without stopping the tunnel.
    /// With `clientCA`, the listener requires a client certificate signed by that CA.
    static func start(
        host: String, port: UInt16, certificate: String, key: String, backendPort: UInt16, logPath: String,
        directory: String, clientCA: String? = nil
    ) throws -> SocatTunnel {
        let executable = try findSocat()
        var lastError = TLSError("socat did not start")
        for _ in 0..<(port == 0 ? 5 : 1) {
            let chosen = try port == 0 ? freePort(host: host) : port
            let ipv6 = host.contains(":")
            let bind = ipv6 ? "[\(host)]" : host
            let listen =
                "OPENSSL-LISTEN:\(chosen),bind=\(bind),\(ipv6 ? "pf=ip6," : "")reuseaddr,fork,nodelay,"
                + "cert=\(certificate),key=\(key)," + (clientCA.map { "verify=1,cafile=\($0)" } ?? "verify=0")
            let connect = "\(ipv6 ? "TCP6" : "TCP4"):\(bind):\(backendPort),nodelay"
            let (pid, pipe) = try spawn(
                "/bin/sh", ["sh", "-c", watchdogScript, executable, directory, listen, connect],
                logPath: logPath)
            let tunnel = SocatTunnel(port: chosen, processGroup: pid, watchdogPipe: pipe)
            LiveTunnels.shared.add(pid)
            if tunnel.waitUntilAccepting(host: host) { return tunnel }
            tunnel.stop()
            let log = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            lastError = TLSError("socat did not accept on \(host):\(chosen): \(log.suffix(400))")
        }
        throw lastError
    }

    /// Ends socat and every connection it forked; safe to call more than once.
    func stop() {
        lock.lock()
        if stopped {
            lock.unlock()
            return
        }
        stopped = true
        lock.unlock()
        kill(-processGroup, SIGTERM)
        var status: Int32 = 0
        var waited = 0
        while waitpid(processGroup, &status, WNOHANG) == 0 {
            if waited == 200 { kill(-processGroup, SIGKILL) }
            usleep(10_000)
            waited += 1
        }
        // Forked children that outlived their parent, and the watchdog, are still in the group.
        kill(-processGroup, SIGKILL)
        close(watchdogPipe)
        LiveTunnels.shared.remove(processGroup)
    }

    /// Polls until a TCP connection to the TLS port succeeds (up to 10 s), or socat has exited.
    private func waitUntilAccepting(host: String) -> Bool {
        for _ in 0..<1000 {
            var status: Int32 = 0
            if waitpid(processGroup, &status, WNOHANG) == processGroup { return false }
            if Self.canConnect(host: host, port: port) { return true }
            usleep(10_000)
        }
        return false
    }

    /// The path of `socat` on `PATH` (or the usual places).
    private static func findSocat() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories =
            path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
        for directory in directories where access(directory + "/socat", X_OK) == 0 {
            return directory + "/socat"
        }
        throw TLSError("socat not found on PATH; install it (apt-get install socat) to serve https")
    }

    /// A port that was free a moment ago on `host`.
    private static func freePort(host: String) throws -> UInt16 {
        let (fd, port) = try Platform.listen(host: host, port: 0)
        Platform.closeSocket(fd)
        return port
    }

    /// Spawns `executable` as the leader of a new process group, with default signal handling, stdin from a
    /// new pipe and stdout/stderr appended to `logPath`. Returns the pid and the pipe's write end.
    private static func spawn(_ executable: String, _ arguments: [String], logPath: String) throws -> (
        pid: pid_t, pipe: Int32
    ) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw TLSError("pipe failed: \(String(cString: strerror(errno)))") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        defer { close(ends[0]) }
        #if canImport(Glibc)
            var attributes = posix_spawnattr_t()
            var actions = posix_spawn_file_actions_t()
        #else
            var attributes: posix_spawnattr_t?
            var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        posix_spawn_file_actions_adddup2(&actions, ends[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, logPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, &attributes, &argv, environ)
        guard result == 0 else {
            close(ends[1])
            throw TLSError("cannot start \(executable): \(String(cString: strerror(result)))")
        }
        return (pid, ends[1])
    }

    /// True when a TCP connection to `host:port` succeeds (it is closed at once).
    private static func canConnect(host: String, port: UInt16) -> Bool {
        var v4 = sockaddr_in()
        var v6 = sockaddr_in6()
        let isV4 = inet_pton(AF_INET, host, &v4.sin_addr) == 1
        guard isV4 || inet_pton(AF_INET6, host, &v6.sin6_addr) == 1 else { return false }
        let fd = socket(isV4 ? AF_INET : AF_INET6, Platform.streamType, 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let result: Int32
        if isV4 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = port.bigEndian
            result = withUnsafePointer(to: &v4) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        } else {
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = port.bigEndian
            result = withUnsafePointer(to: &v6) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
        return result == 0
    }
}

/// The process groups of the tunnels still running, killed when the process exits.
private final class LiveTunnels: @unchecked Sendable {
    static let shared = LiveTunnels()
    private let lock = NSLock()
    private var groups: Set<pid_t> = []
    private var registered = false

    func add(_ group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        groups.insert(group)
        if !registered {
            registered = true
            atexit { LiveTunnels.shared.killAll() }
        }
    }

    func remove(_ group: pid_t) {
        lock.lock()
        groups.remove(group)
        lock.unlock()
    }

    /// Kills every remaining group at once; used at exit.
    func killAll() {
        lock.lock()
        let remaining = groups
        groups.removeAll()
        lock.unlock()
        for group in remaining { kill(-group, SIGKILL) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thin wrappers over the POSIX socket calls; every Glibc/Darwin difference lives in this file.
enum Platform {
    /// Errors from socket setup, carrying the failing call and errno.
    struct SocketError: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call) failed: \(String(cString: strerror(code)))" }
    }

    /// Ignores SIGPIPE for the whole process, so a vanished client never kills it.
    static func ignoreSIGPIPE() {
        _ = signal(SIGPIPE, SIG_IGN)
    }

    #if canImport(Glibc)
        static let streamType = Int32(SOCK_STREAM.rawValue)
        static let sendFlags = Int32(MSG_NOSIGNAL)
    #else
        static let streamType = SOCK_STREAM
        static let sendFlags: Int32 = 0
    #endif

    /// Opens a listening TCP socket bound to host:port and returns it with the port it got.
    static func listen(host: String, port: UInt16) throws -> (fd: Int32, port: UInt16) {
        let name = host == "localhost" ? "127.0.0.1" : host
        var v4 = in_addr()
        var v6 = in6_addr()
        let isV4 = inet_pton(AF_INET, name, &v4) == 1
        if !isV4 && inet_pton(AF_INET6, name, &v6) != 1 {
            throw SocketError(call: "inet_pton(\(host))", code: EINVAL)
        }
        let fd = socket(isV4 ? AF_INET : AF_INET6, streamType, 0)
        guard fd >= 0 else { throw SocketError(call: "socket", code: errno) }
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        noSIGPIPE(fd)
        var result: Int32
        if isV4 {
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_port = port.bigEndian
            addr.sin_addr = v4
            #if canImport(Darwin)
                addr.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
            #endif
            result = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        } else {
            var addr = sockaddr_in6()
            addr.sin6_family = sa_family_t(AF_INET6)
            addr.sin6_port = port.bigEndian
            addr.sin6_addr = v6
            #if canImport(Darwin)
                addr.sin6_len = UInt8(MemoryLayout<sockaddr_in6>.size)
            #endif
            result = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
        guard result == 0 else {
            let code = errno
            _ = close(fd)
            throw SocketError(call: "bind(\(host):\(port))", code: code)
        }
        guard startListening(fd, 512) == 0 else {
            let code = errno
            _ = close(fd)
            throw SocketError(call: "listen", code: code)
        }
        return (fd, boundPort(fd))
    }

    private static func startListening(_ fd: Int32, _ backlog: Int32) -> Int32 {
        #if canImport(Glibc)
            return Glibc.listen(fd, backlog)
        #else
            return Darwin.listen(fd, backlog)
        #endif
    }

    /// The local port a socket is bound to.
    static func boundPort(_ fd: Int32) -> UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        if Int32(storage.ss_family) == AF_INET6 {
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    UInt16(bigEndian: $0.pointee.sin6_port)
                }
            }
        }
        return withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
    }

    /// Waits up to `milliseconds` for the socket to become readable; true when it is (or errored).
    static func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let n = poll(&pfd, 1, milliseconds)
        return n > 0
    }

    /// Accepts one connection, or returns nil (listener closed, or nothing pending).
    /// Accepts clients on `listener` and hands each to `handle`, until `isStopping` says so; the
    /// listener is polled every `pollMilliseconds`, so a stop is noticed without a new client.
    static func acceptClients(
        on listener: Int32, pollMilliseconds: Int32 = 250, isStopping: () -> Bool, handle: (Int32) -> Void
    ) {
        while !isStopping() {
            guard waitReadable(listener, milliseconds: pollMilliseconds), !isStopping(), let client = accept(listener)
            else { continue }
            handle(client)
        }
    }

    static func accept(_ fd: Int32) -> Int32? {
        #if canImport(Glibc)
            let client = Glibc.accept(fd, nil, nil)
        #else
            let client = Darwin.accept(fd, nil, nil)
        #endif
        guard client >= 0 else { return nil }
        var yes: Int32 = 1
        _ = setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        noSIGPIPE(client)
        return client
    }

    private static func noSIGPIPE(_ fd: Int32) {
        #if canImport(Darwin)
            var yes: Int32 = 1
            _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Reads up to `count` bytes into `pointer`; 0 on end of stream, -1 on error or timeout.
    static func receive(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        while true {
            let n = recv(fd, pointer, count, 0)
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    /// Writes every byte, retrying short writes; false when the peer is gone.
    @discardableResult
    static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = send(fd, raw.baseAddress! + offset, raw.count - offset, sendFlags)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }

    /// Sets the receive timeout of a socket.
    static func setReceiveTimeout(_ fd: Int32, seconds: Int) {
        var tv = timeval(tv_sec: seconds, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Shuts both directions of a socket down, waking any thread blocked on it.
    static func shutdownBoth(_ fd: Int32) {
        _ = shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Closes a descriptor.
    static func closeSocket(_ fd: Int32) {
        _ = close(fd)
    }

    /// Sleeps the calling thread.
    static func sleep(seconds: Double) {
        guard seconds > 0 else { return }
        var ts = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var left = timespec()
        while nanosleep(&ts, &left) != 0 && errno == EINTR { ts = left }
    }

    /// A monotonic clock in seconds.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

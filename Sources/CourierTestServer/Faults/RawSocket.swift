#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The socket of one connection, handed to a raw response so it can misbehave on purpose:
/// write broken bytes, write slowly, stay silent, or end the connection with a reset.
///
/// The connection closes the socket once the raw response returns.
struct RawSocket {
    /// The accepted socket.
    let fd: Int32
    /// Where bytes are written (the plain socket, or the plain end of a TLS tunnel).
    let stream: ByteStream
    /// True once the server has begun to stop; long-running responses give up then.
    let isServerStopping: () -> Bool

    /// Writes every byte; false when the peer is gone.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool { stream.send(bytes) }

    /// Writes text as UTF-8; false when the peer is gone.
    @discardableResult
    func send(_ text: String) -> Bool { stream.send(Array(text.utf8)) }

    /// Makes the coming close send a TCP reset (RST) instead of an orderly FIN: `SO_LINGER` 0.
    func resetOnClose() {
        var setting = linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &setting, socklen_t(MemoryLayout<linger>.size))
    }

    /// Sleeps in short steps; false when the server began to stop meanwhile.
    func pause(milliseconds: Int) -> Bool {
        var left = max(milliseconds, 0)
        while left > 0 {
            if isServerStopping() { return false }
            let step = min(left, 100)
            Platform.sleep(seconds: Double(step) / 1000)
            left -= step
        }
        return !isServerStopping()
    }

    /// Waits, reading and dropping anything the client sends, until the client closes the
    /// connection, the server stops, or `limitSeconds` pass.
    func waitForPeerToLeave(limitSeconds: Double) {
        let deadline = Platform.now() + limitSeconds
        var scratch = [UInt8](repeating: 0, count: 4096)
        while Platform.now() < deadline, !isServerStopping() {
            guard Platform.waitReadable(fd, milliseconds: 100) else { continue }
            let n = scratch.withUnsafeMutableBytes { Platform.receive(fd, $0.baseAddress!, $0.count) }
            if n <= 0 { return }
        }
    }
}

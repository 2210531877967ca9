import Foundation

/// A listener on 127.0.0.1 that answers every TLS client hello with plain HTTP and closes: the
/// TLS handshake fails at once ("wrong version number"), as with `https://` on an http port.
///
/// Start one per test, use `baseURL` (an `https://` URL), then call `stop()`.
public final class NotTLSListener: @unchecked Sendable {
    /// The port it listens on.
    public let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var stopping = false
    private let done = DispatchSemaphore(value: 0)

    /// `https://127.0.0.1:PORT`.
    public var baseURL: String { "https://127.0.0.1:\(port)" }

    /// Binds a free port and starts answering on a background thread.
    public static func start() throws -> NotTLSListener {
        Platform.ignoreSIGPIPE()
        let (fd, port) = try Platform.listen(host: "127.0.0.1", port: 0)
        let listener = NotTLSListener(fd: fd, port: port)
        let thread = Thread { listener.acceptLoop() }
        thread.name = "NotTLSListener.\(port)"
        thread.start()
        return listener
    }

    private init(fd: Int32, port: UInt16) {
        self.fd = fd
        self.port = port
    }

    /// Stops accepting and closes the listening socket.
    public func stop() {
        lock.lock()
        let first = !stopping
        stopping = true
        lock.unlock()
        guard first else { return }
        Platform.shutdownBoth(fd)
        done.wait()
        Platform.closeSocket(fd)
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    private func acceptLoop() {
        Platform.acceptClients(on: fd, pollMilliseconds: 200, isStopping: { isStopping }) { client in
            // Let the client hello arrive, so the reply is read as the server's hello.
            if Platform.waitReadable(client, milliseconds: 1000) {
                var scratch = [UInt8](repeating: 0, count: 4096)
                _ = scratch.withUnsafeMutableBytes { Platform.receive(client, $0.baseAddress!, $0.count) }
            }
            Platform.sendAll(
                client,
                Array("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8))
            Platform.closeSocket(client)
        }
        done.signal()
    }
}

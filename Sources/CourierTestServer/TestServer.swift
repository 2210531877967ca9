import Dispatch
import Foundation

/// An HTTP/1.1 test server on 127.0.0.1 answering like postman-echo.com, for tests and benchmarks.
///
/// Start one per test on port 0, talk to `baseURL`, then call `stop()`: the threads serving it keep it
/// alive until then.
public final class TestServer: @unchecked Sendable {
    /// What the server answers.
    public enum Mode: Sendable, Equatable {
        /// postman-echo.com routes (`/get`, `/post`, `/status/{code}`, ...).
        case postmanEcho
        /// newman's raw echo server (its localhost:4041): echoes the exact request bytes, then closes.
        case rawEcho
        /// newman's redirect server (its localhost:4042): `/{n}` countdown redirects and a JSON echo.
        case redirectServer
    }

    /// The port the server listens on (the chosen one when started on port 0).
    public let port: UInt16
    /// The address the server listens on.
    public let host: String
    /// What the server answers.
    public let mode: Mode

    private let listenFD: Int32
    private let router: Router
    /// The https side (certificates, backend, socat), when started with `tls`; set once, before `start` returns.
    private(set) var tlsFrontend: TLSFrontend?
    /// The server a TLS backend records its requests into.
    private weak var recordParent: TestServer?
    private let lock = NSLock()
    private var stopping = false
    private var stopped = false
    private var idleByConnection: [Int32: Bool] = [:]
    private var records: [RecordedRequest] = []
    private let connectionsDone = DispatchGroup()
    private let listenerDone = DispatchSemaphore(value: 0)

    /// `http://HOST:PORT`, with no trailing slash.
    public var baseURL: String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "http://\(shown):\(port)"
    }

    /// Binds `host:port` (0 picks a free port) and starts accepting connections on a background thread.
    /// `creatio` sets the credentials and token lifetime of the Creatio routes (echo mode only). `tls` also
    /// serves the same routes over https through a `socat` child process (see `tlsPort`, `caCertificatePath`).
    public static func start(
        host: String = "127.0.0.1", port: UInt16 = 0, mode: Mode = .postmanEcho,
        creatio: CreatioOptions = CreatioOptions(), tls: TLSOptions? = nil
    ) throws -> TestServer {
        Platform.ignoreSIGPIPE()
        let (fd, boundPort) = try Platform.listen(host: host, port: port)
        let router: Router
        switch mode {
        case .postmanEcho, .rawEcho:
            let echo = PostmanEchoRouter.router(creatio: CreatioState(options: creatio))
            router = Router(routes: echo.routes + StandInHostRoutes.routes, fallback: echo.fallback)
        case .redirectServer: router = RedirectServerRoutes.router
        }
        let server = TestServer(fd: fd, host: host, port: boundPort, mode: mode, router: router)
        server.launch()
        if let tls {
            do {
                server.tlsFrontend = try TLSFrontend.start(for: server, options: tls)
            } catch {
                server.stop()
                throw error
            }
        }
        return server
    }

    /// Starts a second listener on the same host, with this server's routes and mode, that records into this
    /// server and marks its requests https: the plain end of a TLS tunnel.
    func startHTTPSBackend() throws -> TestServer {
        let (fd, boundPort) = try Platform.listen(host: host, port: 0)
        let backend = TestServer(fd: fd, host: host, port: boundPort, mode: mode, router: router.markingHTTPS)
        backend.recordParent = self
        backend.launch()
        return backend
    }

    private init(fd: Int32, host: String, port: UInt16, mode: Mode, router: Router) {
        self.listenFD = fd
        self.host = host
        self.port = port
        self.mode = mode
        self.router = router
    }

    private func launch() {
        let thread = Thread { self.acceptLoop() }
        thread.name = "TestServer.listener.\(port)"
        thread.start()
    }

    /// Every request received so far, in arrival order.
    public var receivedRequests: [RecordedRequest] {
        lock.lock()
        defer { lock.unlock() }
        return records
    }

    /// Forgets the requests received so far.
    public func clearReceivedRequests() {
        lock.lock()
        records.removeAll()
        lock.unlock()
    }

    /// Stops accepting, closes idle connections and waits (up to 15 s) for in-flight requests to finish.
    /// With TLS, it first ends the `socat` processes and deletes the certificate files.
    public func stop() {
        lock.lock()
        if stopping {
            lock.unlock()
            return
        }
        stopping = true
        lock.unlock()
        tlsFrontend?.stop()
        lock.lock()
        for (fd, idle) in idleByConnection where idle { Platform.shutdownBoth(fd) }
        lock.unlock()
        Platform.shutdownBoth(listenFD)
        listenerDone.wait()
        Platform.closeSocket(listenFD)
        if connectionsDone.wait(timeout: .now() + 15) == .timedOut {
            lock.lock()
            for fd in idleByConnection.keys { Platform.shutdownBoth(fd) }
            lock.unlock()
            connectionsDone.wait()
        }
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    private func acceptLoop() {
        Platform.acceptClients(on: listenFD, isStopping: { isStopping }) { client in
            lock.lock()
            idleByConnection[client] = false
            connectionsDone.enter()
            lock.unlock()
            let connection = Connection(fd: client, server: self, router: router, mode: mode)
            let thread = Thread { connection.run() }
            thread.name = "TestServer.connection"
            thread.stackSize = 1 << 20
            thread.start()
        }
        listenerDone.signal()
    }

    /// Called by a connection before it waits for the next request; false when it should close instead.
    func markIdle(_ fd: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if stopping { return false }
        idleByConnection[fd] = true
        return true
    }

    /// Called by a connection once a request has started arriving.
    func markBusy(_ fd: Int32) {
        lock.lock()
        idleByConnection[fd] = false
        lock.unlock()
    }

    /// True once `stop()` has begun.
    var shouldClose: Bool { isStopping }

    /// Stores a received request.
    func record(_ request: RecordedRequest) {
        if let recordParent {
            recordParent.record(request)
            return
        }
        lock.lock()
        records.append(request)
        lock.unlock()
    }

    /// Called by a connection when it is done: forgets it, closes its socket, and counts it finished.
    func closeConnection(_ fd: Int32) {
        lock.lock()
        idleByConnection[fd] = nil
        lock.unlock()
        Platform.closeSocket(fd)
        connectionsDone.leave()
    }
}

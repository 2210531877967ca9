import Foundation

/// A forward HTTP proxy for tests, reaching only 127.0.0.1: absolute-form requests
/// (`GET http://127.0.0.1:PORT/path HTTP/1.1`) are forwarded to the origin and answered with an extra
/// `X-Courier-Test-Proxy: 1` header; `CONNECT 127.0.0.1:PORT` opens a byte tunnel (for https).
/// `GET /__proxy/stats` on the proxy itself answers what it has carried, as JSON.
///
/// Start one per test on port 0, point the client at `url`, then call `stop()`.
public final class ForwardProxy: @unchecked Sendable {
    /// The header added to every forwarded (plain http) response.
    public static let marker = "X-Courier-Test-Proxy"

    /// The port the proxy listens on.
    public let port: UInt16
    /// The address the proxy listens on.
    public let host: String

    private let listenFD: Int32
    private let lock = NSLock()
    private var stopping = false
    private var openSockets: Set<Int32> = []
    private var carried: [ProxiedRequest] = []
    private let listenerDone = DispatchSemaphore(value: 0)

    /// `http://HOST:PORT`: the value for `HTTP_PROXY` or a collection's proxy host and port.
    public var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)" }

    /// Every request carried so far (forwarded or tunnelled), in arrival order.
    public var requests: [ProxiedRequest] {
        lock.lock()
        defer { lock.unlock() }
        return carried
    }

    /// Binds `host:port` (0 picks a free port) and starts accepting on a background thread.
    public static func start(host: String = "127.0.0.1", port: UInt16 = 0) throws -> ForwardProxy {
        Platform.ignoreSIGPIPE()
        let (fd, bound) = try Platform.listen(host: host, port: port)
        let proxy = ForwardProxy(fd: fd, host: host, port: bound)
        let thread = Thread { proxy.acceptLoop() }
        thread.name = "ForwardProxy.listener.\(bound)"
        thread.start()
        return proxy
    }

    private init(fd: Int32, host: String, port: UInt16) {
        listenFD = fd
        self.host = host
        self.port = port
    }

    /// Stops accepting and cuts every open connection and tunnel.
    public func stop() {
        lock.lock()
        if stopping {
            lock.unlock()
            return
        }
        stopping = true
        let sockets = openSockets
        lock.unlock()
        for fd in sockets { Platform.shutdownBoth(fd) }
        Platform.shutdownBoth(listenFD)
        listenerDone.wait()
        Platform.closeSocket(listenFD)
    }

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    private func acceptLoop() {
        Platform.acceptClients(on: listenFD, isStopping: { isStopping }) { client in
            track(client)
            let thread = Thread {
                ProxyConnection(client: client, proxy: self).run()
                self.release(client)
            }
            thread.name = "ForwardProxy.connection"
            thread.start()
        }
        listenerDone.signal()
    }

    /// Remembers a socket so `stop()` can cut it; false (and the socket is shut) when stopping.
    @discardableResult
    func track(_ fd: Int32) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if stopping {
            Platform.shutdownBoth(fd)
            return false
        }
        openSockets.insert(fd)
        return true
    }

    /// Forgets and closes a socket.
    func release(_ fd: Int32) {
        lock.lock()
        openSockets.remove(fd)
        lock.unlock()
        Platform.closeSocket(fd)
    }

    /// Records a carried request.
    func record(_ request: ProxiedRequest) {
        lock.lock()
        carried.append(request)
        lock.unlock()
    }

    /// The stats route's JSON: counts and the carried requests.
    func statsJSON() -> String {
        let all = requests
        let items = all.map { request -> String in
            var fields = [
                "\"method\":\(Self.quoted(request.method))", "\"target\":\(Self.quoted(request.target))",
                "\"tunnel\":\(request.tunnel)",
            ]
            if let auth = request.proxyAuthorization {
                fields.append("\"proxyAuthorization\":\(Self.quoted(auth))")
            }
            return "{" + fields.joined(separator: ",") + "}"
        }
        let tunnels = all.filter(\.tunnel).count
        return
            "{\"forwarded\":\(all.count - tunnels),\"tunnels\":\(tunnels),\"requests\":[\(items.joined(separator: ","))]}"
    }

    private static func quoted(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
            of: "\"", with: "\\\"")
        return "\"" + escaped + "\""
    }
}

/// One request a `ForwardProxy` carried.
public struct ProxiedRequest: Sendable, Equatable {
    /// The method (`CONNECT` for a tunnel).
    public let method: String
    /// The absolute URL asked for, or `host:port` for a tunnel.
    public let target: String
    /// True for a `CONNECT` tunnel.
    public let tunnel: Bool
    /// The `Proxy-Authorization` header sent to the proxy, if any.
    public let proxyAuthorization: String?
}

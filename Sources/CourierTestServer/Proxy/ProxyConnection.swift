import Foundation

/// Serves one client connection of a `ForwardProxy`: reads one request head, then forwards it,
/// opens a tunnel, or answers the stats route; the connection closes afterwards.
struct ProxyConnection {
    let client: Int32
    let proxy: ForwardProxy

    func run() {
        Platform.setReceiveTimeout(client, seconds: 30)
        guard let (head, rest) = ProxyWire.readHead(client) else { return }
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count == 3 else { return reply(400, "bad request line") }
        let (method, target, version) = (parts[0], parts[1], parts[2])
        let headers = lines.dropFirst().filter { !$0.isEmpty }
        let authorization = ProxyWire.value(of: "Proxy-Authorization", in: headers)
        if method == "CONNECT" {
            return tunnel(to: target, leftover: rest, authorization: authorization)
        }
        if target.hasPrefix("/") {
            guard target == "/__proxy/stats" else {
                return reply(404, "the test proxy only answers /__proxy/stats")
            }
            return reply(200, proxy.statsJSON(), contentType: "application/json")
        }
        guard let (hostPort, path) = ProxyWire.splitAbsolute(target) else {
            return reply(400, "not an http URL")
        }
        guard let origin = ProxyWire.connectLoopback(hostPort) else {
            return reply(502, "the test proxy only reaches 127.0.0.1 ports that accept connections")
        }
        proxy.track(origin)
        defer { proxy.release(origin) }
        proxy.record(
            ProxiedRequest(method: method, target: target, tunnel: false, proxyAuthorization: authorization))
        let body = ProxyWire.readBody(client, headers: headers, already: rest)
        let kept = headers.filter { line in
            let name = line.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            return !["proxy-connection", "proxy-authorization", "connection", "keep-alive"].contains(name)
        }
        let outgoing = ([method + " " + path + " " + version] + kept + ["Connection: close", "", ""])
            .joined(separator: "\r\n")
        guard Platform.sendAll(origin, Array(outgoing.utf8) + body) else {
            return reply(502, "origin went away")
        }
        Platform.setReceiveTimeout(origin, seconds: 30)
        let response = ProxyWire.readAll(origin)
        Platform.sendAll(client, ProxyWire.markResponse(response))
    }

    /// `CONNECT host:port`: answers 200 and copies bytes both ways until either side closes.
    private func tunnel(to target: String, leftover: [UInt8], authorization: String?) {
        guard let origin = ProxyWire.connectLoopback(target) else {
            return reply(502, "the test proxy only tunnels to 127.0.0.1 ports that accept connections")
        }
        guard proxy.track(origin) else { return Platform.closeSocket(origin) }
        defer { proxy.release(origin) }
        proxy.record(
            ProxiedRequest(method: "CONNECT", target: target, tunnel: true, proxyAuthorization: authorization)
        )
        let established = "HTTP/1.1 200 Connection Established\r\n\(ForwardProxy.marker): 1\r\n\r\n"
        guard Platform.sendAll(client, Array(established.utf8)) else { return }
        if !leftover.isEmpty { Platform.sendAll(origin, leftover) }
        Platform.setReceiveTimeout(client, seconds: 0)
        let done = DispatchSemaphore(value: 0)
        let (from, to) = (client, origin)
        let thread = Thread {
            ProxyWire.copy(from: to, to: from)
            done.signal()
        }
        thread.start()
        ProxyWire.copy(from: from, to: to)
        done.wait()
    }

    private func reply(_ status: Int, _ text: String, contentType: String = "text/plain") {
        let body = Array(text.utf8)
        let reason =
            status == 200 ? "OK" : status == 404 ? "Not Found" : status == 400 ? "Bad Request" : "Bad Gateway"
        let head =
            "HTTP/1.1 \(status) \(reason)\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
            + "\(ForwardProxy.marker): 1\r\nConnection: close\r\n\r\n"
        Platform.sendAll(client, Array(head.utf8) + body)
    }
}

/// Takes over a connection's socket once its request has been read (see `ServerResponse.raw`).
typealias RawResponder = @Sendable (RawSocket) -> Void

extension ServerResponse {
    /// A response that writes to the socket itself; the connection closes afterwards.
    static func raw(_ responder: @escaping RawResponder) -> ServerResponse {
        var response = ServerResponse(status: 200)
        response.raw = responder
        response.closeConnection = true
        return response
    }
}

/// Routes that fail on purpose, one way each, so clients can be tested against broken servers.
///
/// `/fault/reset-before` (RST before any byte), `/fault/close-before` (an orderly close, no
/// byte), `/fault/reset-during-body` (headers promising 100000 bytes, 1000 sent, then RST),
/// `/fault/hang` (never answers; waits until the client leaves), `/fault/drip?bytes=N&delay=ms`
/// (one byte every `delay` ms), `/fault/bad-status-line`, `/fault/bad-chunked`,
/// `/fault/bad-gzip`, `/fault/big?mb=N[&chunked=1]` (streamed, never held in memory),
/// `/fault/redirect-loop`. A failing TLS handshake is `NotTLSListener`'s job (plain HTTP where
/// TLS is expected), or the TLS listener's certificate when the client does not trust its CA.
enum FaultRoutes {
    static let routes: [Route] = [
        Route([], "/fault/reset-before", { _ in .raw { $0.resetOnClose() } }),
        Route([], "/fault/close-before", { _ in .raw { _ in } }),
        Route([], "/fault/reset-during-body", { _ in .raw(resetDuringBody) }),
        Route([], "/fault/hang", { _ in .raw { $0.waitForPeerToLeave(limitSeconds: 300) } }),
        Route([], "/fault/drip", drip),
        Route([], "/fault/bad-status-line", { _ in .raw(badStatusLine) }),
        Route([], "/fault/bad-chunked", { _ in .raw(badChunked) }),
        Route([], "/fault/bad-gzip", { _ in badGzip }),
        Route([], "/fault/big", big),
        Route([], "/fault/redirect-loop", { _ in .redirect(to: "/fault/redirect-loop") }),
    ]

    /// The body length `/fault/reset-during-body` promises.
    static let promisedLength = 100_000

    /// Headers for 100000 bytes, the first 1000 of them, a moment for the client to read them,
    /// then a reset.
    static func resetDuringBody(_ socket: RawSocket) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(promisedLength)\r\n\r\n"
        guard socket.send(Array(head.utf8) + [UInt8](repeating: 120, count: 1000)) else { return }
        _ = socket.pause(milliseconds: 50)
        socket.resetOnClose()
    }

    /// `/fault/drip?bytes=N&delay=ms`: N bytes of `.` (default 10, at most 1000000), one every
    /// `delay` ms (default 100), with a Content-Length announcing all of them.
    static func drip(_ context: RouteContext) -> ServerResponse {
        let query = Dictionary(context.request.queryPairs, uniquingKeysWith: { first, _ in first })
        let count = min(max(Int(query["bytes"] ?? "") ?? 10, 0), 1_000_000)
        let delay = min(max(Int(query["delay"] ?? "") ?? 100, 0), 60_000)
        return .raw { socket in
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \(count)\r\n\r\n"
            guard socket.send(head) else { return }
            for _ in 0..<count {
                guard socket.pause(milliseconds: delay), socket.send([46]) else { return }
            }
        }
    }

    /// A reply whose status line is not HTTP at all.
    static func badStatusLine(_ socket: RawSocket) {
        socket.send("HTTP/1.1 OK-ISH\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok")
    }

    /// A chunked body whose first chunk size is not hexadecimal.
    static func badChunked(_ socket: RawSocket) {
        socket.send(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\nnot a chunk\r\n0\r\n\r\n")
    }

    /// `Content-Encoding: gzip` on bytes that are not gzip.
    static let badGzip = ServerResponse(
        status: 200, headers: [("Content-Type", "text/plain"), ("Content-Encoding", "gzip")],
        body: Array("this is not gzip data, whatever the header says".utf8))

    /// `/fault/big?mb=N`: N MiB (default 1, at most 4096) of `x`, written 64 KiB at a time, with a
    /// Content-Length, or chunked with `chunked=1` (so the client cannot know the size ahead).
    static func big(_ context: RouteContext) -> ServerResponse {
        let query = Dictionary(context.request.queryPairs, uniquingKeysWith: { first, _ in first })
        let megabytes = min(max(Int(query["mb"] ?? "") ?? 1, 0), 4096)
        let chunked = query["chunked"] == "1" || query["chunked"] == "true"
        return .raw { socket in
            var head = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
            head +=
                chunked
                ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: \(megabytes * 1_048_576)\r\n\r\n"
            guard socket.send(head) else { return }
            let block = [UInt8](repeating: 120, count: 65_536)
            let framed = chunked ? Array("10000\r\n".utf8) + block + [13, 10] : block
            for _ in 0..<(megabytes * 16) {
                guard !socket.isServerStopping(), socket.send(framed) else { return }
            }
            if chunked { socket.send("0\r\n\r\n") }
        }
    }
}

/// Serves one accepted socket: keep-alive request loop, or the raw-echo exchange.
final class Connection: @unchecked Sendable {
    private let fd: Int32
    private let server: TestServer
    private let router: Router
    private let mode: TestServer.Mode
    private let reader: RequestReader
    private let stream: ByteStream
    private let scheme: String

    /// The largest request body accepted.
    static let bodyLimit = 256 * 1_048_576

    init(fd: Int32, server: TestServer, router: Router, mode: TestServer.Mode) {
        self.fd = fd
        self.server = server
        self.router = router
        self.mode = mode
        self.stream = SocketStream(fd: fd)
        self.reader = RequestReader(stream: stream)
        self.scheme = "http"
    }

    /// Runs until the connection ends, then closes the socket.
    func run() {
        Platform.setReceiveTimeout(fd, seconds: 120)
        if mode == .rawEcho {
            serveRawEcho()
        } else {
            while serveOneRequest() {}
        }
        server.closeConnection(fd)
    }

    private func fail(_ status: Int, _ message: String) {
        var response = ServerResponse.json(
            .object([
                (
                    "error",
                    .object([
                        ("name", .string(StatusReason.phrase(for: status))), ("message", .string(message)),
                    ])
                )
            ]),
            status: status)
        response.closeConnection = true
        _ = stream.send(response.serialized(head: false, close: true))
    }

    /// Reads, answers and records one request; false when the connection should close.
    private func serveOneRequest() -> Bool {
        reader.skipLeadingBlankLines()
        guard server.markIdle(fd) else { return false }
        let head: [UInt8]
        do {
            head = try reader.readHead()
        } catch .tooLarge {
            fail(431, "request head too large")
            return false
        } catch {
            return false
        }
        server.markBusy(fd)
        guard let parsed = RequestHead.parse(head) else {
            fail(400, "malformed request")
            return false
        }
        var request = ServerRequest(
            method: parsed.method, target: parsed.target, version: parsed.version, headers: parsed.headers,
            body: [], scheme: scheme, fallbackHost: "\(server.host):\(server.port)")
        let transferEncoding = request.header("Transfer-Encoding")
        let lengths = parsed.headers.filter { $0.name.lowercased() == "content-length" }.map(\.value)
        var contentLength = 0
        if let transferEncoding {
            guard
                transferEncoding.lowercased().split(separator: ",").last.map({ String($0).trimmedOWS })
                    == "chunked"
            else {
                fail(400, "unsupported transfer encoding")
                return false
            }
        } else if let first = lengths.first {
            guard Set(lengths).count == 1, first.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(first)
            else {
                fail(400, "invalid Content-Length")
                return false
            }
            contentLength = n
        }
        guard contentLength <= Self.bodyLimit else {
            fail(413, "body too large")
            return false
        }
        if (transferEncoding != nil || contentLength > 0),
            request.header("Expect")?.lowercased() == "100-continue", !reader.hasBufferedBytes
        {
            guard stream.send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return false }
        }
        do {
            if transferEncoding != nil {
                request.body = try reader.readChunked(limit: Self.bodyLimit)
            } else if contentLength > 0 {
                request.body = try reader.read(count: contentLength)
            }
        } catch .malformed {
            fail(400, "malformed chunked body")
            return false
        } catch .tooLarge {
            fail(413, "body too large")
            return false
        } catch {
            return false
        }
        server.record(
            RecordedRequest(
                method: request.method, target: request.target,
                headers: request.headers.map { RecordedRequest.Header(name: $0.name, value: $0.value) },
                body: request.body))
        let response = router.respond(to: request)
        if let raw = response.raw {
            raw(RawSocket(fd: fd, stream: stream, isServerStopping: { [server] in server.shouldClose }))
            return false
        }
        let close = request.wantsClose || response.closeConnection || server.shouldClose
        guard stream.send(response.serialized(head: request.method == "HEAD", close: close)) else {
            return false
        }
        return !close
    }

    /// newman's raw echo: once the request is complete (or 1 s after its first byte), answer with the
    /// received bytes in a `raw-request` header and, unless it is `HEAD / HTTP/1.1`, as the body; then close.
    private func serveRawEcho() {
        guard server.markIdle(fd), reader.fill() else { return }
        server.markBusy(fd)
        let deadline = Platform.now() + 1.0
        while !RawRequest.isComplete(Array(reader.bufferedBytes)) {
            let remaining = Int32((deadline - Platform.now()) * 1000)
            guard remaining > 0, Platform.waitReadable(fd, milliseconds: remaining), reader.fill() else {
                break
            }
        }
        let bytes = Array(reader.bufferedBytes)
        if let request = RawRequest.record(bytes) { server.record(request) }
        var raw: [UInt8] = []
        JSONValue.writeString(String(decoding: bytes, as: UTF8.self), into: &raw, asciiOnly: true)
        var out = Array(
            "HTTP/1.1 200 ok\r\nconnection: close\r\ncontent-type: text/plain\r\nraw-request: ".utf8)
        out += raw
        out += [13, 10, 13, 10]
        if !bytes.starts(with: Array("HEAD / HTTP/1.1".utf8)) { out += bytes }
        _ = stream.send(out)
    }
}

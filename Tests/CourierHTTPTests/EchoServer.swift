import Foundation
import XCTest

/// A small HTTP/1.1 server on 127.0.0.1 (an inline Python 3 script run as a child process) that
/// echoes what it received. Stand-in until these tests move to `CourierTestServer`.
///
/// Routes: `/echo` (any method; JSON of method, path, connection number, raw headers, base64
/// body), `/redirect?to=&code=`, `/redirect/N` (a chain ending at `/echo`), `/status/N`
/// (`?noreason=1` sends an empty reason phrase), `/gzip`, `/deflate`, `/set-cookie?name=value`,
/// `/slow?ms=`, `/bytes?n=` (n x 256 bytes), `/response-headers`.
final class EchoServer {
    /// The port it listens on.
    let port: Int
    /// `http://127.0.0.1:<port>` (or `https://`).
    let baseURL: String
    private let process: Process

    /// Starts the server and waits until it prints its port; with a PEM certificate and key it
    /// speaks HTTPS.
    init(certificateFile: String? = nil, keyFile: String? = nil) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script] + [certificateFile, keyFile].compactMap { $0 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        let handle = output.fileHandleForReading
        while true {
            let byte = try handle.read(upToCount: 1) ?? Data()
            if byte.isEmpty || byte == Data([0x0A]) { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            process.terminate()
            throw CocoaError(.fileReadCorruptFile)
        }
        self.port = port
        baseURL = (certificateFile == nil ? "http" : "https") + "://127.0.0.1:\(port)"
    }

    /// Stops the server and waits for it to exit.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit { stop() }

    private static let script = #"""
        import sys, json, base64, gzip, time, threading, zlib
        from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
        from urllib.parse import urlsplit, parse_qs
        conns = [0]
        lock = threading.Lock()
        class H(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            def log_message(self, *a): pass
            def setup(self):
                super().setup()
                with lock:
                    conns[0] += 1
                    self.conn_id = conns[0]
            def __getattr__(self, name):
                if name.startswith("do_"):
                    return self.handle_any
                raise AttributeError(name)
            def send(self, code, body=b"", headers=(), reason=None):
                self.send_response_only(code, reason)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
            def handle_any(self):
                u = urlsplit(self.path)
                q = {k: v[0] for k, v in parse_qs(u.query).items()}
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                p = u.path
                if p.startswith("/redirect"):
                    parts = p.split("/")
                    if len(parts) > 2 and parts[2].isdigit():
                        k = int(parts[2])
                        loc = "/redirect/%d" % (k - 1) if k > 1 else "/echo"
                        return self.send(302, b"", [("Location", loc)])
                    return self.send(int(q.get("code", "302")), b"", [("Location", q.get("to", "/echo"))])
                if p.startswith("/status/"):
                    return self.send(int(p.split("/")[2]), b"", [], "" if q.get("noreason") else None)
                if p == "/gzip":
                    data = json.dumps({"gzipped": True}).encode()
                    return self.send(200, gzip.compress(data), [("Content-Type", "application/json"), ("Content-Encoding", "gzip")])
                if p == "/deflate":
                    return self.send(200, zlib.compress(b'{"deflated": true}'), [("Content-Encoding", "deflate")])
                if p == "/set-cookie":
                    return self.send(200, b"ok", [("Set-Cookie", "%s=%s; Path=/" % (k, v)) for k, v in q.items()])
                if p == "/slow":
                    time.sleep(int(q.get("ms", "1000")) / 1000.0)
                    return self.send(200, b"slow")
                if p == "/bytes":
                    return self.send(200, bytes(range(256)) * int(q.get("n", "1")), [("Content-Type", "application/octet-stream")])
                if p == "/response-headers":
                    return self.send(200, b"hi", [("X-Zeta", "1"), ("x-alpha", "2"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("X-MiXeD-Case", "3")])
                out = {"method": self.command, "path": self.path, "connection": self.conn_id,
                       "headers": [[k, v] for k, v in self.headers.raw_items()],
                       "body": base64.b64encode(body).decode()}
                self.send(200, json.dumps(out).encode(), [("Content-Type", "application/json")])
        s = ThreadingHTTPServer(("127.0.0.1", 0), H)
        s.daemon_threads = True
        if len(sys.argv) > 2:
            import ssl
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(sys.argv[1], sys.argv[2])
            s.socket = ctx.wrap_socket(s.socket, server_side=True)
        print(s.server_address[1], flush=True)
        s.serve_forever()
        """#
}

/// What `/echo` reports about the request it received.
struct Echo: Decodable {
    /// The request method.
    var method: String
    /// The request target as received.
    var path: String
    /// Which TCP connection (1, 2, ...) carried the request.
    var connection: Int
    /// The headers as received, in order, as `[name, value]` pairs.
    var headers: [[String]]
    /// The body, base64-encoded.
    var body: String

    /// The headers as `HTTPHeader`-like pairs.
    var headerPairs: [(String, String)] { headers.map { ($0[0], $0[1]) } }

    /// The header names in order.
    var headerNames: [String] { headers.map { $0[0] } }

    /// The decoded body.
    var bodyData: Data { Data(base64Encoded: body) ?? Data() }

    /// The first value of a header, by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { $0[0].lowercased() == name.lowercased() }?[1]
    }

    /// Decodes an `/echo` response body, failing the test at the caller's line on bad JSON.
    static func decode(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> Echo {
        do {
            return try JSONDecoder().decode(Echo.self, from: data)
        } catch {
            XCTFail("not an echo: \(String(decoding: data, as: UTF8.self))", file: file, line: line)
            throw error
        }
    }
}

import CourierTestServer
import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The result of running the curl command line tool.
struct CurlResult {
    var exitCode: Int32
    var output: String
}

/// Runs `/usr/bin/curl -sS` with `arguments` and returns its exit code and stdout.
func curl(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> CurlResult {
    let path = "/usr/bin/curl"
    guard FileManager.default.isExecutableFile(atPath: path) else { throw XCTSkip("curl is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-sS", "--max-time", "20"] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CurlResult(exitCode: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
}

/// Parses JSON text into a dictionary, failing the test when it is not an object.
func jsonObject(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    return try XCTUnwrap(value as? [String: Any], "not a JSON object: \(text)", file: file, line: line)
}

/// A response read by `RawClient`.
struct RawResponse {
    var status: Int
    var headers: [(String, String)]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}

/// A tiny blocking HTTP/1.1 client over one TCP connection, for keep-alive and malformed-input tests.
final class RawClient {
    private let fd: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16) throws {
        #if canImport(Glibc)
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
        var tv = timeval(tv_sec: 10, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    /// Sends raw bytes.
    func send(_ text: String) { send(Array(text.utf8)) }

    /// Sends raw bytes.
    func send(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = sendBytes(fd, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
        guard n > 0 else { return false }
        buffer += chunk[0..<n]
        return true
    }

    /// Reads everything until the server closes the connection.
    func readToEnd() -> [UInt8] {
        while fill() {}
        defer { buffer = [] }
        return buffer
    }

    /// Reads one response (Content-Length or chunked framing); `head` means the body is absent.
    func readResponse(head: Bool = false) throws -> RawResponse {
        var headEnd: Int?
        while headEnd == nil {
            if buffer.count >= 4 {
                for i in 0...(buffer.count - 4)
                where buffer[i] == 13 && buffer[i + 1] == 10 && buffer[i + 2] == 13 && buffer[i + 3] == 10 {
                    headEnd = i + 4
                    break
                }
            }
            if headEnd == nil && !fill() { throw POSIXError(.ECONNRESET) }
        }
        let headText = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd!)
        let lines = headText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        let headers = lines.dropFirst().map { line -> (String, String) in
            let colon = line.firstIndex(of: ":")!
            return (
                String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            )
        }
        var response = RawResponse(status: status, headers: headers, body: [])
        if head || status == 204 || status == 304 || status < 200 { return response }
        if response.header("Transfer-Encoding")?.lowercased() == "chunked" {
            while true {
                let sizeLine = try readLine()
                let size = Int(sizeLine, radix: 16) ?? 0
                if size == 0 {
                    _ = try readLine()
                    return response
                }
                while buffer.count < size + 2 { if !fill() { throw POSIXError(.ECONNRESET) } }
                response.body += buffer[0..<size]
                buffer.removeFirst(size + 2)
            }
        }
        let length = Int(response.header("Content-Length") ?? "0") ?? 0
        while buffer.count < length { if !fill() { throw POSIXError(.ECONNRESET) } }
        response.body = Array(buffer[0..<length])
        buffer.removeFirst(length)
        return response
    }

    private func readLine() throws -> String {
        while true {
            if let lf = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[0..<lf], as: UTF8.self).trimmingCharacters(
                    in: .whitespacesAndNewlines)
                buffer.removeFirst(lf + 1)
                return line
            }
            if !fill() { throw POSIXError(.ECONNRESET) }
        }
    }

    /// True when the server has closed its side (a read returns end of stream).
    func isClosedByServer() -> Bool { buffer.isEmpty && !fill() }
}

private func sendBytes(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.send(fd, pointer, count, Int32(MSG_NOSIGNAL))
    #else
        return Darwin.send(fd, pointer, count, 0)
    #endif
}

/// Base class: starts a fresh postman-echo server on port 0 for every test and stops it afterwards.
class ServerTestCase: XCTestCase {
    var server: TestServer!

    override func setUpWithError() throws {
        server = try TestServer.start()
    }

    override func tearDown() {
        server?.stop()
        server = nil
    }

    /// `baseURL + path`.
    func url(_ path: String) -> String { server.baseURL + path }
}

/// The `courier-testserver` built next to the test bundle; skips the test when it is not built.
func builtTestServerExecutable() throws -> URL {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("courier-testserver")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw XCTSkip("courier-testserver is not built next to the tests")
    }
    return binary
}

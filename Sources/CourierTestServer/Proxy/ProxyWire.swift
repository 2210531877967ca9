import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The byte-level pieces of the test proxy: reading heads and bodies, dialling 127.0.0.1, relaying.
enum ProxyWire {
    /// Reads up to the end of a request or response head; returns the head (without the blank line) and
    /// any bytes read past it, or nil when the peer closed first or the head is over 64 KB.
    static func readHead(_ fd: Int32) -> (String, [UInt8])? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while buffer.count < 65_536 {
            let n = chunk.withUnsafeMutableBytes { Platform.receive(fd, $0.baseAddress!, $0.count) }
            guard n > 0 else { return nil }
            buffer += chunk[0..<n]
            if let end = headEnd(buffer) {
                return (String(decoding: buffer[0..<end], as: UTF8.self), Array(buffer[(end + 4)...]))
            }
        }
        return nil
    }

    /// The index of the `\r\n\r\n` that ends a head.
    static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4)
        where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10
        {
            return index
        }
        return nil
    }

    /// The value of the first header called `name` (any case) among `lines`.
    static func value(of name: String, in lines: [String]) -> String? {
        for line in lines {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                return parts[1].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// `http://host:port/path?query` as (`host:port`, `/path?query`).
    static func splitAbsolute(_ url: String) -> (String, String)? {
        guard url.lowercased().hasPrefix("http://") else { return nil }
        let rest = url.dropFirst("http://".count)
        let slash = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        var path = String(rest[slash...])
        if path.isEmpty { path = "/" } else if path.hasPrefix("?") { path = "/" + path }
        let authority = String(rest[..<slash])
        return (authority.contains(":") ? authority : authority + ":80", path)
    }

    /// Connects to `host:port` when the host is 127.0.0.1 or localhost; nil otherwise or on failure.
    static func connectLoopback(_ hostPort: String) -> Int32? {
        guard let colon = hostPort.lastIndex(of: ":"),
            let port = UInt16(hostPort[hostPort.index(after: colon)...])
        else { return nil }
        let host = hostPort[..<colon].lowercased()
        guard host == "127.0.0.1" || host == "localhost" else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let fd = socket(AF_INET, Platform.streamType, 0)
        guard fd >= 0 else { return nil }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// The request body: `Content-Length` bytes, or chunked bytes up to the last chunk, or nothing.
    static func readBody(_ fd: Int32, headers: [String], already: [UInt8]) -> [UInt8] {
        var body = already
        var chunk = [UInt8](repeating: 0, count: 16_384)
        func more() -> Bool {
            let n = chunk.withUnsafeMutableBytes { Platform.receive(fd, $0.baseAddress!, $0.count) }
            guard n > 0 else { return false }
            body += chunk[0..<n]
            return true
        }
        if let length = value(of: "Content-Length", in: headers).flatMap(Int.init) {
            while body.count < length, more() {}
        } else if value(of: "Transfer-Encoding", in: headers)?.lowercased().contains("chunked") == true {
            let last: [UInt8] = Array("0\r\n\r\n".utf8)
            while !(body.count >= 5 && Array(body.suffix(5)) == last), more() {}
        }
        return body
    }

    /// Everything the peer sends until it closes.
    static func readAll(_ fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = chunk.withUnsafeMutableBytes { Platform.receive(fd, $0.baseAddress!, $0.count) }
            guard n > 0 else { return bytes }
            bytes += chunk[0..<n]
        }
    }

    /// A response with the marker header added and `Connection: close` instead of keep-alive headers.
    static func markResponse(_ response: [UInt8]) -> [UInt8] {
        guard let end = headEnd(response) else { return response }
        let lines = String(decoding: response[0..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let kept = lines.dropFirst().filter { line in
            let name = line.split(separator: ":", maxSplits: 1).first.map { $0.lowercased() } ?? ""
            return name != "connection" && name != "keep-alive"
        }
        let head = ([lines[0]] + kept + ["\(ForwardProxy.marker): 1", "Connection: close", "", ""])
            .joined(separator: "\r\n")
        return Array(head.utf8) + response[(end + 4)...]
    }

    /// Copies bytes from one socket to the other until end of stream, then half-closes the other.
    static func copy(from source: Int32, to destination: Int32) {
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let n = chunk.withUnsafeMutableBytes { Platform.receive(source, $0.baseAddress!, $0.count) }
            guard n > 0, Platform.sendAll(destination, Array(chunk[0..<n])) else { break }
        }
        _ = shutdown(destination, Int32(SHUT_WR))
    }
}

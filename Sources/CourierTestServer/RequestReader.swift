/// Buffered reads from one connection: a request head, a fixed-size body, or a chunked body.
final class RequestReader {
    /// Why reading stopped.
    enum Failure: Error {
        case closed
        case tooLarge
        case malformed
    }

    private let stream: ByteStream
    private var buffer: [UInt8] = []
    private var start = 0
    private var scanFrom = 0
    private var scratch = [UInt8](repeating: 0, count: 65_536)

    init(stream: ByteStream) {
        self.stream = stream
    }

    /// True when bytes are already buffered (a pipelined request).
    var hasBufferedBytes: Bool { start < buffer.count }

    /// Every byte buffered and not yet consumed.
    var bufferedBytes: ArraySlice<UInt8> { buffer[start...] }

    /// Reads once more from the socket; false on end of stream or error.
    func fill() -> Bool {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            scanFrom = 0
            start = 0
        } else if start > 65_536 && start * 2 > buffer.count {
            buffer.removeFirst(start)
            scanFrom -= start
            start = 0
        }
        let n = scratch.withUnsafeMutableBytes { stream.receive($0.baseAddress!, $0.count) }
        guard n > 0 else { return false }
        buffer.append(contentsOf: scratch[0..<n])
        return true
    }

    /// Reads up to and including the blank line that ends a request head.
    func readHead(limit: Int = 65_536) throws(Failure) -> [UInt8] {
        scanFrom = max(scanFrom, start)
        while true {
            if let end = headEnd() {
                let head = Array(buffer[start..<end])
                start = end
                scanFrom = end
                return head
            }
            if buffer.count - start > limit { throw .tooLarge }
            scanFrom = max(start, buffer.count - 3)
            guard fill() else { throw .closed }
        }
    }

    private func headEnd() -> Int? {
        var i = scanFrom
        let count = buffer.count
        while i < count {
            if buffer[i] == 10 {
                if i + 1 < count && buffer[i + 1] == 10 { return i + 2 }
                if i + 2 < count && buffer[i + 1] == 13 && buffer[i + 2] == 10 { return i + 3 }
                if i == start { return i + 1 }  // stray empty line before the request line
            }
            i += 1
        }
        return nil
    }

    /// Drops leading CRLFs between requests (allowed by RFC 9112).
    func skipLeadingBlankLines() {
        while start < buffer.count && (buffer[start] == 13 || buffer[start] == 10) { start += 1 }
    }

    /// Reads exactly `count` bytes.
    func read(count: Int) throws(Failure) -> [UInt8] {
        while buffer.count - start < count {
            guard fill() else { throw .closed }
        }
        let bytes = Array(buffer[start..<start + count])
        start += count
        return bytes
    }

    /// Reads one line without its line ending.
    func readLine(limit: Int = 8_192) throws(Failure) -> [UInt8] {
        var i = start
        while true {
            while i < buffer.count {
                if buffer[i] == 10 {
                    var end = i
                    if end > start && buffer[end - 1] == 13 { end -= 1 }
                    let line = Array(buffer[start..<end])
                    start = i + 1
                    return line
                }
                i += 1
            }
            if buffer.count - start > limit { throw .tooLarge }
            let scanned = i - start
            guard fill() else { throw .closed }
            i = start + scanned
        }
    }

    /// Reads a chunked body, discarding trailers.
    func readChunked(limit: Int) throws(Failure) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let line = try readLine()
            let sizeText = String(decoding: line.prefix { $0 != 59 }, as: UTF8.self)
                .trimmedOWS
            guard let size = Int(sizeText, radix: 16), size >= 0 else { throw .malformed }
            if size == 0 {
                while try !readLine().isEmpty {}
                return body
            }
            guard body.count + size <= limit else { throw .tooLarge }
            body += try read(count: size)
            guard try readLine().isEmpty else { throw .malformed }
        }
    }
}

extension String {
    /// The string without spaces and tabs at either end.
    var trimmedOWS: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return String(s)
    }
}

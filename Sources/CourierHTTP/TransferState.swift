import CCurlShim
import Foundation

/// What curl's header and write callbacks collect during one hop. The client owns one and
/// reuses it for every request; the callbacks reach it through curl's user-data pointer.
final class TransferState {
    /// Status code of the latest status line seen.
    var status = 0
    /// Reason phrase of the latest status line ("" when none).
    var reason = ""
    /// HTTP version of the latest status line ("1.1", "2").
    var httpVersion = ""
    /// Headers after the latest status line (so interim 1xx responses are dropped).
    var headers: [HTTPHeader] = []
    /// The (decoded) body received so far.
    var body = Data()
    /// The body size limit of the current request.
    var maxBodySize = Int.max
    /// Set when the write callback refused data beyond `maxBodySize`.
    var exceededMaxBodySize = false
    /// End the transfer once the final response's headers are in (a HEAD sent with a body, where
    /// curl cannot be told not to wait for a body).
    var stopAfterHeaders = false
    /// Set when the transfer was ended on purpose after the headers.
    var stoppedAfterHeaders = false

    /// Clears everything for a new hop.
    func reset(maxBodySize: Int) {
        status = 0
        reason = ""
        httpVersion = ""
        headers.removeAll(keepingCapacity: true)
        body = Data()
        self.maxBodySize = maxBodySize
        exceededMaxBodySize = false
        stopAfterHeaders = false
        stoppedAfterHeaders = false
    }

    /// True when `line` ends the headers of a final response and the transfer should stop there.
    func shouldStop(afterHeaderLine line: UnsafeRawBufferPointer) -> Bool {
        guard stopAfterHeaders, status >= 200, line.allSatisfy({ $0 == 13 || $0 == 10 }) else { return false }
        stoppedAfterHeaders = true
        return true
    }

    /// Takes one raw header line (status line, header, continuation or the blank end line).
    func receiveHeaderLine(_ line: UnsafeRawBufferPointer) {
        let bytes = line.bindMemory(to: UInt8.self)
        var end = bytes.count
        while end > 0, bytes[end - 1] == 13 || bytes[end - 1] == 10 { end -= 1 }
        guard end > 0 else { return }
        let text = UnsafeBufferPointer(rebasing: bytes[0..<end])
        if end > 5, text[0] == 72, text[1] == 84, text[2] == 84, text[3] == 80, text[4] == 47 {  // "HTTP/"
            receiveStatusLine(text)
        } else if text[0] == 32 || text[0] == 9, !headers.isEmpty {  // obsolete line folding
            headers[headers.count - 1].value += " " + Self.trimmed(text[...])
        } else if let colon = text.firstIndex(of: 58) {  // ":"
            let name = String(decoding: text[..<colon], as: UTF8.self)
            let value = Self.trimmed(text[(colon + 1)...])
            headers.append(HTTPHeader(name: name, value: value))
            if body.isEmpty, name.equalsIgnoringASCIICase("Content-Length"), let length = Int(value) {
                body.reserveCapacity(min(length, maxBodySize))
            }
        }
    }

    /// Takes a chunk of body; false when it would exceed the size limit.
    func receiveBody(_ chunk: UnsafeRawBufferPointer) -> Bool {
        guard body.count + chunk.count <= maxBodySize else {
            exceededMaxBodySize = true
            return false
        }
        body.append(contentsOf: chunk)
        return true
    }

    /// Parses `HTTP/1.1 200 OK` and starts a new header block.
    private func receiveStatusLine(_ text: UnsafeBufferPointer<UInt8>) {
        headers.removeAll(keepingCapacity: true)
        let parts = text.split(separator: 32, maxSplits: 2, omittingEmptySubsequences: true)
        httpVersion = String(decoding: parts[0].dropFirst(5), as: UTF8.self)
        status = parts.count > 1 ? Int(String(decoding: parts[1], as: UTF8.self)) ?? 0 : 0
        reason = parts.count > 2 ? Self.trimmed(parts[2]) : ""
    }

    /// The bytes as a string without surrounding spaces and tabs.
    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        var slice = bytes
        while let first = slice.first, first == 32 || first == 9 { slice = slice.dropFirst() }
        while let last = slice.last, last == 32 || last == 9 { slice = slice.dropLast() }
        return String(decoding: slice, as: UTF8.self)
    }
}

/// curl's callbacks, as C function pointers that find the `TransferState` in their user data.
enum TransferCallbacks {
    /// `CURLOPT_HEADERFUNCTION`: one header line per call.
    static let header: courier_write_callback = { buffer, size, count, userData in
        let length = size * count
        guard let buffer, let userData else { return length }
        let state = Unmanaged<TransferState>.fromOpaque(userData).takeUnretainedValue()
        let line = UnsafeRawBufferPointer(start: buffer, count: length)
        if state.shouldStop(afterHeaderLine: line) { return 0 }
        state.receiveHeaderLine(line)
        return length
    }

    /// `CURLOPT_WRITEFUNCTION`: a chunk of (decoded) body; returning 0 aborts the transfer.
    static let body: courier_write_callback = { buffer, size, count, userData in
        let length = size * count
        guard let buffer, let userData else { return length }
        let state = Unmanaged<TransferState>.fromOpaque(userData).takeUnretainedValue()
        return state.receiveBody(UnsafeRawBufferPointer(start: buffer, count: length)) ? length : 0
    }
}

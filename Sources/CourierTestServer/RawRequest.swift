/// Helpers for raw-echo mode, which sees requests only as bytes.
enum RawRequest {
    /// True when `bytes` hold a whole request: head plus the body its framing announces.
    static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let (parsed, bodyStart) = head(of: bytes) else { return false }
        let body = bytes.count - bodyStart
        let te =
            parsed.headers.first { $0.name.lowercased() == "transfer-encoding" }?.value.lowercased() ?? ""
        if te.contains("chunked") {
            return bytes.count >= 5 && Array(bytes.suffix(5)) == Array("0\r\n\r\n".utf8)
        }
        let length =
            parsed.headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        return body >= length
    }

    /// A best-effort record of the bytes; nil when they do not start with a valid request head.
    static func record(_ bytes: [UInt8]) -> RecordedRequest? {
        guard let (parsed, bodyStart) = head(of: bytes) else { return nil }
        return RecordedRequest(
            method: parsed.method, target: parsed.target,
            headers: parsed.headers.map { RecordedRequest.Header(name: $0.name, value: $0.value) },
            body: Array(bytes[bodyStart...]))
    }

    private static func head(of bytes: [UInt8]) -> (RequestHead.Parsed, Int)? {
        if let end = Multipart.find([13, 10, 13, 10], in: bytes, from: 0),
            let parsed = RequestHead.parse(Array(bytes[..<(end + 4)]))
        {
            return (parsed, end + 4)
        }
        return nil
    }
}

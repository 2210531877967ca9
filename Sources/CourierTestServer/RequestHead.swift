/// Parses a request line and header block; nil when the bytes are not a valid HTTP/1.x request head.
enum RequestHead {
    /// The pieces of a request head.
    struct Parsed {
        var method: String
        var target: String
        var version: String
        var headers: [(name: String, value: String)]
    }

    private static let tokenBytes: Set<UInt8> = Set(Array("!#$%&'*+-.^_`|~".utf8))

    private static func isToken(_ s: Substring.UTF8View) -> Bool {
        !s.isEmpty
            && s.allSatisfy {
                ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122)
                    || tokenBytes.contains($0)
            }
    }

    /// Parses `head` (request line, headers, blank line).
    static func parse(_ head: [UInt8]) -> Parsed? {
        var lines: [Substring] = []
        for raw in head.split(separator: 10, omittingEmptySubsequences: false) {
            var line = raw
            if line.last == 13 { line = line.dropLast() }
            lines.append(Substring(String(decoding: line, as: UTF8.self)))
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        guard let requestLine = lines.first else { return nil }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, isToken(parts[0].utf8), !parts[1].isEmpty,
            parts[1].utf8.allSatisfy({ $0 > 32 && $0 != 127 }),
            parts[2] == "HTTP/1.1" || parts[2] == "HTTP/1.0"
        else { return nil }
        var headers: [(name: String, value: String)] = []
        headers.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon]
            guard isToken(name.utf8) else { return nil }
            headers.append((String(name), String(line[line.index(after: colon)...]).trimmedOWS))
        }
        return Parsed(
            method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    }
}

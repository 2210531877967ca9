/// Parses `multipart/form-data` bodies into text fields and file parts.
enum Multipart {
    /// One part of a multipart body.
    struct Part {
        var name: String
        var fileName: String?
        var contentType: String?
        var content: [UInt8]
    }

    /// The boundary parameter of a multipart Content-Type, unquoted.
    static func boundary(of contentType: String) -> String? {
        for param in contentType.split(separator: ";").dropFirst() {
            let kv = param.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, String(kv[0]).trimmedOWS.lowercased() == "boundary" else { continue }
            var value = String(kv[1]).trimmedOWS
            if value.hasPrefix("\"") && value.hasSuffix("\"") && value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// Splits `body` on `--boundary` lines and parses each part's headers.
    static func parse(_ body: [UInt8], boundary: String) -> [Part] {
        let delimiter = Array("--\(boundary)".utf8)
        var positions: [Int] = []
        var i = 0
        while let found = find(delimiter, in: body, from: i) {
            positions.append(found)
            i = found + delimiter.count
        }
        var parts: [Part] = []
        for (index, position) in positions.enumerated() where index + 1 < positions.count {
            var start = position + delimiter.count
            if start + 1 < body.count && body[start] == 45 && body[start + 1] == 45 { break }
            // Skip the rest of the delimiter line.
            while start < body.count && body[start] != 10 { start += 1 }
            start += 1
            var end = positions[index + 1]
            if end > start && body[end - 1] == 10 { end -= 1 }
            if end > start && body[end - 1] == 13 { end -= 1 }
            guard start <= end else { continue }
            if let part = parsePart(Array(body[start..<end])) { parts.append(part) }
        }
        return parts
    }

    private static func parsePart(_ bytes: [UInt8]) -> Part? {
        var headerEnd = bytes.count
        var contentStart = bytes.count
        if let crlf = find([13, 10, 13, 10], in: bytes, from: 0) {
            headerEnd = crlf
            contentStart = crlf + 4
        } else if let lf = find([10, 10], in: bytes, from: 0) {
            headerEnd = lf
            contentStart = lf + 2
        }
        if bytes.starts(with: [13, 10]) {
            headerEnd = 0
            contentStart = 2
        }
        var name: String?
        var fileName: String?
        var contentType: String?
        for rawLine in bytes[0..<headerEnd].split(separator: 10) {
            let line = Substring(
                String(decoding: rawLine.last == 13 ? rawLine.dropLast() : rawLine, as: UTF8.self))
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].lowercased()
            let value = String(line[line.index(after: colon)...]).trimmedOWS
            if field == "content-disposition" {
                name = parameter("name", in: value)
                fileName = parameter("filename", in: value)
            } else if field == "content-type" {
                contentType = value
            }
        }
        guard let name else { return nil }
        return Part(
            name: name, fileName: fileName, contentType: contentType,
            content: contentStart <= bytes.count ? Array(bytes[contentStart...]) : [])
    }

    /// A parameter of a header value such as `form-data; name="a"; filename="b.txt"`.
    static func parameter(_ wanted: String, in value: String) -> String? {
        var rest = Substring(value)
        while let semi = rest.firstIndex(of: ";") {
            rest = rest[rest.index(after: semi)...]
            while rest.first == " " || rest.first == "\t" { rest.removeFirst() }
            guard let eq = rest.firstIndex(of: "=") else { return nil }
            let key = rest[..<eq].lowercased()
            rest = rest[rest.index(after: eq)...]
            var result = ""
            if rest.first == "\"" {
                rest.removeFirst()
                while let c = rest.first, c != "\"" {
                    rest.removeFirst()
                    if c == "\\", let next = rest.first {
                        result.append(next)
                        rest.removeFirst()
                    } else {
                        result.append(c)
                    }
                }
                if !rest.isEmpty { rest.removeFirst() }
            } else {
                let end = rest.firstIndex(of: ";") ?? rest.endIndex
                result = String(rest[..<end]).trimmedOWS
                rest = rest[end...]
            }
            if key == wanted { return result }
        }
        return nil
    }

    /// The first index of `needle` in `haystack` at or after `from`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count && haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

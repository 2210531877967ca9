/// One HTTP response built by a route; the connection adds framing headers when it is written.
struct ServerResponse: Sendable {
    var status: Int
    var headers: [(name: String, value: String)] = []
    var body: [UInt8] = []
    /// When set, the body is sent with chunked transfer encoding, one chunk per element.
    var chunks: [[UInt8]]? = nil
    /// When true, the connection closes after this response.
    var closeConnection = false
    /// When set, the connection hands its socket to this instead of writing the response, then
    /// closes (fault routes: resets, slow or broken bytes; see `Faults/FaultRoutes.swift`).
    var raw: RawResponder? = nil

    /// The JSON content type postman-echo sends.
    static let jsonContentType = "application/json; charset=utf-8"

    /// A JSON response with postman-echo's content type.
    static func json(_ value: JSONValue, status: Int = 200) -> ServerResponse {
        ServerResponse(
            status: status, headers: [("Content-Type", jsonContentType)], body: value.serializedBytes())
    }

    /// A plain-text response.
    static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8")
        -> ServerResponse
    {
        ServerResponse(status: status, headers: [("Content-Type", contentType)], body: Array(text.utf8))
    }

    /// A redirect with a small text body.
    static func redirect(to location: String, status: Int = 302) -> ServerResponse {
        var response = text("Found. Redirecting to \(location)", status: status)
        response.headers.append(("Location", location))
        return response
    }

    /// True for statuses that never carry a body (1xx, 204, 304).
    var isBodiless: Bool { status < 200 || status == 204 || status == 304 }

    /// The bytes to write: status line, headers, framing and (unless `head`) the body.
    func serialized(head: Bool, close: Bool) -> [UInt8] {
        var out = "HTTP/1.1 \(status) \(StatusReason.phrase(for: status))\r\n"
        for (name, value) in headers {
            out += name
            out += ": "
            out += value
            out += "\r\n"
        }
        var payload: [UInt8] = []
        if !isBodiless {
            if let chunks, !head {
                out += "Transfer-Encoding: chunked\r\n"
                for chunk in chunks where !chunk.isEmpty {
                    payload += Array(String(chunk.count, radix: 16).utf8) + [13, 10] + chunk + [13, 10]
                }
                payload += Array("0\r\n\r\n".utf8)
            } else {
                let length = chunks.map { $0.reduce(0) { $0 + $1.count } } ?? body.count
                out += "Content-Length: \(length)\r\n"
                if !head { payload = body }
            }
        }
        if close { out += "Connection: close\r\n" }
        out += "\r\n"
        var bytes = Array(out.utf8)
        bytes += payload
        return bytes
    }
}

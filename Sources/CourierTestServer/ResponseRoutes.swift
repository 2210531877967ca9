/// Routes that shape the response: status codes, delays, streams, chosen headers and content types.
enum ResponseRoutes {
    static let routes: [Route] = [
        Route([], "/status/{code}", status),
        Route([], "/delay/{seconds}", delay),
        Route(["GET"], "/stream/{n}", stream),
        Route([], "/response-headers", responseHeaders),
        Route(["GET"], "/encoding/utf8", { _ in .text(utf8Sample, contentType: "text/html; charset=utf-8") }),
        Route(["GET"], "/type/html", { _ in .text(html, contentType: "application/html; charset=utf-8") }),
        Route(["GET"], "/type/xml", { _ in .text(xml, contentType: "application/xml; charset=utf-8") }),
    ]

    static let html =
        "<!DOCTYPE html><html><head><title>Hello World!</title></head><body><h1>Hello World!</h1></body></html>"
    static let xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><food><key>Homestyle Breakfast</key><value>950</value></food>"
    static let utf8Sample = """
        <h1>Unicode Demo</h1>
        <p>Greek: Σὲ γνωρίζω ἀπὸ τὴν κόψη · Russian: Съешь же ещё этих мягких французских булок ·
        Japanese: いろはにほへと · Math: ∀x∈ℝ, x² ≥ 0 · Arrows: ← ↑ → ↓ · Emoji: 🍪 ✓</p>

        """

    /// `/status/{code}`: that status with `{"status": code}`.
    static func status(_ context: RouteContext) -> ServerResponse {
        guard let code = Int(context.param("code")), (100...599).contains(code) else {
            return .json(.object([("error", .string("invalid status code"))]), status: 400)
        }
        return .json(.object([("status", .int(code))]), status: code)
    }

    /// `/delay/{seconds}`: sleeps (fractions allowed, at most 10 s), then `{"delay": "<seconds>"}`.
    static func delay(_ context: RouteContext) -> ServerResponse {
        let text = context.param("seconds")
        guard let seconds = Double(text), seconds >= 0, seconds.isFinite else {
            return .json(.object([("error", .string("invalid delay"))]), status: 400)
        }
        Platform.sleep(seconds: min(seconds, 10))
        return .json(.object([("delay", .string(text))]))
    }

    /// `/stream/{n}`: n JSON lines (at most 100), sent with chunked transfer encoding.
    static func stream(_ context: RouteContext) -> ServerResponse {
        guard let n = Int(context.param("n")), n >= 0 else {
            return .json(.object([("error", .string("invalid count"))]), status: 400)
        }
        let line = EchoRoutes.getEcho(context.request).serializedBytes() + [10]
        var response = ServerResponse(
            status: 200, headers: [("Content-Type", ServerResponse.jsonContentType)])
        response.chunks = Array(repeating: line, count: min(n, 100))
        return response
    }

    /// `/response-headers?K=V`: each pair becomes a response header; the body echoes the pairs.
    static func responseHeaders(_ context: RouteContext) -> ServerResponse {
        let pairs = context.request.queryPairs
        var response = ServerResponse.json(JSONValue.groupingRepeats(pairs.map { ($0.0, .string($0.1)) }))
        for (name, value) in pairs where isHeaderSafe(name) && isHeaderSafe(value) {
            if name.lowercased() == "content-type" {
                response.headers.removeAll { $0.name.lowercased() == "content-type" }
                response.headers.append(("Content-Type", normalizedContentType(value)))
            } else if name.lowercased() != "content-length" && name.lowercased() != "transfer-encoding" {
                response.headers.append((name, value))
            }
        }
        return response
    }

    /// One space after each `;`, as postman-echo normalises a requested Content-Type.
    static func normalizedContentType(_ value: String) -> String {
        value.split(separator: ";", omittingEmptySubsequences: false)
            .map { String($0).trimmedOWS }
            .joined(separator: "; ")
    }

    private static func isHeaderSafe(_ text: String) -> Bool {
        !text.isEmpty && !text.utf8.contains { $0 == 13 || $0 == 10 || $0 == 0 }
    }
}

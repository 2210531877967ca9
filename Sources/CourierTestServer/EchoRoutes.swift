import Foundation

/// postman-echo's request echo routes, plus Courier's own `/echo`, `/json` and `/bytes/{n}`.
enum EchoRoutes {
    /// The fixed body of `/json`, built once.
    private static let fixedJSON: [UInt8] = JSONValue.object([
        ("id", .int(1)), ("name", .string("courier")), ("ok", .bool(true)),
        ("tags", .array([.string("fast"), .string("small")])),
    ]).serializedBytes()

    static let routes: [Route] = [
        Route(["GET"], "/get", get),
        Route(["POST"], "/post", bodyEcho),
        Route(["PUT"], "/put", bodyEcho),
        Route(["PATCH"], "/patch", bodyEcho),
        Route(["DELETE"], "/delete", bodyEcho),
        Route(["GET"], "/headers", { .json(.object([("headers", EchoFields.headers($0.request))])) }),
        Route([], "/echo", echo),
        Route(
            ["GET"], "/json",
            { _ in
                ServerResponse(
                    status: 200, headers: [("Content-Type", ServerResponse.jsonContentType)], body: fixedJSON)
            }),
        Route(["GET"], "/bytes/{n}", bytes),
    ]

    /// `GET /get`: args, headers, url.
    static func get(_ context: RouteContext) -> ServerResponse {
        .json(getEcho(context.request))
    }

    /// The `/get` body, also used by `/stream/{n}`.
    static func getEcho(_ request: ServerRequest) -> JSONValue {
        .object([
            ("args", EchoFields.args(request)),
            ("headers", EchoFields.headers(request)),
            ("url", .string(request.echoURL)),
        ])
    }

    /// `/post`, `/put`, `/patch`, `/delete`: the seven keys, always present.
    static func bodyEcho(_ context: RouteContext) -> ServerResponse {
        let request = context.request
        let body = EchoFields.body(request)
        return .json(
            .object([
                ("args", EchoFields.args(request)),
                ("data", body.data),
                ("files", body.files),
                ("form", body.form),
                ("headers", EchoFields.headers(request)),
                ("json", body.json),
                ("url", .string(request.echoURL)),
            ]))
    }

    /// `/echo` (any method): method, the raw target as `path`, headers and the body text.
    static func echo(_ context: RouteContext) -> ServerResponse {
        let request = context.request
        return .json(
            .object([
                ("method", .string(request.method)),
                ("path", .string(request.target)),
                ("headers", EchoFields.headers(request)),
                ("body", .string(request.bodyText)),
            ]))
    }

    /// `/bytes/{n}`: n bytes (at most 100 MiB) of a repeating A–Z pattern.
    static func bytes(_ context: RouteContext) -> ServerResponse {
        guard let n = Int(context.param("n")), n >= 0, n <= 100 * 1_048_576 else {
            return .json(.object([("error", .string("bad byte count"))]), status: 400)
        }
        var body = [UInt8](repeating: 0, count: n)
        for i in 0..<n { body[i] = UInt8(65 + i % 26) }
        return ServerResponse(
            status: 200, headers: [("Content-Type", "application/octet-stream")], body: body)
    }
}

/// `/gzip` and `/deflate`: JSON bodies really encoded, with Content-Encoding.
enum CompressionRoutes {
    static let routes: [Route] = [
        Route(["GET"], "/gzip", { encoded($0, flag: "gzipped", encoding: "gzip", Compression.gzip) }),
        Route(["GET"], "/deflate", { encoded($0, flag: "deflated", encoding: "deflate", Compression.zlib) }),
    ]

    private static func encoded(
        _ context: RouteContext, flag: String, encoding: String, _ encode: ([UInt8]) -> [UInt8]
    ) -> ServerResponse {
        let json = JSONValue.object([
            (flag, .bool(true)),
            ("headers", EchoFields.headers(context.request)),
            ("method", .string(context.request.method)),
        ])
        return ServerResponse(
            status: 200,
            headers: [
                ("Content-Type", ServerResponse.jsonContentType), ("Content-Encoding", encoding),
                ("Vary", "Accept-Encoding"),
            ],
            body: encode(json.serializedBytes()))
    }
}

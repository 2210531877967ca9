/// postman-echo's redirect routes: `/redirect/{n}` and `/redirect-to?url=&status_code=`.
enum RedirectRoutes {
    static let routes: [Route] = [
        Route([], "/redirect/{n}", redirectChain),
        Route([], "/redirect-to", redirectTo),
    ]

    /// `/redirect/{n}`: 302 to `/redirect/{n-1}`, and from `/redirect/1` to `/get`.
    static func redirectChain(_ context: RouteContext) -> ServerResponse {
        guard let n = Int(context.param("n")), n >= 1 else {
            return .json(.object([("error", .string("invalid redirect count"))]), status: 400)
        }
        return .redirect(to: n == 1 ? "/get" : "/redirect/\(n - 1)")
    }

    /// `/redirect-to?url=U&status_code=C`: C (default 302, any 3xx) with `Location: U`.
    static func redirectTo(_ context: RouteContext) -> ServerResponse {
        let pairs = context.request.queryPairs
        guard let url = pairs.first(where: { $0.0 == "url" })?.1, !url.utf8.contains(where: { $0 < 32 })
        else {
            return .json(.object([("error", .string("missing url"))]), status: 400)
        }
        var status = 302
        if let code = pairs.first(where: { $0.0 == "status_code" }).flatMap({ Int($0.1) }),
            (300...399).contains(code)
        {
            status = code
        }
        return .redirect(to: url, status: status)
    }
}

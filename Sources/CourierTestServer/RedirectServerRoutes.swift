/// The route table of `.redirectServer` mode, like newman's redirect server (localhost:4042).
enum RedirectServerRoutes {
    static let router = Router(
        routes: [
            Route([], "/status/{code}", status),
            Route([], "/{n}", countdown),
        ],
        fallback: echo)

    /// `/{n}`: 302 to `/{n-1}`, and from `/1` to `/`; a non-number path is echoed.
    static func countdown(_ context: RouteContext) -> ServerResponse {
        guard let n = Int(context.param("n")), n >= 1, context.param("n").allSatisfy(\.isNumber) else {
            return echo(context)
        }
        return .redirect(to: n == 1 ? "/" : "/\(n - 1)")
    }

    /// `/status/{code}`: that status with `Location: /`.
    static func status(_ context: RouteContext) -> ServerResponse {
        guard let code = Int(context.param("code")), (100...599).contains(code) else { return echo(context) }
        var response = ServerResponse.text("", status: code)
        response.headers.append(("Location", "/"))
        return response
    }

    /// Any other path: `{"url": target, "method", "headers", "data"}`.
    static func echo(_ context: RouteContext) -> ServerResponse {
        let request = context.request
        let json = JSONValue.object([
            ("url", .string(request.target)),
            ("method", .string(request.method)),
            ("headers", EchoFields.headers(request)),
            ("data", .string(request.bodyText)),
        ])
        return ServerResponse(
            status: 200, headers: [("Content-Type", "application/json")], body: json.serializedBytes())
    }
}

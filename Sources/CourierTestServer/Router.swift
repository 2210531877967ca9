/// What a route handler receives: the request and the values of `{name}` path segments.
struct RouteContext: Sendable {
    var request: ServerRequest
    var params: [String: String]

    /// The path parameter `name` ("" when absent).
    func param(_ name: String) -> String { params[name] ?? "" }
}

/// A handler: request in, response out. It may sleep (it runs on the connection's thread).
typealias RouteHandler = @Sendable (RouteContext) -> ServerResponse

/// One route: allowed methods (empty means any) and a path pattern such as `/status/{code}`.
struct Route: Sendable {
    var methods: Set<String>
    var segments: [String]
    var handler: RouteHandler

    init(_ methods: [String], _ pattern: String, _ handler: @escaping RouteHandler) {
        self.methods = Set(methods)
        self.segments = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        self.handler = handler
    }

    /// The path parameters when `pathSegments` matches this pattern.
    func match(_ pathSegments: [Substring]) -> [String: String]? {
        guard pathSegments.count == segments.count else { return nil }
        var params: [String: String] = [:]
        for (pattern, actual) in zip(segments, pathSegments) {
            if pattern.hasPrefix("{") && pattern.hasSuffix("}") {
                guard !actual.isEmpty else { return nil }
                params[String(pattern.dropFirst().dropLast())] = String(actual)
            } else if pattern != actual {
                return nil
            }
        }
        return params
    }
}

/// Maps method and path to a route; answers HEAD from GET routes, OPTIONS generically, and 404/405.
struct Router: Sendable {
    var routes: [Route]
    /// Used when no route matches the path.
    var fallback: RouteHandler?

    /// Finds the route for `request` and runs it.
    func respond(to request: ServerRequest) -> ServerResponse {
        let pathSegments = request.path.split(separator: "/", omittingEmptySubsequences: false)
        var allowed: Set<String> = []
        var pathMatched = false
        let lookupMethod = request.method == "HEAD" ? "GET" : request.method
        for route in routes {
            guard let params = route.match(pathSegments) else { continue }
            pathMatched = true
            if route.methods.isEmpty || route.methods.contains(request.method)
                || route.methods.contains(lookupMethod)
            {
                return route.handler(RouteContext(request: request, params: params))
            }
            allowed.formUnion(route.methods)
        }
        if let fallback, !pathMatched {
            return fallback(RouteContext(request: request, params: [:]))
        }
        if !pathMatched {
            return .json(
                .object([
                    ("error", .object([("name", .string("NotFound")), ("message", .string("Not Found"))]))
                ]), status: 404)
        }
        if allowed.contains("GET") { allowed.insert("HEAD") }
        let allowHeader = allowed.sorted().joined(separator: ",")
        if request.method == "OPTIONS" {
            var response = ServerResponse.text(allowHeader, contentType: "text/html; charset=utf-8")
            response.headers.append(("Allow", allowHeader))
            return response
        }
        var response = ServerResponse.json(
            .object([
                (
                    "error",
                    .object([
                        ("name", .string("MethodNotAllowed")), ("message", .string("Method Not Allowed")),
                    ])
                )
            ]), status: 405)
        response.headers.append(("Allow", allowHeader))
        return response
    }
}

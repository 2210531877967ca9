/// postman-echo's cookie routes: `/cookies`, `/cookies/set`, `/cookies/delete`.
enum CookieRoutes {
    static let routes: [Route] = [
        Route(
            ["GET"], "/cookies", { .json(.object([("cookies", cookieObject(requestCookies($0.request)))])) }),
        Route(["GET"], "/cookies/set", set),
        Route(["GET"], "/cookies/delete", delete),
    ]

    /// The cookies of the request's Cookie headers, in order.
    static func requestCookies(_ request: ServerRequest) -> [(String, String)] {
        var cookies: [(String, String)] = []
        for (name, value) in request.headers where name.lowercased() == "cookie" {
            for piece in value.split(separator: ";") {
                let item = String(piece).trimmedOWS
                guard !item.isEmpty else { continue }
                if let eq = item.firstIndex(of: "=") {
                    cookies.append(
                        (String(item[..<eq]).trimmedOWS, String(item[item.index(after: eq)...]).trimmedOWS))
                } else {
                    cookies.append(("", item))
                }
            }
        }
        return cookies
    }

    private static func cookieObject(_ cookies: [(String, String)]) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        for (name, value) in cookies {
            pairs.removeAll { $0.0 == name }
            pairs.append((name, .string(value)))
        }
        return .object(pairs)
    }

    /// `/cookies/set?k=v`: 302 to /cookies with `Set-Cookie: k=v; Path=/` per pair.
    static func set(_ context: RouteContext) -> ServerResponse {
        var response = ServerResponse.redirect(to: "/cookies")
        for (name, value) in context.request.queryPairs where isCookieSafe(name) && isCookieSafe(value) {
            response.headers.append(("Set-Cookie", "\(name)=\(value); Path=/"))
        }
        return response
    }

    /// `/cookies/delete?k1&k2`: 200 with the remaining cookies, expiring the named ones.
    static func delete(_ context: RouteContext) -> ServerResponse {
        let names = Set(context.request.queryPairs.map { $0.0 })
        let remaining = requestCookies(context.request).filter { !names.contains($0.0) }
        var response = ServerResponse.json(.object([("cookies", cookieObject(remaining))]))
        for (name, _) in context.request.queryPairs where isCookieSafe(name) {
            response.headers.append(("Set-Cookie", "\(name)=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/"))
        }
        return response
    }

    private static func isCookieSafe(_ text: String) -> Bool {
        !text.utf8.contains { $0 < 32 || $0 == 59 || $0 == 127 }
    }
}

extension Router {
    /// The same routes, with every request marked as having arrived over https (`url` echoes `https://...`,
    /// and signatures are checked for https): the router of the plain end of a TLS tunnel.
    var markingHTTPS: Router {
        Router(
            routes: routes.map { route in
                var marked = route
                marked.handler = Self.markHTTPS(route.handler)
                return marked
            },
            fallback: fallback.map(Self.markHTTPS))
    }

    private static func markHTTPS(_ handler: @escaping RouteHandler) -> RouteHandler {
        { context in
            var context = context
            context.request.scheme = "https"
            return handler(context)
        }
    }
}

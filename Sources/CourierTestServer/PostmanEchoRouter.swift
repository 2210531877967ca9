/// The route table of the default mode: every postman-echo-like route group.
enum PostmanEchoRouter {
    static let router = Router(
        routes: EchoRoutes.routes + ResponseRoutes.routes + CompressionRoutes.routes + AuthRoutes.routes
            + SignatureAuthRoutes.routes
            + RedirectRoutes.routes + CookieRoutes.routes,
        fallback: nil)
}

/// The route table of the default mode: every postman-echo-like route group.
///
/// Routes (see each group's file): `/get`, `/post`, `/put`, `/patch`, `/delete`, `/headers`, `/echo`, `/json`,
/// `/bytes/{n}` (EchoRoutes); `/status/{code}`, `/delay/{seconds}`, `/stream/{n}`, `/response-headers`,
/// `/encoding/utf8`, `/type/html`, `/type/xml` (ResponseRoutes); `/gzip`, `/deflate` (CompressionRoutes);
/// `/basic-auth`, `/digest-auth` (AuthRoutes); `/oauth1`, `/auth/hawk`, `/oauth2/token`, `/oauth2/user/info`
/// (SignatureAuthRoutes); `/redirect/{n}`, `/redirect-to` (RedirectRoutes); `/cookies`, `/cookies/set`,
/// `/cookies/delete` (CookieRoutes). To add a group, write a `static let routes: [Route]` and append it here.
enum PostmanEchoRouter {
    static let router = Router(
        routes: EchoRoutes.routes + ResponseRoutes.routes + CompressionRoutes.routes + AuthRoutes.routes
            + SignatureAuthRoutes.routes + RedirectRoutes.routes + CookieRoutes.routes
            + AuthVerificationRoutes.routes + FlakyRoutes.routes + DelayMillisecondsRoutes.routes
            + FaultRoutes.routes,
        fallback: nil)

    /// The echo routes plus the Creatio routes (CreatioRoutes) of one server instance.
    static func router(creatio: CreatioState) -> Router {
        Router(routes: CreatioRoutes.routes(creatio) + router.routes, fallback: router.fallback)
    }
}

/// How a request changes when a redirect is followed (postman-request's rules).
enum RedirectPlan {
    /// Status codes that redirect when they carry a `Location`.
    static func isRedirect(_ status: Int) -> Bool {
        status == 301 || status == 302 || status == 303 || status == 307 || status == 308
    }

    /// The request for the next hop, given the response status and the resolved `Location`.
    ///
    /// - `Host` is dropped (the new URL says where to go).
    /// - Unless 307/308 or `followOriginalMethod`, the method becomes GET (HEAD stays HEAD) and
    ///   the body goes, with its `Content-Type` and `Content-Length`.
    /// - `Authorization` is dropped when the host name changes, unless `followAuthorizationHeader`.
    /// - `Referer` becomes the previous URL (without fragment), unless `removeRefererHeaderOnRedirect`.
    static func nextRequest(
        after request: HTTPRequest, status: Int, location: String, options: TransferOptions
    ) -> HTTPRequest {
        var next = request
        next.url = location
        next.headers.removeAll(named: "Host")
        if status != 307, status != 308, !options.followOriginalMethod {
            if request.method != "HEAD" { next.method = "GET" }
            next.body = nil
            next.headers.removeAll(named: "Content-Type")
            next.headers.removeAll(named: "Content-Length")
        }
        if !options.followAuthorizationHeader,
            URLParts(location).host?.lowercased() != URLParts(request.url).host?.lowercased()
        {
            next.headers.removeAll(named: "Authorization")
        }
        if !options.removeRefererHeaderOnRedirect {
            next.headers.removeAll(named: "Referer")
            let referer = request.url.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
            next.headers.append(HTTPHeader(name: "Referer", value: referer))
        }
        return next
    }
}

/// Per-request transfer settings (newman's `protocolProfileBehavior` and run options).
public struct TransferOptions: Sendable, Equatable {
    /// Whole-request timeout in milliseconds, redirects included per hop; 0 means none.
    public var timeoutMilliseconds: Int
    /// Follow 3xx responses that carry a `Location`.
    public var followRedirects: Bool
    /// The most redirects to follow before failing with `tooManyRedirects`.
    public var maxRedirects: Int
    /// Keep the method and body on 301/302/303 (otherwise they become a GET without body).
    public var followOriginalMethod: Bool
    /// Keep `Authorization` when a redirect goes to another host.
    public var followAuthorizationHeader: Bool
    /// Do not send `Referer: <previous URL>` on a redirected hop.
    public var removeRefererHeaderOnRedirect: Bool
    /// Overrides the client's TLS verification setting when not nil (`true` skips verification).
    public var insecure: Bool?
    /// Decode gzip, deflate and brotli response bodies (curl's content decoding).
    public var decodeContent: Bool
    /// The largest decoded body accepted, in bytes; beyond it `send` fails with `responseTooLarge`.
    public var maxResponseSize: Int
    /// The request's own proxy setting (the collection's `proxy`); wins over the client's
    /// environment proxies for the URLs it matches.
    public var proxy: ProxySetting? = nil
    /// The request's own client certificate (the collection's `certificate`); wins over the
    /// client's certificates for the URLs it matches.
    public var clientCertificate: ClientCertificate? = nil
    /// Send the jar's cookies and store the response's `Set-Cookie`s; `false` for
    /// `protocolProfileBehavior.disableCookies` (the jar is left exactly as it was).
    public var usesCookieJar = true

    /// Makes transfer options; the defaults are newman's.
    public init(
        timeoutMilliseconds: Int = 0, followRedirects: Bool = true, maxRedirects: Int = 10,
        followOriginalMethod: Bool = false, followAuthorizationHeader: Bool = false,
        removeRefererHeaderOnRedirect: Bool = false, insecure: Bool? = nil,
        decodeContent: Bool = true, maxResponseSize: Int = 50 * 1024 * 1024
    ) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.followRedirects = followRedirects
        self.maxRedirects = maxRedirects
        self.followOriginalMethod = followOriginalMethod
        self.followAuthorizationHeader = followAuthorizationHeader
        self.removeRefererHeaderOnRedirect = removeRefererHeaderOnRedirect
        self.insecure = insecure
        self.decodeContent = decodeContent
        self.maxResponseSize = maxResponseSize
    }
}

/// How a `TestServer` serves https: the names its certificate covers, and whether to add a listener that
/// presents an expired certificate (a stand-in for expired.badssl.com).
public struct TLSOptions: Sendable, Equatable {
    /// The names the certificate covers when none are given.
    public static let defaultNames = ["localhost", "127.0.0.1", "postman-echo.com", "httpbin.org"]

    /// DNS names and IP addresses put in the server certificate's subjectAltName.
    public var names: [String]
    /// Also serve https with an expired certificate (for the same names plus `expired.badssl.com`).
    public var expired: Bool
    /// The TLS port (0 picks a free one).
    public var port: UInt16
    /// The expired-certificate TLS port (0 picks a free one); used only when `expired` is true.
    public var expiredPort: UInt16
    /// Also serve https on a listener that requires a client certificate signed by the test CA
    /// (a client certificate, its key and an encrypted copy of the key are generated for clients).
    public var clientAuth: Bool
    /// The client-certificate TLS port (0 picks a free one); used only when `clientAuth` is true.
    public var clientAuthPort: UInt16

    /// `names` replaces `defaultNames`; pass `defaultNames + [...]` to add to them.
    public init(
        names: [String] = TLSOptions.defaultNames, expired: Bool = false, port: UInt16 = 0,
        expiredPort: UInt16 = 0, clientAuth: Bool = false, clientAuthPort: UInt16 = 0
    ) {
        self.names = names
        self.expired = expired
        self.port = port
        self.expiredPort = expiredPort
        self.clientAuth = clientAuth
        self.clientAuthPort = clientAuthPort
    }

    /// The expired listener's names: `names` plus expired.badssl.com.
    var expiredNames: [String] {
        names.contains("expired.badssl.com") ? names : names + ["expired.badssl.com"]
    }
}

/// Client-wide settings, applied once to the client's connection handle.
public struct ClientOptions: Sendable, Equatable {
    /// Skip TLS peer and host verification unless a request overrides it.
    public var insecure: Bool
    /// `CURLOPT_CONNECT_TO` entries, `HOST1:PORT1:HOST2:PORT2`.
    public var connectTo: [String]
    /// A PEM file of extra trusted CA certificates, added to the system bundle.
    public var caFile: String?
    /// TLS client certificates to present, chosen per URL (a request's own certificate wins).
    public var clientCertificates: ClientCertificates
    /// Proxies from `HTTP_PROXY`, `HTTPS_PROXY` and `NO_PROXY` (a request's proxy setting wins).
    /// curl never reads proxy variables itself: only what is given here is used.
    public var environmentProxies: EnvironmentProxies

    /// Makes client options; the defaults verify TLS, send no client certificate, and use the
    /// proxies of this process's environment.
    public init(
        insecure: Bool = false, connectTo: [String] = [], caFile: String? = nil,
        clientCertificates: ClientCertificates = .init(), environmentProxies: EnvironmentProxies = .process
    ) {
        self.insecure = insecure
        self.connectTo = connectTo
        self.caFile = caFile
        self.clientCertificates = clientCertificates
        self.environmentProxies = environmentProxies
    }
}

extension TestServer {
    /// The https port, when started with `tls`.
    public var tlsPort: UInt16? { tlsFrontend?.tunnel.port }

    /// `https://HOST:PORT` of the TLS listener, when started with `tls`.
    public var tlsBaseURL: String? { tlsPort.map { "https://\(shownHost):\($0)" } }

    /// The https port whose certificate has expired, when started with `TLSOptions(expired: true)`.
    public var expiredTLSPort: UInt16? { tlsFrontend?.expiredTunnel?.port }

    /// `https://HOST:PORT` of the expired-certificate listener.
    public var expiredTLSBaseURL: String? { expiredTLSPort.map { "https://\(shownHost):\($0)" } }

    /// The PEM file of the throwaway CA that signed the TLS certificates (deleted by `stop()`).
    public var caCertificatePath: String? { tlsFrontend?.files.caCertificate }

    private var shownHost: String { host.contains(":") ? "[\(host)]" : host }
}

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

extension TestServer {
    /// The https port that requires a client certificate, when started with `TLSOptions(clientAuth: true)`.
    public var clientAuthTLSPort: UInt16? { tlsFrontend?.clientAuthTunnel?.port }

    /// `https://127.0.0.1:PORT` (or the server's host) of the client-certificate listener.
    public var clientAuthTLSBaseURL: String? {
        clientAuthTLSPort.map { "https://\(host.contains(":") ? "[\(host)]" : host):\($0)" }
    }

    /// The PEM client certificate signed by the test CA (deleted by `stop()`).
    public var clientCertificatePath: String? { tlsFrontend?.files.client?.certificate }

    /// The client certificate's unencrypted PEM key.
    public var clientKeyPath: String? { tlsFrontend?.files.client?.key }

    /// The client certificate's key encrypted under `clientKeyPassphrase`.
    public var encryptedClientKeyPath: String? { tlsFrontend?.files.client?.encryptedKey }

    /// The passphrase of `encryptedClientKeyPath`.
    public var clientKeyPassphrase: String { ClientFiles.passphrase }
}

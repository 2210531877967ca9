/// The https side of a `TestServer`: generated certificates, a plain-HTTP backend listener whose requests
/// count as https, and one `socat` tunnel per TLS port (a second one with an expired certificate if asked).
final class TLSFrontend: @unchecked Sendable {
    /// The PEM files.
    let files: TLSFiles
    /// The tunnel presenting the valid certificate.
    let tunnel: SocatTunnel
    /// The tunnel presenting the expired certificate, if any.
    let expiredTunnel: SocatTunnel?
    /// The tunnel that requires a client certificate, if any.
    var clientAuthTunnel: SocatTunnel?
    private let backend: TestServer

    private init(files: TLSFiles, tunnel: SocatTunnel, expiredTunnel: SocatTunnel?, backend: TestServer) {
        self.files = files
        self.tunnel = tunnel
        self.expiredTunnel = expiredTunnel
        self.backend = backend
    }

    /// Generates the certificates, starts the backend for `server` and the tunnels, and returns once they
    /// accept connections. Cleans up everything it started when any step fails.
    static func start(for server: TestServer, options: TLSOptions) throws -> TLSFrontend {
        let files = try TLSFiles.generate(for: options)
        var started: [SocatTunnel] = []
        var backend: TestServer?
        do {
            let https = try server.startHTTPSBackend()
            backend = https
            let host = server.host == "localhost" ? "127.0.0.1" : server.host
            let tunnel = try SocatTunnel.start(
                host: host, port: options.port, certificate: files.certificate, key: files.key,
                backendPort: https.port, logPath: files.directory + "/socat.log", directory: files.directory)
            started.append(tunnel)
            var expiredTunnel: SocatTunnel?
            if let expired = files.expired {
                expiredTunnel = try SocatTunnel.start(
                    host: host, port: options.expiredPort, certificate: expired.certificate, key: expired.key,
                    backendPort: https.port, logPath: files.directory + "/socat-expired.log",
                    directory: files.directory)
            }
            if let expiredTunnel { started.append(expiredTunnel) }
            let frontend = TLSFrontend(
                files: files, tunnel: tunnel, expiredTunnel: expiredTunnel, backend: https)
            if files.client != nil {
                frontend.clientAuthTunnel = try SocatTunnel.start(
                    host: host, port: options.clientAuthPort, certificate: files.certificate, key: files.key,
                    backendPort: https.port, logPath: files.directory + "/socat-client-auth.log",
                    directory: files.directory, clientCA: files.caCertificate)
            }
            return frontend
        } catch {
            for tunnel in started { tunnel.stop() }
            backend?.stop()
            files.remove()
            throw error
        }
    }

    /// Stops the tunnels (and their forked connections), then the backend, then deletes the files.
    func stop() {
        tunnel.stop()
        expiredTunnel?.stop()
        clientAuthTunnel?.stop()
        backend.stop()
        files.remove()
    }
}

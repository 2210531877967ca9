import Foundation

/// The PEM files of one TLS setup in a fresh temporary directory: a throwaway CA, a server certificate and
/// key signed by it, and optionally an expired certificate and key from the same CA.
struct TLSFiles {
    /// The temporary directory holding every file.
    let directory: String
    /// The CA certificate, for clients to trust (`curl --cacert`, `courier --ssl-extra-ca-certs`).
    let caCertificate: String
    /// The server certificate.
    let certificate: String
    /// The server certificate's private key.
    let key: String
    /// The expired server certificate and its key, when asked for.
    let expired: (certificate: String, key: String)?
    /// The client certificate, its key, and the key encrypted under `ClientFiles.passphrase`, when asked for.
    var client: ClientFiles?

    /// Generates the certificates for `options` and writes them into a new directory under the temp dir.
    static func generate(for options: TLSOptions) throws -> TLSFiles {
        var template = Array(
            ((NSTemporaryDirectory() as NSString).appendingPathComponent("courier-tls-XXXXXX")).utf8CString)
        guard let made = mkdtemp(&template) else { throw TLSError("cannot create a temporary directory") }
        let directory = String(cString: made)
        do {
            let authority = try Certificate.authority(commonName: "Courier Test Server throwaway CA")
            let server = try Certificate.server(names: options.names, issuer: authority)
            let files = TLSFiles(
                directory: directory, caCertificate: directory + "/ca.pem",
                certificate: directory + "/server.pem",
                key: directory + "/server-key.pem",
                expired: options.expired ? (directory + "/expired.pem", directory + "/expired-key.pem") : nil)
            try authority.writeCertificate(to: files.caCertificate)
            try server.writeCertificate(to: files.certificate)
            try server.writeKey(to: files.key)
            if let expired = files.expired {
                let old = try Certificate.server(
                    names: options.expiredNames, issuer: authority, expired: true)
                try old.writeCertificate(to: expired.certificate)
                try old.writeKey(to: expired.key)
            }
            var withClient = files
            if options.clientAuth {
                withClient.client = try ClientFiles.generate(in: directory, issuer: authority)
            }
            return withClient
        } catch {
            try? FileManager.default.removeItem(atPath: directory)
            throw error
        }
    }

    /// Deletes the directory and every file in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

import CourierHTTP
import CourierRunner
import Foundation

/// Turns the TLS client certificate and cookie jar options into `RunOptions`, reading their files
/// before the run so a missing or malformed file stops it early (exit code 3).
enum TransportSetup {
    /// `--ssl-client-cert`, `--ssl-client-key`, `--ssl-client-passphrase`, `--ssl-client-cert-list`,
    /// `--cookie-jar`. Proxies come from the process environment (`RunOptions` default).
    static func apply(_ options: RunCommandOptions, to run: inout RunOptions) throws(LoadError) {
        var certificates = ClientCertificates()
        if let path = options.sslClientCertificateList {
            let data = try read(path, role: "client certificate list")
            do {
                certificates.list = try ClientCertificateList.parse(data)
            } catch {
                throw LoadError(role: "client certificate list", source: path, reason: error.description)
            }
            for entry in certificates.list {
                try requireReadable(entry.certificatePath, role: "client certificate")
                if let key = entry.keyPath { try requireReadable(key, role: "client key") }
            }
        }
        if let certificate = options.sslClientCertificate {
            try requireReadable(certificate, role: "client certificate")
            if let key = options.sslClientKey { try requireReadable(key, role: "client key") }
            certificates.fallback = ClientCertificate(
                name: certificate, certificatePath: certificate, keyPath: options.sslClientKey,
                passphrase: options.sslClientPassphrase)
        }
        run.clientCertificates = certificates
        if let path = options.cookieJar {
            let data = try read(path, role: "cookie jar")
            do {
                run.cookies = try CookieJarFile.parse(data)
            } catch {
                throw LoadError(role: "cookie jar", source: path, reason: error.description)
            }
        }
    }

    private static func read(_ path: String, role: String) throws(LoadError) -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(role: role, source: path, reason: "the file cannot be read")
        }
        return data
    }

    private static func requireReadable(_ path: String, role: String) throws(LoadError) {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw LoadError(role: role, source: path, reason: "the file cannot be read")
        }
    }
}

import CCurl

/// Clear messages for TLS failures that involve client certificates: a certificate or key that
/// cannot be loaded (missing file, wrong passphrase), a server that demands a certificate when none
/// was sent, and a server that rejects the one sent.
enum ClientCertificateErrors {
    /// The error for a failed transfer, or nil when it has nothing to do with client certificates.
    static func error(for code: CURLcode, curlMessage: String, certificate: ClientCertificate?) -> HTTPError? {
        let raw = Int(code.rawValue)
        let text = curlMessage.isEmpty ? String(cString: curl_easy_strerror(code)) : curlMessage
        let lower = text.lowercased()
        if code == CURLE_SSL_CERTPROBLEM {
            let name = certificate.map { $0.name.isEmpty ? $0.certificatePath : $0.name } ?? "?"
            var message = "client certificate \(name) could not be used: \(text)"
            if lower.contains("private key") || lower.contains("bad decrypt") || lower.contains("pass phrase") {
                message += " (is the key's passphrase right? --ssl-client-passphrase)"
            }
            return HTTPError(kind: .tls, message: message, curlCode: raw)
        }
        guard code == CURLE_SSL_CONNECT_ERROR || code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR
            || code == CURLE_GOT_NOTHING
        else { return nil }
        if lower.contains("certificate required") || (certificate == nil && lower.contains("handshake failure")) {
            return HTTPError(
                kind: .tls,
                message: "the server requires a TLS client certificate and none was sent "
                    + "(--ssl-client-cert, --ssl-client-cert-list): \(text)",
                curlCode: raw)
        }
        if certificate != nil,
            lower.contains("alert bad certificate") || lower.contains("alert unknown ca")
                || lower.contains("certificate unknown") || lower.contains("handshake failure")
                || lower.contains("decrypt error")
        {
            return HTTPError(
                kind: .tls, message: "the server rejected the TLS client certificate: \(text)", curlCode: raw)
        }
        return nil
    }
}

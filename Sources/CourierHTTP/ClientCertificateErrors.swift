import CCurl

/// Clear messages for TLS failures that involve client certificates: a certificate or key that
/// cannot be loaded (missing file, wrong passphrase), a server that demands a certificate when none
/// was sent, and a server that rejects the one sent.
enum ClientCertificateErrors {
    /// The error for a failed transfer, or nil when it has nothing to do with client certificates.
    ///
    /// With TLS 1.3 a server checks the client's certificate after the client considers the handshake
    /// done, so a refusal can also surface as a connection closed before the response; without a
    /// certificate, a failed send right after a completed handshake is reported as a likely demand for one.
    static func error(
        for code: CURLcode, curlMessage: String, certificate: ClientCertificate?, url: String, info: CurlInfo
    ) -> HTTPError? {
        let raw = Int(code.rawValue)
        let text = curlMessage.isEmpty ? String(cString: curl_easy_strerror(code)) : curlMessage
        let lower = text.lowercased()
        if code == CURLE_SSL_CERTPROBLEM {
            let name = certificate.map { $0.name.isEmpty ? $0.certificatePath : $0.name } ?? "?"
            var message = "client certificate \(name) could not be used: \(text)"
            if lower.contains("private key") || lower.contains("bad decrypt") || lower.contains("pass phrase")
            {
                message += " (is the key's passphrase right? --ssl-client-passphrase)"
            }
            return HTTPError(kind: .tls, message: message, curlCode: raw)
        }
        guard
            code == CURLE_SSL_CONNECT_ERROR || code == CURLE_RECV_ERROR || code == CURLE_SEND_ERROR
                || code == CURLE_GOT_NOTHING
        else { return nil }
        if lower.contains("certificate required")
            || (certificate == nil && lower.contains("handshake failure"))
        {
            return HTTPError(
                kind: .tls,
                message: "the server requires a TLS client certificate and none was sent "
                    + "(--ssl-client-cert, --ssl-client-cert-list): \(text)",
                curlCode: raw)
        }
        if certificate == nil, code == CURLE_SEND_ERROR, url.lowercased().hasPrefix("https:"),
            info.offset(CURLINFO_APPCONNECT_TIME_T) > 0, info.long(CURLINFO_RESPONSE_CODE) == 0
        {
            return HTTPError(
                kind: .tls,
                message:
                    "the server closed the connection right after the TLS handshake; it probably requires "
                    + "a TLS client certificate and none was sent (--ssl-client-cert, --ssl-client-cert-list): \(text)",
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

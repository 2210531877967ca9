import CCurl
import CCurlShim

/// The proxy and client certificate set on a handle, so a hop to the same route sets nothing.
struct AppliedRoute {
    /// The proxy in use; nil means a direct connection.
    var proxy: ProxyServer?
    /// The client certificate in use; nil means none.
    var certificate: ClientCertificate?
}

extension HTTPClient {
    /// Turns off curl's own reading of proxy variables: an empty `CURLOPT_PROXY` connects directly
    /// and an empty `CURLOPT_NOPROXY` makes curl ignore `NO_PROXY`, so only `applyRoute` decides.
    func applyDirectRoute() {
        courier_setopt_pointer(handle, CURLOPT_PROXY, "")
        courier_setopt_pointer(handle, CURLOPT_NOPROXY, "")
        courier_setopt_long(handle, CURLOPT_HTTPPROXYTUNNEL, 0)
        appliedRoute.proxy = nil
    }

    /// Chooses the proxy and client certificate for one hop to `url` and sets them when they changed.
    /// Proxy: the request's setting when it matches, else the environment's. Certificate: the
    /// request's when it matches, else the client's list, else its single certificate.
    func applyRoute(for url: String, _ transfer: TransferOptions) {
        let certificates = options.clientCertificates
        let proxies = options.environmentProxies
        if transfer.proxy == nil, transfer.clientCertificate == nil, certificates.isEmpty, proxies.isEmpty,
            appliedRoute.proxy == nil, appliedRoute.certificate == nil
        {
            return
        }
        let target = URLTarget(url)
        let proxy = transfer.proxy?.proxy(for: target) ?? proxies.proxy(for: target)
        if proxy != appliedRoute.proxy {
            if let proxy {
                courier_setopt_pointer(handle, CURLOPT_PROXY, proxy.url)
                courier_setopt_long(handle, CURLOPT_HTTPPROXYTUNNEL, proxy.tunnel ? 1 : 0)
                appliedRoute.proxy = proxy
            } else {
                applyDirectRoute()
            }
        }
        let own = transfer.clientCertificate.flatMap { $0.applies(to: target) ? $0 : nil }
        let certificate = own ?? certificates.certificate(for: target)
        if certificate != appliedRoute.certificate {
            courier_setopt_pointer(handle, CURLOPT_SSLCERT, certificate?.certificatePath)
            courier_setopt_pointer(handle, CURLOPT_SSLCERTTYPE, certificate == nil ? nil : "PEM")
            courier_setopt_pointer(handle, CURLOPT_SSLKEY, certificate?.keyPath)
            courier_setopt_pointer(handle, CURLOPT_SSLKEYTYPE, certificate == nil ? nil : "PEM")
            // Never NULL with a certificate: without a passphrase OpenSSL would prompt on the terminal
            // for an encrypted key; an empty one fails cleanly instead.
            courier_setopt_pointer(
                handle, CURLOPT_KEYPASSWD, certificate == nil ? nil : certificate?.passphrase ?? "")
            appliedRoute.certificate = certificate
        }
    }
}

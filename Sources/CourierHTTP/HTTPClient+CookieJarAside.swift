import CCurl
import CCurlShim

extension HTTPClient {
    /// Empties the jar for a transfer that must not use it (`disableCookies`) and returns what
    /// it held, for `restoreCookieJar(_:)`.
    ///
    /// curl's cookie engine cannot be switched off for one transfer, so such a transfer runs
    /// on an empty jar (emptied again before each redirect hop, so a hop's `Set-Cookie` is not
    /// sent on the next) and the jar is put back exactly as it was afterwards. The caller's own
    /// `Cookie` header is still sent.
    func setCookieJarAside() -> [String] {
        let saved = CurlInfo(handle: handle).strings(CURLINFO_COOKIELIST)
        removeAllCookies()
        return saved
    }

    /// Puts back the jar `setCookieJarAside()` emptied, dropping what the transfer stored.
    func restoreCookieJar(_ saved: [String]) {
        removeAllCookies()
        for line in saved { courier_setopt_pointer(handle, CURLOPT_COOKIELIST, line) }
    }
}

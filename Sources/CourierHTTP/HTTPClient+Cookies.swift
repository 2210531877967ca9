import CCurl
import CCurlShim

extension HTTPClient {
    /// Every cookie in the client's jar (curl's cookie engine), expired ones excluded.
    public func cookies() -> [HTTPCookie] {
        CurlInfo(handle: handle).strings(CURLINFO_COOKIELIST).compactMap(HTTPCookie.init(netscapeLine:))
    }

    /// Adds a cookie to the jar, replacing one with the same name, domain and path.
    public func setCookie(_ cookie: HTTPCookie) {
        courier_setopt_pointer(handle, CURLOPT_COOKIELIST, cookie.netscapeLine)
    }

    /// Empties the jar.
    public func removeAllCookies() {
        courier_setopt_pointer(handle, CURLOPT_COOKIELIST, "ALL")
    }
}

import CCurl
import CCurlShim

extension HTTPClient {
    /// Removes the cookies for which `shouldRemove` is true from the jar, keeping every other
    /// cookie exactly as it was; returns how many were removed.
    ///
    /// curl's cookie engine can add a cookie or drop them all, not drop one, so the jar is
    /// emptied and the cookies that stay are put back.
    @discardableResult
    public func removeCookies(where shouldRemove: (HTTPCookie) -> Bool) -> Int {
        let lines = CurlInfo(handle: handle).strings(CURLINFO_COOKIELIST)
        let keep = lines.filter { line in HTTPCookie(netscapeLine: line).map { !shouldRemove($0) } ?? true }
        guard keep.count < lines.count else { return 0 }
        restoreCookieJar(keep)
        return lines.count - keep.count
    }
}

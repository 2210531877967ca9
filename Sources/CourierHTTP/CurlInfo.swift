import CCurl
import CCurlShim

/// Typed reads of `curl_easy_getinfo` on one handle.
struct CurlInfo {
    /// The easy handle to read from.
    let handle: UnsafeMutableRawPointer

    /// A long-valued info, or 0 when unavailable.
    func long(_ info: CURLINFO) -> Int {
        var value = 0
        _ = courier_getinfo_long(handle, info, &value)
        return value
    }

    /// A `*_TIME_T` info (microseconds) in milliseconds.
    func milliseconds(_ info: CURLINFO) -> Double {
        var value: curl_off_t = 0
        _ = courier_getinfo_off(handle, info, &value)
        return Double(value) / 1000
    }

    /// A curl_off_t-valued info, or 0 when unavailable.
    func offset(_ info: CURLINFO) -> Int {
        var value: curl_off_t = 0
        _ = courier_getinfo_off(handle, info, &value)
        return Int(value)
    }

    /// A string-valued info, or nil when curl has none.
    func string(_ info: CURLINFO) -> String? {
        var value: UnsafePointer<CChar>?
        guard courier_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    /// A string-list-valued info, as Swift strings.
    func strings(_ info: CURLINFO) -> [String] {
        var list: UnsafeMutablePointer<curl_slist>?
        guard courier_getinfo_slist(handle, info, &list) == CURLE_OK else { return [] }
        defer { curl_slist_free_all(list) }
        var result: [String] = []
        var node = list
        while let current = node {
            if let data = current.pointee.data { result.append(String(cString: data)) }
            node = current.pointee.next
        }
        return result
    }
}

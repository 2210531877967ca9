import CCurl
import CCurlShim

/// One-time process-wide initialisation of libcurl (`curl_global_init`).
public enum CurlGlobal {
    /// Runs `curl_global_init` once for the process; later calls do nothing. Thread-safe.
    public static func initialize() {
        _ = once
    }

    /// Swift initialises a static `let` exactly once, lazily and thread-safely.
    private static let once: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    /// Whether this libcurl decodes brotli (`br`) content as well as gzip and deflate.
    public static var supportsBrotli: Bool {
        courier_has_brotli() != 0
    }
}

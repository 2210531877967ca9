import CCurl
import CCurlShim
import Foundation

/// Adds extra trusted CA certificates to the system bundle (curl can only replace the bundle,
/// so the two PEM files are joined and given as `CURLOPT_CAINFO_BLOB`).
enum TrustedCertificates {
    /// Trusts the system bundle plus the certificates in `extraFile` on this handle.
    static func apply(extraFile: String, to handle: UnsafeMutableRawPointer) {
        var pem = Data()
        if let system = courier_default_cainfo(),
            let systemPEM = FileManager.default.contents(atPath: String(cString: system))
        {
            pem.append(systemPEM)
            pem.append(0x0A)
        }
        guard let extra = FileManager.default.contents(atPath: extraFile) else {
            // Unreadable: let curl report it when it loads the file.
            courier_setopt_pointer(handle, CURLOPT_CAINFO, extraFile)
            return
        }
        pem.append(extra)
        pem.withUnsafeBytes { raw in
            _ = courier_setopt_blob(handle, CURLOPT_CAINFO_BLOB, raw.baseAddress, raw.count)
        }
    }
}

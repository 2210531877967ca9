import CourierHTTP
import CourierModel
import Foundation

/// `--export-cookie-jar`: writes the run's final cookie jar as tough-cookie JSON, atomically.
enum CookieJarExport {
    /// Writes `cookies` to `target` (a directory receives `newman-cookie-jar.json`); secret values are
    /// masked unless `masker` is nil (`--export-secrets`). Returns a message when writing failed.
    static func write(_ cookies: [HTTPCookie], to target: String, masker: SecretMasker?) -> String? {
        var path = target
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            path = (target as NSString).appendingPathComponent("newman-cookie-jar.json")
        }
        let text = CookieJarFile.serialize(cookies)
        do {
            try AtomicFile.write(masker?.mask(text) ?? text, to: path)
            return nil
        } catch {
            return "could not write the cookie jar to '\(path)': \(error.localizedDescription)"
        }
    }
}

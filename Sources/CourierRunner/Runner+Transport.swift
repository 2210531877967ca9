import CourierHTTP
import CourierModel
import Foundation

extension Runner {
    /// Passphrases of client certificates and credentials in proxy URLs: never printed.
    var transportSecrets: [String] {
        options.clientCertificates.passphrases + options.environmentProxies.secrets
    }

    /// Puts a request's own `proxy` and `certificate` settings (collection v2.1 `request.proxy`,
    /// `request.certificate`), with variables resolved, on its transfer options; their secrets join
    /// the run's.
    func applyRequestTransport(
        of item: RequestItem, resolve: (String) -> String, to transfer: inout TransferOptions
    ) {
        guard let request = item.json["request"]?.objectValue else { return }
        if let proxy = request["proxy"]?.objectValue, let setting = Self.proxySetting(proxy, resolve: resolve)
        {
            if let password = setting.password, !password.isEmpty { secrets.insert(password) }
            transfer.proxy = setting
        }
        if let certificate = request["certificate"]?.objectValue,
            let parsed = Self.clientCertificate(certificate, resolve: resolve, base: options.workingDirectory)
        {
            if let passphrase = parsed.passphrase, !passphrase.isEmpty { secrets.insert(passphrase) }
            transfer.clientCertificate = parsed
        }
    }

    /// `{match, host, port, tunnel, disabled, authenticate, username, password}`; nil without a host.
    static func proxySetting(_ object: JSONObject, resolve: (String) -> String) -> ProxySetting? {
        guard let host = object["host"]?.stringValue.map(resolve), !host.isEmpty else { return nil }
        let port = object["port"].flatMap { Int(resolve($0.substitutionText)) } ?? 8080
        let authenticate = object["authenticate"]?.boolValue ?? false
        return ProxySetting(
            match: object["match"]?.stringValue.map(resolve) ?? "http+https://*/*", host: host, port: port,
            tunnel: object["tunnel"]?.boolValue ?? false, disabled: object["disabled"]?.boolValue ?? false,
            username: authenticate ? object["username"]?.stringValue.map(resolve) : nil,
            password: authenticate ? object["password"]?.stringValue.map(resolve) : nil)
    }

    /// `{name, matches[], key: {src}, cert: {src}, passphrase}`; nil without `cert.src`. Relative
    /// paths are taken from the working directory.
    static func clientCertificate(_ object: JSONObject, resolve: (String) -> String, base: String)
        -> ClientCertificate?
    {
        func source(_ field: String) -> String? {
            let value = object[field]?.objectValue?["src"] ?? object[field]
            guard let path = value?.stringValue.map(resolve), !path.isEmpty else { return nil }
            return path.hasPrefix("/") ? path : (base as NSString).appendingPathComponent(path)
        }
        guard let certificatePath = source("cert") else { return nil }
        let matches = (object["matches"]?.arrayValue ?? []).compactMap { $0.stringValue.map(resolve) }
            .compactMap(URLMatchPattern.init)
        return ClientCertificate(
            name: object["name"]?.stringValue ?? "", certificatePath: certificatePath, keyPath: source("key"),
            passphrase: object["passphrase"]?.stringValue.map(resolve), matches: matches)
    }

    /// The run's cookie jar as it stands (after the run: what `--export-cookie-jar` writes).
    public var cookies: [HTTPCookie] { client.cookies() }
}

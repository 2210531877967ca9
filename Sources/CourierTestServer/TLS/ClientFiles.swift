/// The client side of the client-certificate listener: a certificate signed by the test CA, its key in
/// plain PEM, and the same key encrypted under `passphrase`.
struct ClientFiles {
    /// The passphrase of the encrypted key.
    static let passphrase = "courier-client-passphrase"

    /// The client certificate (PEM).
    let certificate: String
    /// Its private key, unencrypted (PEM).
    let key: String
    /// Its private key, encrypted under `passphrase` (PEM).
    let encryptedKey: String

    /// Generates and writes the files into `directory`.
    static func generate(in directory: String, issuer: Certificate) throws -> ClientFiles {
        let files = ClientFiles(
            certificate: directory + "/client.pem", key: directory + "/client-key.pem",
            encryptedKey: directory + "/client-key-encrypted.pem")
        let client = try Certificate.client(commonName: "Courier test client", issuer: issuer)
        try client.writeCertificate(to: files.certificate)
        try client.writeKey(to: files.key)
        try client.writeEncryptedKey(to: files.encryptedKey, passphrase: passphrase)
        return files
    }
}

import CourierCrypto
import CJavaScriptCore

/// The `native` object handed to sandbox modules: OpenSSL crypto helpers that take and return hex strings.
///
/// - `digest(algorithm, dataHex)` → hex (`md5`, `sha1`, `sha224`, `sha256`, `sha384`, `sha512`, `sha3-256`, `ripemd160`, ...)
/// - `hmac(algorithm, keyHex, dataHex)` → hex
/// - `aesEncrypt(mode, keyHex, ivHex, dataHex, padding)` / `aesDecrypt(...)` → hex; mode `CBC` `ECB` `CTR` `CFB` `OFB`,
///   padding `Pkcs7` or `NoPadding`
/// - `cipherEncrypt(algorithm, mode, keyHex, ivHex, dataHex, padding)` / `cipherDecrypt(...)` → hex; algorithm `AES`,
///   `TripleDES`, `DES` or `RC4` (DES and RC4 need OpenSSL's legacy provider)
/// - `evpBytesToKey(passwordHex, saltHex, keyBytes, ivBytes)` → `{key, iv}` (hex, MD5, as OpenSSL `enc`)
/// - `pbkdf2(passwordHex, saltHex, iterations, keyBytes, hash)` → hex
/// - `randomBytes(count)` → hex
///
/// A failure throws a JavaScript `Error` into the calling script.
enum CryptoNatives {
    /// The names of the functions `install` defines.
    static let functionNames = [
        "digest", "hmac", "aesEncrypt", "aesDecrypt", "cipherEncrypt", "cipherDecrypt", "evpBytesToKey",
        "pbkdf2",
        "randomBytes",
    ]

    /// Makes a fresh object carrying every crypto helper.
    static func makeNativeObject(in context: JSContextRef) -> JSObjectRef {
        let object = JSObjectMake(context, nil, nil)!
        install(on: object, in: context)
        return object
    }

    /// Defines the crypto helpers as functions on `object`.
    static func install(on object: JSObjectRef, in context: JSContextRef) {
        for name in functionNames {
            let jsName = JSBridge.string(name)
            defer { JSStringRelease(jsName) }
            let function = JSObjectMakeFunctionWithCallback(context, jsName) {
                context, function, _, count, arguments, exception in
                guard let context else { return nil }
                let name = JSBridge.text(context, JSBridge.property(context, function, "name")) ?? ""
                let texts = (0..<count).map { index -> String in
                    guard let value = arguments?[index], !JSValueIsUndefined(context, value) else {
                        return ""
                    }
                    return JSBridge.text(context, value) ?? ""
                }
                do {
                    switch try CryptoNatives.call(name, texts) {
                    case .text(let text): return JSBridge.value(context, text)
                    case .json(let json): return JSBridge.value(context, json: json)
                    }
                } catch {
                    let message = (error as? CryptoPrimitives.Failure)?.message ?? "\(error)"
                    var messageValue: JSValueRef? = JSBridge.value(context, message)
                    exception?.pointee = JSObjectMakeError(context, 1, &messageValue, nil)
                    return nil
                }
            }
            JSBridge.setProperty(context, object, name, function)
        }
    }

    /// What a helper returns to JavaScript.
    enum Result {
        case text(String)
        case json(String)
    }

    /// Runs the helper `name` on its string arguments.
    static func call(_ name: String, _ arguments: [String]) throws -> Result {
        func argument(_ index: Int) -> String { index < arguments.count ? arguments[index] : "" }
        func bytes(_ index: Int) throws -> [UInt8] { try CryptoHex.bytes(argument(index)) }
        func number(_ index: Int) throws -> Int {
            guard let value = Double(argument(index)), value.isFinite, value >= 0, value < 1_073_741_824
            else {
                throw CryptoPrimitives.Failure(
                    message: "\(name): argument \(index + 1) must be a non-negative number")
            }
            return Int(value)
        }
        switch name {
        case "digest":
            return .text(CryptoHex.text(try CryptoPrimitives.digest(argument(0), bytes(1))))
        case "hmac":
            return .text(
                CryptoHex.text(try CryptoPrimitives.hmac(argument(0), key: bytes(1), data: bytes(2))))
        case "aesEncrypt", "aesDecrypt":
            let padding = argument(4).lowercased() != "nopadding"
            let output = try CryptoPrimitives.aes(
                encrypt: name == "aesEncrypt", mode: argument(0), key: bytes(1), iv: bytes(2), data: bytes(3),
                padding: padding)
            return .text(CryptoHex.text(output))
        case "cipherEncrypt", "cipherDecrypt":
            let padding = argument(5).lowercased() != "nopadding"
            let output = try CryptoPrimitives.cipher(
                argument(0), encrypt: name == "cipherEncrypt", mode: argument(1), key: bytes(2), iv: bytes(3),
                data: bytes(4), padding: padding)
            return .text(CryptoHex.text(output))
        case "evpBytesToKey":
            let derived = try CryptoPrimitives.evpBytesToKey(
                password: bytes(0), salt: bytes(1), keyLength: number(2), ivLength: number(3))
            return .json(#"{"key":"\#(CryptoHex.text(derived.key))","iv":"\#(CryptoHex.text(derived.iv))"}"#)
        case "pbkdf2":
            let hash = argument(4).isEmpty ? "sha1" : argument(4)
            return .text(
                CryptoHex.text(
                    try CryptoPrimitives.pbkdf2(
                        password: bytes(0), salt: bytes(1), iterations: number(2), keyLength: number(3),
                        hash: hash)))
        case "randomBytes":
            return .text(CryptoHex.text([UInt8](CryptoPrimitives.randomBytes(max(try number(0), 0)))))
        default:
            throw CryptoPrimitives.Failure(message: "unknown native function \(name)")
        }
    }
}

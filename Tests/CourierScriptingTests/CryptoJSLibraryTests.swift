import XCTest

@testable import CourierScripting

/// `require('crypto-js')`: CryptoJS 3.x results for hashes, HMACs, AES and encoders.
final class CryptoJSLibraryTests: XCTestCase {
    private let sandbox = NativeLibrarySandbox()

    private func run(_ script: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        sandbox.run("var CryptoJS = require('crypto-js');\n" + script, file: file, line: line)
    }

    func testConformanceCollectionDigests() {
        XCTAssertEqual(run("CryptoJS.MD5('samplePayload').toString()"), "da9ebb087d8e926c503e4909d9203a04")
        XCTAssertEqual(run("CryptoJS.MD5('jasonpurse') == '288d14f08b5ad40da43dbe06467729c9'"), "true")
    }

    func testHashesOfABC() {
        let expected = [
            "SHA1": "a9993e364706816aba3e25717850c26c9cd0d89d",
            "SHA224": "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
            "SHA256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "SHA384":
                "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
            "SHA512":
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "RIPEMD160": "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc",
        ]
        for (name, digest) in expected {
            XCTAssertEqual(run("CryptoJS.\(name)('abc').toString()"), digest, name)
            XCTAssertEqual(
                run("CryptoJS.\(name)(CryptoJS.enc.Utf8.parse('abc')).toString(CryptoJS.enc.Hex)"), digest,
                name)
        }
        XCTAssertEqual(
            run("CryptoJS.SHA3('abc').sigBytes + ',' + CryptoJS.SHA3('abc', {outputLength: 256}).sigBytes"),
            "64,32")
        XCTAssertEqual(
            run("CryptoJS.algo.SHA256.create().update('a').update('bc').finalize().toString()"),
            expected["SHA256"])
    }

    func testHMACs() {
        let message = "The quick brown fox jumps over the lazy dog"
        let expected = [
            "HmacMD5": "80070713463e7749b90c2dc24911e275",
            "HmacSHA1": "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9",
            "HmacSHA224": "88ff8b54675d39b8f72322e65ff945c52d96379988ada25639747e69",
            "HmacSHA256": "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            "HmacSHA384":
                "d7f4727e2c0b39ae0f1e40cc96f60242d5b7801841cea6fc592c5d3e1ae50700582a96cf35e1e554995fe4e03381c237",
            "HmacSHA512":
                "b42af09057bac1e2d41708e48a902e09b5ff7f12ab428a4fe86653c73dd248fb82f948a549f7b791a5b41915ee4d1ec3935357e4e2317250d0372afa2ebeeb3a",
        ]
        for (name, mac) in expected {
            XCTAssertEqual(run("CryptoJS.\(name)('\(message)', 'key').toString()"), mac, name)
        }
        XCTAssertEqual(
            run("CryptoJS.HmacSHA256('', '').toString()"),
            "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
        XCTAssertEqual(
            run("CryptoJS.enc.Base64.stringify(CryptoJS.HmacSHA256('\(message)', 'key'))"),
            "97yD9DBThCSxMpjmqm+xQ+9NWaFJRhdZl0edvC0aPNg=")
        XCTAssertEqual(
            run(
                "CryptoJS.algo.HMAC.create(CryptoJS.algo.SHA1, 'key').update('\(message)').finalize().toString()"
            ),
            expected["HmacSHA1"])
    }

    func testAESModesMatchNISTVectors() {
        // NIST SP 800-38A, first block of F.1.1, F.2.1, F.3.13, F.4.1 and F.5.1.
        let setup = """
            var H = CryptoJS.enc.Hex, key = H.parse('2b7e151628aed2a6abf7158809cf4f3c'), iv = H.parse('000102030405060708090a0b0c0d0e0f');
            var block = H.parse('6bc1bee22e409f96e93d7e117393172a');
            function enc(mode, counter) {
              return CryptoJS.AES.encrypt(block, key, {iv: counter || iv, mode: CryptoJS.mode[mode], padding: CryptoJS.pad.NoPadding}).ciphertext.toString();
            }

            """
        XCTAssertEqual(run(setup + "enc('ECB')"), "3ad77bb40d7a3660a89ecaf32466ef97")
        XCTAssertEqual(run(setup + "enc('CBC')"), "7649abac8119b246cee98e9b12e9197d")
        XCTAssertEqual(run(setup + "enc('CFB')"), "3b3fd92eb72dad20333449f8e83cfb4a")
        XCTAssertEqual(run(setup + "enc('OFB')"), "3b3fd92eb72dad20333449f8e83cfb4a")
        XCTAssertEqual(
            run(setup + "enc('CTR', H.parse('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'))"),
            "874d6191b620e3261bef6864990db6ce")
    }

    func testAESWithKeyAndIVPadsWithPKCS7AndDecrypts() {
        let setup = """
            var key = CryptoJS.enc.Hex.parse('2b7e151628aed2a6abf7158809cf4f3c'), iv = CryptoJS.enc.Hex.parse('000102030405060708090a0b0c0d0e0f');

            """
        XCTAssertEqual(
            run(setup + "CryptoJS.AES.encrypt('hello', key, {iv: iv}).toString()"), "2GZuqKrWXMCDVLS8Q9T/Vg=="
        )
        XCTAssertEqual(
            run(
                setup
                    + "CryptoJS.AES.decrypt('2GZuqKrWXMCDVLS8Q9T/Vg==', key, {iv: iv}).toString(CryptoJS.enc.Utf8)"
            ), "hello")
        for mode in ["CBC", "ECB", "CTR", "CFB", "OFB"] {
            XCTAssertEqual(
                run(
                    setup + """
                        var options = {iv: iv, mode: CryptoJS.mode.\(mode), padding: CryptoJS.pad.Pkcs7};
                        var sealed = CryptoJS.AES.encrypt('a message of some length ✓', key, options);
                        CryptoJS.AES.decrypt(sealed, key, options).toString(CryptoJS.enc.Utf8)
                        """), "a message of some length ✓", mode)
        }
    }

    func testPassphraseUsesTheOpenSSLSaltedFormat() {
        // Made by `openssl enc -aes-256-cbc -md md5 -pass 'pass:pass phrase' -S 0102030405060708`.
        let openssl = "U2FsdGVkX18BAgMEBQYHCAEiwRNU6HRLezEc7PQME4E="
        XCTAssertEqual(
            run("CryptoJS.AES.decrypt('\(openssl)', 'pass phrase').toString(CryptoJS.enc.Utf8)"),
            "secret message")
        XCTAssertEqual(run("CryptoJS.format.OpenSSL.parse('\(openssl)').salt.toString()"), "0102030405060708")
        XCTAssertEqual(
            run(
                """
                var sealed = CryptoJS.AES.encrypt('round trip ✓', 'my passphrase').toString();
                [sealed.slice(0, 10), CryptoJS.AES.decrypt(sealed, 'my passphrase').toString(CryptoJS.enc.Utf8)].join('|')
                """), "U2FsdGVkX1|round trip ✓")
        XCTAssertEqual(
            run("CryptoJS.AES.encrypt('x', 'p').toString() === CryptoJS.AES.encrypt('x', 'p').toString()"),
            "false")
    }

    func testTripleDESMatchesOpenSSL() {
        // `openssl enc -des-ede3-cbc -K 0123456789abcdeffedcba987654321089abcdef01234567 -iv 0001020304050607 -a`
        let setup = """
            var key = CryptoJS.enc.Hex.parse('0123456789abcdeffedcba987654321089abcdef01234567');
            var iv = CryptoJS.enc.Hex.parse('0001020304050607');

            """
        XCTAssertEqual(
            run(setup + "CryptoJS.TripleDES.encrypt('hello 3des', key, {iv: iv}).toString()"),
            "Nq9tLBBQR3NPU5EONGkB6w==")
        XCTAssertEqual(
            run(
                setup
                    + "CryptoJS.TripleDES.decrypt('Nq9tLBBQR3NPU5EONGkB6w==', key, {iv: iv}).toString(CryptoJS.enc.Utf8)"
            ),
            "hello 3des")
        XCTAssertEqual(
            run(
                "CryptoJS.TripleDES.decrypt(CryptoJS.TripleDES.encrypt('x y z', 'pw').toString(), 'pw').toString(CryptoJS.enc.Utf8)"
            ),
            "x y z")
    }

    func testLegacyCiphersWhenOpenSSLHasThem() throws {
        if let error = sandbox.thrown(
            "require('crypto-js').RC4.encrypt('Plaintext', require('crypto-js').enc.Latin1.parse('Key'))"),
            error.hasPrefix("Unsupported cipher")
        {
            throw XCTSkip("OpenSSL's legacy provider is not installed")
        }
        XCTAssertEqual(
            run("CryptoJS.RC4.encrypt('Plaintext', CryptoJS.enc.Latin1.parse('Key')).ciphertext.toString()"),
            "bbf316e8d940af0ad3")
        XCTAssertEqual(
            run(
                "CryptoJS.DES.decrypt(CryptoJS.DES.encrypt('single DES', 'pw').toString(), 'pw').toString(CryptoJS.enc.Utf8)"
            ),
            "single DES")
    }

    func testPBKDF2() {
        // RFC 6070, 4096 iterations.
        XCTAssertEqual(
            run("CryptoJS.PBKDF2('password', 'salt', {keySize: 5, iterations: 4096}).toString()"),
            "4b007901b765489abead49d926f721d065a429c1")
        XCTAssertEqual(run("CryptoJS.PBKDF2('password', 'salt').sigBytes"), "16")
    }

    func testWordArraysAndEncoders() {
        XCTAssertEqual(
            run("CryptoJS.lib.WordArray.create([0x00010203, 0x04050607], 6).toString()"), "000102030405")
        XCTAssertEqual(
            run("CryptoJS.enc.Hex.parse('0102').concat(CryptoJS.enc.Hex.parse('030405')).toString()"),
            "0102030405")
        XCTAssertEqual(
            run(
                "var a = CryptoJS.enc.Hex.parse('01'), b = a.clone(); b.concat(a); a.toString() + ',' + b.toString()"
            ),
            "01,0101")
        XCTAssertEqual(run("CryptoJS.lib.WordArray.random(16).sigBytes"), "16")
        XCTAssertEqual(run("CryptoJS.lib.WordArray.create(new Uint8Array([1, 2, 255])).toString()"), "0102ff")
        XCTAssertEqual(run("CryptoJS.enc.Utf8.parse('✓').toString()"), "e29c93")
        XCTAssertEqual(
            run("CryptoJS.enc.Base64.stringify(CryptoJS.enc.Utf8.parse('héllo wörld'))"),
            "aMOpbGxvIHfDtnJsZA==")
        XCTAssertEqual(
            run("CryptoJS.enc.Base64.parse('aMOpbGxvIHfDtnJsZA==').toString(CryptoJS.enc.Utf8)"),
            "héllo wörld")
        XCTAssertEqual(run("CryptoJS.enc.Latin1.parse('\\u00ff').toString()"), "ff")
        XCTAssertEqual(
            run("CryptoJS.enc.Utf16.parse('A').toString() + CryptoJS.enc.Utf16LE.parse('A').toString()"),
            "00414100")
        XCTAssertEqual(run("CryptoJS.enc.Utf16.stringify(CryptoJS.enc.Hex.parse('00480069'))"), "Hi")
    }
}

import CJavaScriptCore
import XCTest

@testable import CourierScripting

/// Runs scripts against the sandbox modules and the crypto natives (`native`), failing the test
/// when a script throws unexpectedly.
final class NativeLibrarySandbox: ModuleTestContext {
    /// `String(value)` of the script's completion value; fails the test (and returns nil) when it throws.
    func run(_ script: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        let result = evaluateScript(script)
        if let exception = result.exception {
            XCTFail("script threw: \(exception)", file: file, line: line)
            return nil
        }
        return result.value
    }

    /// The message of the error the script throws, or nil when it does not throw.
    func thrown(_ script: String) -> String? {
        let result = JSBridge.evaluate(context, script, sourceURL: "test")
        guard let exception = result.exception else { return nil }
        return JSBridge.text(context, JSBridge.property(context, exception, "message"))
    }
}

/// The OpenSSL-backed `native` helpers, called from JavaScript with hex strings.
final class CryptoJSNativeTests: XCTestCase {
    private let sandbox = NativeLibrarySandbox()

    func testDigestsOfKnownInputs() {
        XCTAssertEqual(sandbox.run("native.digest('md5', '')"), "d41d8cd98f00b204e9800998ecf8427e")
        XCTAssertEqual(
            sandbox.run("native.digest('sha1', '616263')"), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(
            sandbox.run("native.digest('sha256', '616263')"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            sandbox.run("native.digest('sha3-256', '')"),
            "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a")
        XCTAssertEqual(
            sandbox.run("native.digest('ripemd160', '616263')"), "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc")
    }

    func testHMACAndPBKDF2MatchPublishedVectors() {
        // RFC 4231 test case 2 and RFC 6070 test case 2.
        XCTAssertEqual(
            sandbox.run(
                "native.hmac('sha256', '4a656665', '7768617420646f2079612077616e7420666f72206e6f7468696e673f')"
            ),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(
            sandbox.run("native.pbkdf2('70617373776f7264', '73616c74', 2, 20, 'sha1')"),
            "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957")
    }

    func testAESMatchesFIPS197AndRoundTrips() {
        XCTAssertEqual(
            sandbox.run(
                "native.aesEncrypt('ECB', '000102030405060708090a0b0c0d0e0f', '', '00112233445566778899aabbccddeeff', 'NoPadding')"
            ),
            "69c4e0d86a7b0430d8cdb78070b4c55a")
        XCTAssertEqual(
            sandbox.run(
                """
                var key = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', iv = 'f0e0d0c0b0a090807060504030201000';
                native.aesDecrypt('CBC', key, iv, native.aesEncrypt('CBC', key, iv, '68656c6c6f', 'Pkcs7'), 'Pkcs7')
                """), "68656c6c6f")
    }

    func testKeyDerivationAndRandomBytes() {
        // `openssl enc -aes-256-cbc -md md5 -pass pass:pass -S 0001020304050607 -P`
        XCTAssertEqual(
            sandbox.run("JSON.stringify(native.evpBytesToKey('70617373', '0001020304050607', 32, 16))"),
            #"{"key":"bd8384cf89612fc070ee615156d32202985b6eeb417d7beb46c6a70a4ee6229f","iv":"f3136cf99936eb330955b0c679f1aea1"}"#
        )
        XCTAssertEqual(sandbox.run("native.randomBytes(16).length"), "32")
        XCTAssertEqual(sandbox.run("native.randomBytes(8) === native.randomBytes(8)"), "false")
    }

    func testBadInputThrowsIntoTheScript() {
        XCTAssertEqual(sandbox.thrown("native.digest('nope', '')"), "Unsupported digest algorithm: nope")
        XCTAssertEqual(sandbox.thrown("native.digest('md5', 'zz')"), "invalid hex string")
        XCTAssertEqual(
            sandbox.thrown("native.aesEncrypt('CBC', '0011', '', '', 'Pkcs7')"),
            "Invalid AES key length: 2 bytes")
    }
}

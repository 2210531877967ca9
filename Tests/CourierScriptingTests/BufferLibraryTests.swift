import XCTest

@testable import CourierScripting

/// `require('buffer').Buffer`: Node's Buffer encodings and helpers.
final class BufferLibraryTests: XCTestCase {
    private let sandbox = NativeLibrarySandbox()

    private func run(_ script: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        sandbox.run("var Buffer = require('buffer').Buffer;\n" + script, file: file, line: line)
    }

    func testBasicAuthHeaderFromTheWhatwgCollection() {
        XCTAssertEqual(run("Buffer.from('us@r:p@ssword').toString('base64')"), "dXNAcjpwQHNzd29yZA==")
    }

    func testEncodingsBothWays() {
        XCTAssertEqual(
            run("Buffer.from('héllo ✓ 𝄞', 'utf8').toString('hex')"), "68c3a96c6c6f20e29c9320f09d849e")
        XCTAssertEqual(run("Buffer.from('68c3a96c6c6f20e29c9320f09d849e', 'hex').toString()"), "héllo ✓ 𝄞")
        XCTAssertEqual(run("Buffer.from('aMOpbGxv', 'base64').toString('utf8')"), "héllo")
        XCTAssertEqual(run("Buffer.from('aGk', 'base64').toString()"), "hi")
        XCTAssertEqual(run("Buffer.from([0xfb, 0xff]).toString('base64url')"), "-_8")
        XCTAssertEqual(run("Buffer.from('\\u00e9\\u0100', 'latin1').toString('hex')"), "e900")
        XCTAssertEqual(run("Buffer.from('\\u00e9', 'binary').toString('binary') === '\\u00e9'"), "true")
        XCTAssertEqual(run("Buffer.from([0xe9, 0x41]).toString('ascii')"), "iA")
        XCTAssertEqual(run("Buffer.from('hi', 'ucs2').toString('hex')"), "68006900")
        XCTAssertEqual(run("Buffer.from([0xff, 0x41, 0xe2, 0x82]).toString()"), "\u{FFFD}A\u{FFFD}")
    }

    func testConstructionAndInspection() {
        XCTAssertEqual(run("Buffer.from([104, 105]).toString()"), "hi")
        XCTAssertEqual(run("new Buffer('hi').toString('hex') + ',' + new Buffer([1, 2]).length"), "6869,2")
        XCTAssertEqual(run("Buffer.alloc(3).toString('hex')"), "000000")
        XCTAssertEqual(run("Buffer.alloc(5, 'ab').toString()"), "ababa")
        XCTAssertEqual(run("Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]).toString()"), "abcd")
        XCTAssertEqual(run("Buffer.byteLength('✓') + ',' + Buffer.byteLength('aGk=', 'base64')"), "3,2")
        XCTAssertEqual(
            run("Buffer.isBuffer(Buffer.from('x')) + ',' + Buffer.isBuffer(new Uint8Array(1))"), "true,false")
        XCTAssertEqual(
            run("var b = Buffer.from('abc'); b.length + ',' + b[1] + ',' + (b instanceof Uint8Array)"),
            "3,98,true")
        XCTAssertEqual(run("JSON.stringify(Buffer.from('abc'))"), #"{"type":"Buffer","data":[97,98,99]}"#)
        XCTAssertEqual(run("Buffer.from(Buffer.from('abc').toJSON()).toString()"), "abc")
        XCTAssertEqual(
            run(
                "Buffer.from('abc').equals(Buffer.from('abc')) + ',' + Buffer.from('abc').equals(Buffer.from('abd'))"
            ), "true,false")
    }

    func testSlicesShareMemoryAndHelpersWork() {
        XCTAssertEqual(
            run(
                "var b = Buffer.from('hello'), s = b.slice(1, 3); s[0] = 65; b.toString() + ',' + Buffer.isBuffer(s)"
            ), "hAllo,true")
        XCTAssertEqual(run("Buffer.from('hello world').toString('utf8', 6)"), "world")
        XCTAssertEqual(
            run("Buffer.from('hello world').indexOf('world') + ',' + Buffer.from('abc').includes('z')"),
            "6,false")
        XCTAssertEqual(
            run("Buffer.from([1, 2, 3, 4]).readUInt32BE(0) + ',' + Buffer.from([1, 2]).readUInt16LE(0)"),
            "16909060,513")
        XCTAssertEqual(run("var b = Buffer.alloc(4); b.write('hi', 1); b.toString('hex')"), "00686900")
    }
}

/// gzip (RFC 1952) and zlib (RFC 1950) streams around a literal-only fixed-Huffman deflate block:
/// really encoded data any decoder accepts, without a compression library.
enum Compression {
    private static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 as used by gzip.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = crcTable[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    /// Adler-32 as used by zlib.
    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return (b << 16) | a
    }

    /// A raw deflate stream: one final fixed-Huffman block holding every byte as a literal.
    static func deflateFixed(_ bytes: [UInt8]) -> [UInt8] {
        var writer = BitWriter()
        writer.write(1, bits: 1)  // BFINAL
        writer.write(1, bits: 2)  // BTYPE = 01, fixed Huffman
        for byte in bytes {
            if byte < 144 {
                writer.writeCode(0x30 + UInt32(byte), length: 8)
            } else {
                writer.writeCode(0x190 + UInt32(byte) - 144, length: 9)
            }
        }
        writer.writeCode(0, length: 7)  // end of block
        return writer.finish()
    }

    /// Packs bits least-significant first, as deflate does.
    private struct BitWriter {
        var out: [UInt8] = []
        var accumulator: UInt32 = 0
        var count: UInt32 = 0

        mutating func write(_ value: UInt32, bits: UInt32) {
            accumulator |= value << count
            count += bits
            while count >= 8 {
                out.append(UInt8(accumulator & 0xFF))
                accumulator >>= 8
                count -= 8
            }
        }

        /// Huffman codes go most-significant bit first.
        mutating func writeCode(_ code: UInt32, length: UInt32) {
            var reversed: UInt32 = 0
            for i in 0..<length where code & (1 << i) != 0 { reversed |= 1 << (length - 1 - i) }
            write(reversed, bits: length)
        }

        mutating func finish() -> [UInt8] {
            if count > 0 { out.append(UInt8(accumulator & 0xFF)) }
            return out
        }
    }

    /// A gzip member holding `bytes`.
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        out += deflateFixed(bytes)
        out += littleEndian(crc32(bytes))
        out += littleEndian(UInt32(truncatingIfNeeded: bytes.count))
        return out
    }

    /// A zlib stream holding `bytes` (what HTTP calls `deflate`).
    static func zlib(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        out += deflateFixed(bytes)
        let adler = adler32(bytes)
        out += [
            UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF),
        ]
        return out
    }

    private static func littleEndian(_ v: UInt32) -> [UInt8] {
        [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
    }
}

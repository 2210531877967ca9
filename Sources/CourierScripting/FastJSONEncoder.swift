import CourierModel

/// Compact JSON for the script boundary, written straight as the UTF-16 code units a JavaScript
/// string holds: JavaScriptCore takes them as they are, with no decoding or widening pass, and
/// one encoder serves every run (`removeAll()` keeps its buffer). That matters with one input per
/// script execution.
final class FastJSONEncoder {
    private var storage: UnsafeMutablePointer<UInt16>
    private var capacity: Int
    /// Code units written so far.
    private(set) var count = 0

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit { storage.deallocate() }

    /// The text written so far (valid until the next write).
    var units: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(start: storage, count: count) }

    /// Empties the buffer, keeping its capacity for the next document.
    func removeAll() { count = 0 }

    /// Appends one value.
    func write(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): raw(flag ? "true" : "false")
        case .number(let number): append(number.text)
        case .string(let text): write(string: text)
        case .array(let items):
            unit(UInt16(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { unit(UInt16(ascii: ",")) }
                write(item)
            }
            unit(UInt16(ascii: "]"))
        case .object(let object):
            unit(UInt16(ascii: "{"))
            for (position, member) in object.members.enumerated() {
                if position > 0 { unit(UInt16(ascii: ",")) }
                write(string: member.key)
                unit(UInt16(ascii: ":"))
                write(member.value)
            }
            unit(UInt16(ascii: "}"))
        }
    }

    /// Appends raw ASCII text known at compile time (already valid JSON).
    func raw(_ text: StaticString) {
        text.withUTF8Buffer { appendASCII($0) }
    }

    /// Appends raw text (already valid JSON).
    func append(_ text: String) {
        var text = text
        let ascii = text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return false }
            appendASCII(utf8)
            return true
        }
        if !ascii { for unit in text.utf16 { self.unit(unit) } }
    }

    /// Appends an integer as a JSON number.
    func append(_ number: Int) {
        append(String(number))
    }

    /// Widens ASCII bytes into the buffer.
    private func appendASCII(_ ascii: UnsafeBufferPointer<UInt8>) {
        reserve(ascii.count)
        let start = storage + count
        for index in 0..<ascii.count { start[index] = UInt16(ascii[index]) }
        count += ascii.count
    }

    /// Appends a quoted, escaped JSON string.
    func write(string: String) {
        var text = string
        // One pass over the UTF-8 bytes (reading a string's UTF-16 view costs tens of instructions a
        // unit). UTF-16 never needs more units than UTF-8 has bytes, so after the first `reserve`
        // only an escape, which is longer than its byte, has to make room.
        text.withUTF8 { utf8 in
            let length = utf8.count
            reserve(length + 2)
            var out = storage + count
            out[0] = UInt16(ascii: "\"")
            out += 1
            var index = 0
            if let base = utf8.baseAddress {
                index = Self.copyPlainWords(from: base, count: length, to: out)
                out += index
            }
            while index < length {
                let byte = utf8[index]
                if byte >= 0x80 {
                    index += Self.decodeScalar(utf8, at: index, to: &out)
                    continue
                }
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    out[0] = UInt16(byte)
                    out += 1
                    continue
                }
                count = out - storage
                reserve(length - index + 7)
                escape(byte)
                out = storage + count
            }
            out[0] = UInt16(ascii: "\"")
            count = out + 1 - storage
        }
    }

    /// Appends the JSON escape of a control character, `"` or `\\`.
    private func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("\\u00")
            hex.withUTF8Buffer { digits in
                self.unit(UInt16(digits[Int(byte >> 4)]))
                self.unit(UInt16(digits[Int(byte & 0xF)]))
            }
        }
    }

    /// Writes the scalar whose UTF-8 sequence (valid, as every Swift string's) starts at `index` as
    /// one or two UTF-16 units at `out`, advancing it; returns the sequence's length in bytes.
    private static func decodeScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, to out: inout UnsafeMutablePointer<UInt16>
    ) -> Int {
        let lead = UInt32(bytes[index])
        let scalar: UInt32
        let size: Int
        if lead < 0xE0 {
            scalar = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            size = 2
        } else if lead < 0xF0 {
            scalar = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            size = 3
        } else {
            scalar =
                (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
            size = 4
        }
        if scalar >= 0x10000 {
            let offset = scalar - 0x10000
            out[0] = UInt16(0xD800 + (offset >> 10))
            out[1] = UInt16(0xDC00 + (offset & 0x3FF))
            out += 2
        } else {
            out[0] = UInt16(scalar)
            out += 1
        }
        return size
    }

    /// Widens leading 8-byte words of `bytes` that hold no byte JSON must escape (control
    /// characters, `"`, `\\`) and no non-ASCII byte into `units`; returns how many bytes it took.
    private static func copyPlainWords(
        from bytes: UnsafePointer<UInt8>, count: Int, to units: UnsafeMutablePointer<UInt16>
    ) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        /// Whether some byte of `word` is zero (exact: a borrow only follows a real zero byte).
        func hasZero(_ word: UInt64) -> Bool { (word &- ones) & ~word & high != 0 }
        /// Four ASCII bytes spread into four UTF-16 code units (little-endian).
        func widen(_ half: UInt64) -> UInt64 {
            let pairs = (half | half << 16) & 0x0000_FFFF_0000_FFFF
            return (pairs | pairs << 8) & 0x00FF_00FF_00FF_00FF
        }
        let source = UnsafeRawPointer(bytes)
        let target = UnsafeMutableRawPointer(units)
        var index = 0
        while index + 8 <= count {
            let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            // A control character is a byte below 0x20: subtracting 0x20 from it borrows.
            let control = (word &- ones &* 0x20) & ~word & high != 0
            if word & high != 0 || control || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C)) {
                break
            }
            target.storeBytes(of: widen(word & 0xFFFF_FFFF).littleEndian, toByteOffset: index * 2, as: UInt64.self)
            target.storeBytes(of: widen(word >> 32).littleEndian, toByteOffset: index * 2 + 8, as: UInt64.self)
            index += 8
        }
        return index
    }

    /// Appends one code unit.
    private func unit(_ unit: UInt16) {
        reserve(1)
        storage[count] = unit
        count += 1
    }

    /// Makes room for `extra` more units.
    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        let grown = max(count + extra, capacity * 2)
        let larger = UnsafeMutablePointer<UInt16>.allocate(capacity: grown)
        larger.initialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity = grown
    }
}

extension UInt16 {
    /// The code unit of an ASCII character.
    fileprivate init(ascii scalar: Unicode.Scalar) { self = UInt16(scalar.value) }
}

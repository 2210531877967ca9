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
        // Plain ASCII without characters to escape (the usual case) is widened in one pass;
        // `plain` is how many leading bytes were, and the rest goes unit by unit.
        let plain = text.withUTF8 { utf8 -> Int in
            let length = utf8.count
            reserve(length + 2)
            let start = storage + count
            start[0] = UInt16(ascii: "\"")
            var index = 0
            while index < length {
                let byte = utf8[index]
                if byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                    break
                }
                start[index + 1] = UInt16(byte)
                index += 1
            }
            if index == length {
                start[length + 1] = UInt16(ascii: "\"")
                count += length + 2
                return -1
            }
            count += index + 1
            return index
        }
        guard plain >= 0 else { return }
        // The bytes before `plain` are ASCII, so they are also the first `plain` UTF-16 units.
        for unit in text.utf16.dropFirst(plain) {
            switch unit {
            case UInt16(ascii: "\""): raw("\\\"")
            case UInt16(ascii: "\\"): raw("\\\\")
            case UInt16(ascii: "\n"): raw("\\n")
            case UInt16(ascii: "\r"): raw("\\r")
            case UInt16(ascii: "\t"): raw("\\t")
            case 0..<0x20:
                let hex: StaticString = "0123456789abcdef"
                raw("\\u00")
                hex.withUTF8Buffer { digits in
                    self.unit(UInt16(digits[Int(unit >> 4)]))
                    self.unit(UInt16(digits[Int(unit & 0xF)]))
                }
            default: self.unit(unit)
            }
        }
        unit(UInt16(ascii: "\""))
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

/// A JSON value whose objects keep their key order; serialises compactly without escaping `/`.
indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number kept as its literal text.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// An integer number.
    static func int(_ n: Int) -> JSONValue { .number(String(n)) }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Builds an object from ordered pairs, turning repeated keys into arrays (postman-echo `args`).
    static func groupingRepeats(_ pairs: [(String, JSONValue)]) -> JSONValue {
        var keys: [String] = []
        var values: [String: [JSONValue]] = [:]
        for (key, value) in pairs {
            if values[key] == nil { keys.append(key) }
            values[key, default: []].append(value)
        }
        return .object(
            keys.map { key in
                let list = values[key]!
                return (key, list.count == 1 ? list[0] : .array(list))
            })
    }

    /// Compact UTF-8 JSON text.
    func serializedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return out
    }

    /// Compact JSON text.
    var serialized: String { String(decoding: serializedBytes(), as: UTF8.self) }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let b): out += Array((b ? "true" : "false").utf8)
        case .number(let n): out += Array(n.utf8)
        case .string(let s): JSONValue.writeString(s, into: &out, asciiOnly: false)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            out.append(UInt8(ascii: "{"))
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSONValue.writeString(key, into: &out, asciiOnly: false)
                out.append(UInt8(ascii: ":"))
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Writes `s` as a quoted JSON string; `asciiOnly` escapes everything above 0x7E as `\uXXXX`.
    static func writeString(_ s: String, into out: inout [UInt8], asciiOnly: Bool) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(34)
        if asciiOnly {
            for unit in s.utf16 {
                switch unit {
                case 34: out += [92, 34]
                case 92: out += [92, 92]
                case 10: out += [92, 110]
                case 13: out += [92, 114]
                case 9: out += [92, 116]
                case 0x20...0x7E: out.append(UInt8(unit))
                default:
                    out += [92, 117]
                    out += [
                        hex[Int(unit >> 12) & 15], hex[Int(unit >> 8) & 15], hex[Int(unit >> 4) & 15],
                        hex[Int(unit) & 15],
                    ]
                }
            }
        } else {
            for byte in s.utf8 {
                switch byte {
                case 34: out += [92, 34]
                case 92: out += [92, 92]
                case 10: out += [92, 110]
                case 13: out += [92, 114]
                case 9: out += [92, 116]
                case 8: out += [92, 98]
                case 12: out += [92, 102]
                case 0..<0x20: out += [92, 117, 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                default: out.append(byte)
                }
            }
        }
        out.append(34)
    }

    /// The value at `key` when this is an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
}

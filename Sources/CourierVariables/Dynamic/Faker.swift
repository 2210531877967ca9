import Foundation

/// The random helpers the generators share: one value is made with exclusive use of the
/// generator and a fixed "now".
struct Faker {
    /// The random source.
    var rng: SeededGenerator
    /// The clock reading for this value.
    let now: Date

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }

    /// A uniform double in `0 ..< 1` (JavaScript's `Math.random()`).
    mutating func fraction() -> Double { Double.random(in: 0..<1, using: &rng) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { fraction() < p }

    /// One element of a non-empty list.
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// `count` decimal digits.
    mutating func digits(_ count: Int) -> String {
        String((0..<count).map { _ in Character(String(int(0...9))) })
    }

    /// `count` characters drawn from `alphabet`.
    mutating func characters(_ count: Int, from alphabet: String) -> String {
        let letters = Array(alphabet)
        return String((0..<count).map { _ in pick(letters) })
    }

    /// `count` lower-case hexadecimal digits.
    mutating func hex(_ count: Int) -> String { characters(count, from: "0123456789abcdef") }

    /// A version 4 UUID in lower case.
    mutating func uuid() -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &rng) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }
        return [hex[0..<4], hex[4..<6], hex[6..<8], hex[8..<10], hex[10..<16]]
            .map { $0.joined() }.joined(separator: "-")
    }

    /// Replaces `#` with a digit, `!` with a digit 2-9 and `?` with an upper-case letter.
    mutating func pattern(_ template: String) -> String {
        var out = ""
        for c in template {
            switch c {
            case "#": out += String(int(0...9))
            case "!": out += String(int(2...9))
            case "?": out += characters(1, from: "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            default: out.append(c)
            }
        }
        return out
    }

    /// A decimal with `places` fraction digits, as JavaScript's `toFixed`.
    static func fixed(_ value: Double, _ places: Int) -> String { String(format: "%.\(places)f", value) }
}

extension String {
    /// The string left-padded with zeros to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    /// The string with its first character upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

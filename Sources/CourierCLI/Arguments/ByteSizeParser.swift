extension ValueParsers {
    /// A size in bytes: digits, optionally followed by a binary unit (`B`, `K`/`KB`/`KiB`,
    /// `M`/`MB`/`MiB`, `G`/`GB`/`GiB`, any case), e.g. `1048576`, `512KB`, `50MB`.
    /// 1 KB is 1024 bytes here, as in curl's `--max-filesize`.
    static func byteSize(_ text: String, for spelling: String) throws(UsageError) -> Int {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        let unit = text.dropFirst(digits.count).lowercased()
        let multipliers: [String: Int] = [
            "": 1, "b": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20,
            "mib": 1 << 20, "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30,
        ]
        guard !digits.isEmpty, let number = Int(digits), let multiplier = multipliers[unit],
            number <= Int.max / multiplier
        else {
            throw UsageError(
                message:
                    "option '\(spelling)' expects a size in bytes such as 1048576, 512KB or 50MB, got '\(text)'",
                command: .run)
        }
        return number * multiplier
    }
}

import Foundation

/// Conversions of option values, each throwing the usage error a user sees for a bad value.
///
/// `spelling` is the option as the user typed it (`-n` or `--iteration-count`).
enum ValueParsers {
    static func positiveInteger(_ text: String, for spelling: String) throws(UsageError) -> Int {
        guard isDigits(text), let number = Int(text), number > 0 else {
            throw UsageError(
                message: "option '\(spelling)' expects a positive integer, got '\(text)'",
                command: .run)
        }
        return number
    }

    static func milliseconds(_ text: String, for spelling: String) throws(UsageError) -> Int {
        guard isDigits(text), let number = Int(text) else {
            throw UsageError(
                message:
                    "option '\(spelling)' expects a whole number of milliseconds, got '\(text)'",
                command: .run)
        }
        return number
    }

    static func variable(_ text: String, for spelling: String) throws(UsageError) -> VariableOverride {
        guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
            throw UsageError(
                message: "option '\(spelling)' expects key=value, got '\(text)'", command: .run)
        }
        return VariableOverride(
            key: String(text[..<equals]), value: String(text[text.index(after: equals)...]))
    }

    static func reporterList(_ text: String, for spelling: String) throws(UsageError) -> [String] {
        let names = text.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard !names.isEmpty else {
            throw UsageError(
                message: "option '\(spelling)' expects reporter names separated by commas, got '\(text)'",
                command: .run)
        }
        return names
    }

    static func color(_ text: String, for spelling: String) throws(UsageError) -> ColorChoice {
        guard let choice = ColorChoice(rawValue: text) else {
            throw UsageError(
                message: "option '\(spelling)' expects on, off or auto, got '\(text)'", command: .run)
        }
        return choice
    }

    /// Bail modifiers, comma-separated; nil when any part is not a modifier.
    static func bailModifiers(_ text: String) -> Set<BailModifier>? {
        var modifiers: Set<BailModifier> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let modifier = BailModifier(rawValue: String(part)) else { return nil }
            modifiers.insert(modifier)
        }
        return modifiers
    }

    static func bail(_ text: String, for spelling: String) throws(UsageError) -> BailSetting {
        guard let modifiers = bailModifiers(text) else {
            throw UsageError(
                message: "option '\(spelling)' expects folder, failure or folder,failure, got '\(text)'",
                command: .run)
        }
        return BailSetting(modifiers: modifiers)
    }

    static func connectTo(_ text: String, for spelling: String) throws(UsageError) -> ConnectToMapping {
        guard let mapping = ConnectToMapping(parsing: text) else {
            throw UsageError(
                message: "option '\(spelling)' expects HOST1:PORT1:HOST2:PORT2, got '\(text)'",
                command: .run)
        }
        return mapping
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

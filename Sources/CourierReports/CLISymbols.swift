/// The marks the CLI reporter prints: newman's Unicode set, or plain ASCII for
/// `--disable-unicode`.
struct CLISymbols {
    var folder: String
    var root: String
    var sub: String
    var passed: String
    var skipped: String
    var failedAssertion: String
    var scriptError: String
    var consoleTop: String
    var consoleMiddle: String
    var consoleJoint: String
    var consoleBottom: String
    var box: BoxCharacters

    static let unicode = CLISymbols(
        folder: "❏", root: "→", sub: "↳", passed: "✓", skipped: "-", failedAssertion: ".",
        scriptError: "⠄", consoleTop: "┌", consoleMiddle: "│", consoleJoint: "├", consoleBottom: "└",
        box: .unicode)

    static let ascii = CLISymbols(
        folder: "Folder:", root: "->", sub: "|->", passed: "Pass", skipped: "-", failedAssertion: ".",
        scriptError: "!", consoleTop: "+", consoleMiddle: "|", consoleJoint: "+", consoleBottom: "+",
        box: .ascii)

    static func set(unicode: Bool) -> CLISymbols { unicode ? .unicode : .ascii }
}

/// Line-drawing characters for the summary table.
struct BoxCharacters {
    var horizontal: String
    var vertical: String
    var topLeft: String
    var topMiddle: String
    var topRight: String
    var middleLeft: String
    var cross: String
    var middleRight: String
    var bottomUp: String
    var bottomLeft: String
    var bottomRight: String

    static let unicode = BoxCharacters(
        horizontal: "─", vertical: "│", topLeft: "┌", topMiddle: "┬", topRight: "┐", middleLeft: "├",
        cross: "┼", middleRight: "┤", bottomUp: "┴", bottomLeft: "└", bottomRight: "┘")

    static let ascii = BoxCharacters(
        horizontal: "-", vertical: "|", topLeft: "+", topMiddle: "+", topRight: "+", middleLeft: "+",
        cross: "+", middleRight: "+", bottomUp: "+", bottomLeft: "+", bottomRight: "+")
}

/// One command-line argument, classified by shape before any option is looked up.
enum Token: Equatable {
    /// `--name` or `--name=value`; `name` has no dashes, `inlineValue` is the text after the first `=`.
    case long(name: String, inlineValue: String?)
    /// `-abc`: one or more short options in a cluster, the characters after the dash.
    case short(String)
    /// Anything else: the collection, or the value of the option before it.
    case positional(String)
}

/// Splits arguments into tokens; every argument after a lone `--` is positional.
///
/// A lone `-` and arguments that look like negative numbers (`-5`) are positional, so that a
/// bad number reaches the option that expects a number and is reported there.
func tokenize<Arguments: Sequence<String>>(_ arguments: Arguments) -> [Token] {
    var tokens: [Token] = []
    var optionsEnded = false
    for argument in arguments {
        if optionsEnded {
            tokens.append(.positional(argument))
        } else if argument == "--" {
            optionsEnded = true
        } else if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            if let equals = body.firstIndex(of: "=") {
                let value = String(body[body.index(after: equals)...])
                tokens.append(.long(name: String(body[..<equals]), inlineValue: value))
            } else {
                tokens.append(.long(name: String(body), inlineValue: nil))
            }
        } else if argument.hasPrefix("-"), argument.count > 1,
            argument.dropFirst().first?.isNumber == false
        {
            tokens.append(.short(String(argument.dropFirst())))
        } else {
            tokens.append(.positional(argument))
        }
    }
    return tokens
}

import Foundation

/// What `courier validate` reads out of script text with regular expressions (no JavaScript
/// runs): names that scripts set, and string literals given to `setNextRequest`.
enum ScriptScan {
    /// `pm.environment.set("name"`, `pm.variables.set('name'`, `postman.setGlobalVariable("name"` ...
    private static let setters = try! NSRegularExpression(
        pattern:
            #"(?:pm\.(?:environment|variables|collectionVariables|globals|iterationData)\.set|postman\.set(?:Environment|Global)Variable)\s*\(\s*(["'`])((?:(?!\1)[^\\\n])+)\1"#
    )

    /// `postman.setNextRequest("name"` and `pm.execution.setNextRequest('name'`.
    private static let nextRequests = try! NSRegularExpression(
        pattern: #"(?:postman|pm\.execution)\.setNextRequest\s*\(\s*(["'`])((?:(?!\1)[^\\\n])*)\1\s*\)"#)

    /// Variable names a script sets with a string literal.
    static func setNames(in source: String) -> [String] {
        literals(setters, in: source).filter { !$0.contains("${") }
    }

    /// `setNextRequest` targets written as string literals (template literals with `${` left out).
    static func nextRequestTargets(in source: String) -> [String] {
        literals(nextRequests, in: source).filter { !$0.contains("${") }
    }

    private static func literals(_ expression: NSRegularExpression, in source: String) -> [String] {
        let range = NSRange(source.startIndex..., in: source)
        return expression.matches(in: source, range: range).compactMap { match in
            Range(match.range(at: 2), in: source).map { String(source[$0]) }
        }
    }
}

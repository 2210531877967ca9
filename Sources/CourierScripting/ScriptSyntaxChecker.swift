import CJavaScriptCore

/// Checks scripts for syntax errors without running them (for `courier validate`), wrapped the
/// way `ScriptEngine` runs them, in a bare JavaScriptCore context of its own.
public enum ScriptSyntaxChecker {
    /// The syntax error of `source`, with its 1-based line in the script, or nil when it parses.
    public static func check(_ source: String) -> (message: String, line: Int)? {
        let group = JSContextGroupCreate()!
        let context = JSGlobalContextCreateInGroup(group, nil)!
        defer {
            JSGlobalContextRelease(context)
            JSContextGroupRelease(group)
        }
        let wrapped = JSBridge.string(ScriptEngine.wrap(source))
        let url = JSBridge.string("courier-script")
        defer {
            JSStringRelease(wrapped)
            JSStringRelease(url)
        }
        var exception: JSValueRef?
        if JSCheckScriptSyntax(context, wrapped, url, 1, &exception) { return nil }
        let info = ScriptEngine.errorInfo(context, exception)
        var line = 1
        if let value = JSBridge.property(context, exception, "line"), JSValueIsNumber(context, value) {
            line = Int(JSValueToNumber(context, value, nil))
        }
        // An unclosed block is reported on the wrapper's closing line: name the script's last line.
        let lineCount = source.split(separator: "\n", omittingEmptySubsequences: false).count
        let message =
            info.name == "Error" || info.message.hasPrefix(info.name)
            ? info.message : "\(info.name): \(info.message)"
        return (message, min(max(line, 1), lineCount))
    }
}

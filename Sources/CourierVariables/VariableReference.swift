/// One `{{name}}` reference as written in a template, for diagnostics and `validate`.
public struct VariableReference: Sendable, Equatable {
    /// The name between the braces, exactly as written (not trimmed).
    public let name: String
    /// Where `{{name}}` sits in the template, braces included.
    public let range: Range<String.Index>

    /// Every reference in `template`, in order, without substituting anything. Composed names
    /// (`{{url_{{env}}}}`) show only their innermost reference, as newman's first pass sees them.
    public static func all(in template: String) -> [VariableReference] {
        let utf8 = template.utf8
        return TemplateScanner.spans(in: template).map { span in
            let start = utf8.index(utf8.startIndex, offsetBy: span.start)
            let end = utf8.index(start, offsetBy: span.end - span.start)
            return VariableReference(name: span.name, range: start..<end)
        }
    }
}

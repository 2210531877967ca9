import CourierModel

/// What rendering a visualizer template gave: the HTML, and a short note when the template
/// could not be parsed (the HTML is then empty) or the output was cut at the size limit.
public struct VisualizerRendering: Sendable, Equatable {
    /// The rendered template.
    public var html: String
    /// Why `html` is empty or incomplete, for the reader of the report.
    public var problem: String?
}

/// `pm.visualizer.set(template, data)` rendered the way Postman's Visualizer does, for a subset
/// of Handlebars written for Courier:
///
/// - `{{path}}` (HTML-escaped) and `{{{path}}}` / `{{&path}}` (raw): dotted paths `a.b.c`,
///   `a/b`, `items.[0]`, `this`, `this.x`, `../x`, `@index`, `@key`, `@first`, `@last`, `@root`;
/// - `{{#each}}`, `{{#if}}` (with `includeZero=true`), `{{#unless}}`, `{{#with}}`, each with
///   `{{else}}` (`{{else if ...}}` chains too), block parameters `as |item index|`;
///   `{{#path}}` sections and `{{^path}}` inverted sections; `{{lookup object key}}`;
/// - comments `{{! }}` and `{{!-- --}}`, whitespace control `{{~ ~}}`, `\{{` for literal braces.
///
/// Helpers it does not know, partials and decorators render nothing; a malformed template (an
/// unclosed block or tag) gives a short problem instead. Output stops at `outputLimit` bytes,
/// nesting at 64 blocks, and work at `stepLimit` steps, so no template can hang the report.
public enum VisualizerTemplate {
    /// The most output one template may produce (1 MiB).
    public static let outputLimit = 1 << 20
    /// The most nodes one rendering may visit.
    public static let stepLimit = 2_000_000

    /// `template` rendered with `data` as its context.
    public static func render(_ template: String, data: JSONValue?) -> VisualizerRendering {
        let nodes: [VisualizerNode]
        do {
            nodes = try VisualizerTemplateParser.parse(template)
        } catch {
            return VisualizerRendering(html: "", problem: "Visualizer template error: \(error.message)")
        }
        var renderer = VisualizerRenderer(root: data)
        renderer.render(nodes)
        var problem: String?
        if renderer.truncated {
            problem =
                "The visualization was cut short: it exceeded \(outputLimit >> 20) MiB or too much work."
        }
        return VisualizerRendering(html: renderer.output, problem: problem)
    }
}

import CourierModel

/// The "Visualization" block of an execution whose scripts called `pm.visualizer.set`: the
/// template rendered with its data (`VisualizerTemplate`) inside `<iframe sandbox srcdoc>`.
///
/// The empty `sandbox` keeps scripts in the template from running and gives the frame an
/// opaque origin, so nothing in it reaches the report. Secrets are masked in the template and
/// in every string of the data before rendering (where escaping could change their form), then
/// the rendered page is masked and escaped into the attribute like the rest of the report.
struct HTMLVisualization {
    let safe: HTMLSafeText

    /// The block for `visualizer` (`{template, data, options}`), or nothing without a template.
    func render(_ visualizer: JSONValue?) -> String {
        guard let template = visualizer?["template"]?.stringValue else { return "" }
        let data = visualizer?["data"].map(masked)
        let rendering = VisualizerTemplate.render(safe.masker.mask(template), data: data)
        var html = "<h3>Visualization</h3>\n"
        if let problem = rendering.problem {
            html += "<p class=\"problem\">\(safe(problem))</p>\n"
        }
        if !rendering.html.isEmpty {
            html +=
                "<iframe class=\"visualization\" sandbox=\"\" title=\"Visualization\" referrerpolicy=\"no-referrer\""
                + " srcdoc=\"\(safe(rendering.html))\"></iframe>\n"
        }
        return html
    }

    /// `value` with every secret masked in its strings and keys.
    private func masked(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text): return .string(safe.masker.mask(text))
        case .array(let items): return .array(items.map(masked))
        case .object(let object):
            return .object(
                JSONObject(object.members.map { (key: safe.masker.mask($0.key), value: masked($0.value)) }))
        default: return value
        }
    }
}

import CourierModel
import Foundation

/// The `--verbose` details printed under a request line: request headers and body, response
/// headers and body (bodies clipped at 2 KB), and the timing phases, in a console-style box.
/// `Authorization` and `Proxy-Authorization` values are printed as `****`.
enum CLIVerboseBlock {
    static let bodyLimit = 2048

    static func render(_ execution: Execution, symbols: CLISymbols, style: ANSIStyle) -> String {
        var sections: [(String, [String])] = []
        if let request = execution.request {
            var lines = request.headers.map { "\($0.name): \(HeaderRedaction.displayValue(of: $0))" }
            if let body = request.body, !body.isEmpty { lines += [""] + bodyLines(body) }
            sections.append(("request", lines))
        }
        if let response = execution.response {
            var lines = ["\(response.code) \(response.status)".trimmingCharacters(in: .whitespaces)]
            lines += response.headers.map { "\($0.name): \($0.value)" }
            if !response.body.isEmpty { lines += [""] + bodyLines(response.body) }
            sections.append(("response", lines))
            let t = response.timings
            let phases: [(String, Double)] = [
                ("dns", t.dns), ("connect", t.connect), ("tls", t.tls), ("first byte", t.firstByte),
                ("total", t.total > 0 ? t.total : Double(response.responseTime)),
            ]
            let timing = phases.map { "\($0.0) \(DurationText.format(milliseconds: $0.1))" }
            sections.append(("timings", [timing.joined(separator: ", ")]))
        }
        guard !sections.isEmpty else { return "" }
        var out = ""
        for (index, section) in sections.enumerated() {
            let corner = index == 0 ? symbols.consoleTop : symbols.consoleJoint
            out += "  " + style.gray(corner) + " " + style.bold(section.0) + "\n"
            for line in section.1 {
                out +=
                    "  " + style.gray(symbols.consoleMiddle) + (line.isEmpty ? "" : " " + style.gray(line))
                    + "\n"
            }
        }
        return out + "  " + style.gray(symbols.consoleBottom) + "\n"
    }

    /// The body as text lines, clipped at 2 KB; binary bodies are summarised.
    private static func bodyLines(_ body: Data) -> [String] {
        let clipped = body.prefix(bodyLimit)
        // A clip can cut a multi-byte character: drop up to three trailing bytes.
        let cuts = body.count > bodyLimit ? 0...3 : 0...0
        guard var text = cuts.lazy.compactMap({ String(data: clipped.dropLast($0), encoding: .utf8) }).first
        else { return ["(binary, \(SizeText.format(bytes: body.count)))"] }
        if body.count > bodyLimit { text += "… (\(SizeText.format(bytes: body.count)) in all)" }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
        }
    }
}

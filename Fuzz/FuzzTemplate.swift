// libFuzzer target: the {{variable}} resolver. The input's first lines (`key=value`, up to an
// empty line) become local variables over a small fixed scope set; the rest is the template.
// Built by Fuzz/build.sh, never by SwiftPM.
import CourierModel
import CourierVariables
import Foundation

/// Fixed scopes: chained, composed and self-referential values.
private let fixedScopes: [VariableScope] = [
    VariableScope(
        name: "environment",
        variables: [
            Variable(key: "host", value: "127.0.0.1"),
            Variable(key: "url", value: "http://{{host}}:{{port}}/{{path}}"),
            Variable(key: "port", value: 8080),
            Variable(key: "env", value: "dev"),
            Variable(key: "url_dev", value: "{{url}}/dev"),
            Variable(key: "self", value: "{{self}}"),
            Variable(key: "off", value: "disabled", disabled: true),
            Variable(key: "list", value: [1, "two", nil]),
            Variable(key: "", value: "empty name"),
        ]),
    VariableScope(
        name: "globals",
        variables: [
            Variable(key: "path", value: "{{$randomInt}}"),
            Variable(key: "secret", value: "s3cret", type: "secret"),
        ]),
]

private let dynamic = DynamicVariables(clock: { Date(timeIntervalSince1970: 1_700_000_000) }, seed: 7)

/// One fuzz input: local variable lines, an empty line, then a template.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var local = VariableScope(name: "local")
    var template = Substring(text)
    if let split = text.range(of: "\n\n") {
        for line in text[..<split.lowerBound].split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            local.set(String(parts[0]), .string(parts.count > 1 ? String(parts[1]) : ""))
        }
        template = text[split.upperBound...]
    }
    var resolver = VariableResolver(scopes: [local] + fixedScopes, dynamic: dynamic)
    // The same limit code, reached in a few milliseconds instead of seconds under the sanitizers.
    resolver.nestedInsertionLimit = 64 << 10
    let result = resolver.resolveReportingUnknown(String(template))
    for name in result.unknown { _ = resolver.isDefined(name) }
    // What the script overlap check asks of the same template.
    _ = resolver.namesConsulted(by: String(template))
    return 0
}

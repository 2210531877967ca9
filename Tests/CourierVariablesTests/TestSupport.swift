import CourierModel
import CourierVariables
import Foundation
import XCTest

/// A scope from a JSON array of `{key, value, type, disabled}` objects, as in environment files.
func scope(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> VariableScope {
    guard case .array(let items)? = try? JSONParser.parse(json) else {
        XCTFail("bad test JSON: \(json)", file: file, line: line)
        return VariableScope()
    }
    let variables = items.compactMap { item -> Variable? in
        guard let object = item.objectValue, let key = object["key"]?.stringValue else { return nil }
        return Variable(
            key: key, value: object["value"], type: object["type"]?.stringValue,
            disabled: object["disabled"]?.boolValue ?? false)
    }
    return VariableScope(variables: variables)
}

/// A resolver over one scope, with seeded dynamic variables at a fixed time.
func resolver(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> VariableResolver {
    VariableResolver(scopes: [scope(json, file: file, line: line)], dynamic: fixedDynamic())
}

/// 2026-11-29T03:47:05.125Z (a Sunday).
let fixedDate = Date(timeIntervalSince1970: 1_795_924_025.125)

/// Dynamic variables with a fixed clock and seed.
func fixedDynamic(seed: UInt64 = 42) -> DynamicVariables {
    DynamicVariables(clock: { fixedDate }, seed: seed)
}

/// True when every character of `text` is in `allowed`.
func consists(_ text: String, of allowed: String) -> Bool {
    let set = Set(allowed)
    return !text.isEmpty && text.allSatisfy { set.contains($0) }
}

let digits = "0123456789"
let lowerHex = "0123456789abcdef"

import CourierModel

/// Turns a `ScriptInput` into the JSON the prelude reads, and the prelude's result JSON back into a
/// `ScriptOutput`.
enum ScriptCodec {
    /// Writes the input snapshot as JSON to `encoder` (emptied first, so its
    /// buffer can serve every run) and returns the response body, which is left out of the JSON:
    /// it crosses separately as a JavaScript string (bodies can be large, and need no JSON
    /// escaping that way).
    static func write(_ input: ScriptInput, to encoder: FastJSONEncoder) -> String? {
        encoder.removeAll()
        var responseBody: String?
        // Every member costs JavaScriptCore's parser about a thousand instructions, so `request`
        // (null), `cookies` ([]) and `environmentName` ("") are left out when empty: the prelude
        // reads a missing one the same way.
        encoder.raw("{\"eventName\":")
        encoder.write(string: input.eventName)
        if !input.request.isNull {
            encoder.raw(",\"request\":")
            encoder.write(input.request)
        }
        encoder.raw(",\"response\":")
        if let typed = input.typedResponse {
            responseBody = typed.body
            write(typed, to: encoder)
        } else if let response = input.response?.objectValue {
            if let body = response["body"] {
                responseBody = body.stringValue ?? (body.isNull ? nil : body.substitutionText)
            }
            // The object without its body members, written in place rather than copied without them.
            encoder.raw("{")
            var first = true
            for member in response.members where member.key != "body" {
                if !first { encoder.raw(",") }
                first = false
                encoder.write(string: member.key)
                encoder.raw(":")
                encoder.write(member.value)
            }
            encoder.raw("}")
        } else {
            encoder.write(input.response ?? .null)
        }
        encoder.raw(",\"iteration\":")
        encoder.append(input.iteration)
        encoder.raw(",\"iterationCount\":")
        encoder.append(input.iterationCount)
        encoder.raw(",\"itemName\":")
        encoder.write(string: input.itemName)
        encoder.raw(",\"itemID\":")
        encoder.write(string: input.itemID)
        encoder.raw(",\"location\":[")
        for (position, name) in input.location.enumerated() {
            if position > 0 { encoder.raw(",") }
            encoder.write(string: name)
        }
        encoder.raw("]")
        if !input.environmentName.isEmpty {
            encoder.raw(",\"environmentName\":")
            encoder.write(string: input.environmentName)
        }
        if input.cookies.arrayValue?.isEmpty != true {
            encoder.raw(",\"cookies\":")
            encoder.write(input.cookies)
        }
        encoder.raw("}")
        return responseBody
    }

    /// Writes the five scopes' variables as one JSON array of arrays (globals, collection,
    /// environment, iteration data, local) to `encoder`, emptied first; false, with nothing
    /// written, when every scope is empty. The engine parses the text only when a script reads a
    /// scope, so scripts that never do don't pay for the variables.
    static func writeScopes(_ input: ScriptInput, to encoder: FastJSONEncoder) -> Bool {
        encoder.removeAll()
        guard
            !(input.globals.isEmpty && input.collectionVariables.isEmpty && input.environment.isEmpty
                && input.iterationData.isEmpty && input.localVariables.isEmpty)
        else { return false }
        write(scope: input.globals, key: "[[", to: encoder)
        write(scope: input.collectionVariables, key: ",[", to: encoder)
        write(scope: input.environment, key: ",[", to: encoder)
        write(scope: input.iterationData, key: ",[", to: encoder)
        write(scope: input.localVariables, key: ",[", to: encoder)
        encoder.raw("]")
        return true
    }

    /// Writes a typed response as the same JSON its `jsonValue` gives, without the body member,
    /// except that `header` is one flat array of names and values: JavaScriptCore parses strings
    /// far more cheaply than objects, and `__courier.begin` makes the `{key, value}` objects.
    private static func write(_ response: ScriptResponse, to encoder: FastJSONEncoder) {
        encoder.raw("{\"id\":")
        encoder.write(string: response.id)
        encoder.raw(",\"code\":")
        encoder.append(response.code)
        encoder.raw(",\"status\":")
        encoder.write(string: response.status)
        encoder.raw(",\"header\":[")
        for (position, header) in response.headers.enumerated() {
            if position > 0 { encoder.raw(",") }
            encoder.write(string: header.name)
            encoder.raw(",")
            encoder.write(string: header.value)
        }
        encoder.raw("],\"responseTime\":")
        encoder.append(response.responseTime)
        encoder.raw(",\"responseSize\":")
        encoder.append(response.responseSize)
        encoder.raw("}")
    }

    /// Appends one scope's variables as a JSON array; `key` is the text before them, ending in `[`.
    private static func write(scope variables: [Variable], key: StaticString, to encoder: FastJSONEncoder) {
        encoder.raw(key)
        for (position, variable) in variables.enumerated() {
            if position > 0 { encoder.raw(",") }
            write(variable, to: encoder)
        }
        encoder.raw("]")
    }

    /// Writes a variable as `Variable.jsonValue` would (extra members last, unless they repeat a
    /// member already written), without building that object: environment files give every
    /// variable an extra `enabled`, and every run writes every variable.
    private static func write(_ variable: Variable, to encoder: FastJSONEncoder) {
        encoder.raw("{\"key\":")
        encoder.write(string: variable.key)
        encoder.raw(",\"value\":")
        if let value = variable.value { encoder.write(value) } else { encoder.raw("\"\"") }
        if let type = variable.type {
            encoder.raw(",\"type\":")
            encoder.write(string: type)
        }
        if variable.disabled { encoder.raw(",\"disabled\":true") }
        let extra = variable.extra.members
        for (position, member) in extra.enumerated() {
            switch member.key {
            case "key", "value": continue
            case "type" where variable.type != nil: continue
            case "disabled" where variable.disabled: continue
            case _ where extra[..<position].contains(where: { $0.key == member.key }): continue
            default:
                encoder.raw(",")
                encoder.write(string: member.key)
                encoder.raw(":")
                encoder.write(member.value)
            }
        }
        encoder.raw("}")
    }

    /// The output for a result JSON text; scopes and request the script did not change are the input's.
    static func output(json: String, input: ScriptInput) -> ScriptOutput {
        let result: JSONValue
        do {
            result = try JSONParser.parse(json)
        } catch {
            return failure(
                ErrorInfo(name: "Error", message: "Courier could not read the script result: \(error)"),
                input: input)
        }
        var output = ScriptOutput(
            globals: variables(result["globals"]) ?? input.globals,
            collectionVariables: variables(result["collectionVariables"]) ?? input.collectionVariables,
            environment: variables(result["environment"]) ?? input.environment,
            iterationData: variables(result["iterationData"]) ?? input.iterationData,
            localVariables: variables(result["localVariables"]) ?? input.localVariables,
            request: changedRequest(result["request"]) ?? input.request)
        output.assertions = (result["assertions"]?.arrayValue ?? []).enumerated().map { position, item in
            Assertion(
                name: item["name"]?.stringValue ?? "",
                skipped: item["skipped"]?.boolValue ?? false,
                error: errorInfo(item["error"], event: input.eventName),
                index: item["index"]?.doubleValue.map { Int($0) } ?? position,
                event: input.eventName)
        }
        let console = result["console"]?.arrayValue ?? []
        output.console = console.map {
            ConsoleLine(level: $0["level"]?.stringValue ?? "log", message: $0["message"]?.stringValue ?? "")
        }
        output.consolePositions = console.map { $0["at"]?.doubleValue.map { Int($0) } ?? Int.max }
        output.error = errorInfo(result["error"], event: input.eventName)
        if let next = result["nextRequest"]?.objectValue {
            if next["stop"]?.boolValue == true {
                output.nextRequest = .stop
            } else if let item = next["item"]?.stringValue {
                output.nextRequest = .item(item)
            }
        }
        output.skipRequest = result["skipRequest"]?.boolValue ?? false
        output.changedVariables = ["globals", "collectionVariables", "environment", "iterationData", "localVariables"]
            .contains { result[$0].map { !$0.isNull } ?? false }
        if let visualizer = result["visualizer"], !visualizer.isNull { output.visualizer = visualizer }
        return output
    }

    /// The output of a script that changed nothing and whose assertions all passed.
    static func output(passed assertions: [Assertion], input: ScriptInput) -> ScriptOutput {
        ScriptOutput(
            globals: input.globals, collectionVariables: input.collectionVariables,
            environment: input.environment,
            iterationData: input.iterationData, localVariables: input.localVariables, request: input.request,
            assertions: assertions)
    }

    /// An output that changes nothing and carries only an error.
    static func failure(_ error: ErrorInfo, input: ScriptInput) -> ScriptOutput {
        ScriptOutput(
            globals: input.globals, collectionVariables: input.collectionVariables,
            environment: input.environment,
            iterationData: input.iterationData, localVariables: input.localVariables, request: input.request,
            error: error)
    }

    /// The request when the script changed it (JSON `null` means unchanged).
    private static func changedRequest(_ value: JSONValue?) -> JSONValue? {
        guard let value, !value.isNull else { return nil }
        return value
    }

    private static func variables(_ value: JSONValue?) -> [Variable]? {
        guard let items = value?.arrayValue else { return nil }
        return items.compactMap { item -> Variable? in
            guard let object = item.objectValue else { return nil }
            var extra = JSONObject()
            for member in object where !["key", "value", "type", "disabled"].contains(member.key) {
                extra[member.key] = member.value
            }
            let key = object["key"].map { $0.stringValue ?? $0.substitutionText } ?? ""
            return Variable(
                key: key, value: object["value"], type: object["type"]?.stringValue,
                disabled: object["disabled"]?.boolValue ?? false, extra: extra)
        }
    }

    private static func errorInfo(_ value: JSONValue?, event: String) -> ErrorInfo? {
        guard let object = value?.objectValue else { return nil }
        let name = object["name"]?.stringValue ?? "Error"
        let message = object["message"]?.stringValue ?? ""
        var stack: String?
        if let line = object["line"]?.doubleValue {
            let column = object["column"]?.doubleValue.map { ":\(Int($0))" } ?? ""
            stack = "\(name): \(message)\n    at \(event)-script:\(Int(line))\(column)"
        }
        return ErrorInfo(name: name, message: message, stack: stack)
    }
}

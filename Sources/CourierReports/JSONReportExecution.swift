import CourierModel

/// The pieces of newman's `run.executions[]` and `run.failures[]` entries.
enum JSONReportExecution {
    /// One execution: cursor, item, request, response, id, assertions, script and request errors.
    static func json(_ execution: Execution) -> JSONValue {
        var object = JSONObject()
        object["cursor"] = cursor(
            execution.cursor, ref: execution.id, httpRequestID: httpRequestID(execution))
        object["item"] = execution.item.json
        if let request = execution.request { object["request"] = self.request(request) }
        if let response = execution.response { object["response"] = self.response(response) }
        object["id"] = .string(execution.item.id)
        if !execution.assertions.isEmpty {
            object["assertions"] = .array(execution.assertions.map(assertion))
        }
        for (event, key) in [("prerequest", "prerequestScript"), ("test", "testScript")] {
            let errors = execution.scriptErrors.filter { $0.event == event }
            if !errors.isEmpty { object[key] = .array(errors.map { ["error": scriptError($0.error)] }) }
        }
        // Courier extension: how many times the request was sent again (`--retries`).
        if execution.retries > 0 { object["retries"] = .number(JSONNumber(execution.retries)) }
        if let error = execution.requestError {
            object["requestError"] = ["name": .string(error.name), "message": .string(error.message)]
        }
        return .object(object)
    }

    /// newman's cursor object.
    static func cursor(_ cursor: RunCursor, ref: String?, httpRequestID: String?) -> JSONValue {
        var object = JSONObject()
        object["position"] = .number(JSONNumber(cursor.position))
        object["iteration"] = .number(JSONNumber(cursor.iteration))
        object["length"] = .number(JSONNumber(cursor.length))
        object["cycles"] = .number(JSONNumber(cursor.cycles))
        object["empty"] = .bool(cursor.length == 0)
        object["eof"] = .bool(cursor.position == cursor.length - 1 && cursor.iteration == cursor.cycles - 1)
        object["bof"] = .bool(cursor.position == 0 && cursor.iteration == 0)
        object["cr"] = .bool(false)
        if let ref { object["ref"] = .string(ref) }
        if let httpRequestID { object["httpRequestId"] = .string(httpRequestID) }
        return .object(object)
    }

    static func httpRequestID(_ execution: Execution) -> String {
        execution.response?.id ?? execution.id
    }

    /// The request as sent; credentials in `Authorization` headers are hidden.
    static func request(_ request: SentRequest) -> JSONValue {
        var object = JSONObject()
        object["url"] = PostmanURL.json(request.url)
        object["header"] = .array(
            request.headers.map {
                ["key": .string($0.name), "value": .string(HeaderRedaction.displayValue(of: $0))]
            })
        object["method"] = .string(request.method)
        if let body = request.body, !body.isEmpty {
            object["body"] = ["mode": "raw", "raw": .string(String(decoding: body, as: UTF8.self))]
        }
        return .object(object)
    }

    /// The response, with the body as text (`body`) where newman writes a byte array (`stream`).
    static func response(_ response: ReceivedResponse) -> JSONValue {
        var object = JSONObject()
        object["id"] = .string(response.id)
        object["status"] = .string(response.status)
        object["code"] = .number(JSONNumber(response.code))
        object["header"] = .array(
            response.headers.map { ["key": .string($0.name), "value": .string($0.value)] })
        object["body"] = .string(response.text)
        object["cookie"] = .array([])
        object["responseTime"] = .number(JSONNumber(response.responseTime))
        object["responseSize"] = .number(JSONNumber(response.responseSize))
        return .object(object)
    }

    static func assertion(_ assertion: Assertion) -> JSONValue {
        var object = JSONObject()
        object["assertion"] = .string(assertion.name)
        object["skipped"] = .bool(assertion.skipped)
        if let error = assertion.error {
            object["error"] = assertionError(error, index: assertion.index, test: assertion.name)
        }
        return .object(object)
    }

    /// `{name, index, test, message, stack}`.
    static func assertionError(_ error: ErrorInfo, index: Int, test: String) -> JSONValue {
        [
            "name": .string(error.name), "index": .number(JSONNumber(index)), "test": .string(test),
            "message": .string(error.message),
            "stack": .string(error.stack ?? "\(error.name): \(error.message)"),
        ]
    }

    /// `{type: "Error", name, message}` (and `stack` when known).
    static func scriptError(_ error: ErrorInfo) -> JSONValue {
        var object = JSONObject()
        object["type"] = "Error"
        object["name"] = .string(error.name)
        object["message"] = .string(error.message)
        if let stack = error.stack { object["stack"] = .string(stack) }
        return .object(object)
    }
}

import CourierModel

extension Runner {
    /// Serves `pm.cookies.jar()` with the run's own cookie jar, the one the HTTP client sends from.
    ///
    /// Only called on the run's thread while it waits for the script: scripts naming `jar` never
    /// overlap the next request (`ScriptOverlap.blockingWords`). A script that reaches the jar
    /// without naming it while it overlaps gets an error, and overlapping stops for the rest of the run.
    func cookieJarForScripts(_ operation: JSONValue) -> Result<JSONValue, ErrorInfo> {
        if let refusal = refusalWhileOverlapping("pm.cookies.jar()") { return .failure(refusal) }
        return ScriptCookieJar(client: client).perform(operation)
    }
}

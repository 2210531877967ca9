/// A request the OData routes refuse: status, message and the .NET exception type for `innererror`.
struct ODataError: Error, Sendable {
    var status: Int
    var message: String
    var type = "Microsoft.OData.ODataException"

    /// 400 for a query option that cannot be used.
    static func badQuery(_ detail: String) -> ODataError {
        ODataError(status: 400, message: "The query specified in the URI is not valid. " + detail)
    }

    /// 400 for an unknown property on `set`.
    static func unknownProperty(_ name: String, on set: String) -> ODataError {
        badQuery("Could not find a property named '\(name)' on type 'Terrasoft.Configuration.\(set)'.")
    }
}

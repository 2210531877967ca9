import CourierModel

/// `protocolProfileBehavior` merged key by key: item over nearer folders over outer folders over
/// the collection.
struct ProtocolProfile {
    var values = JSONObject()

    /// Merges `layers` ordered outermost first; later layers win.
    init(layers: [JSONObject]) {
        for layer in layers {
            for member in layer { values[member.key] = member.value }
        }
    }

    func bool(_ key: String) -> Bool? { values[key]?.boolValue }

    var disableBodyPruning: Bool { bool("disableBodyPruning") ?? false }
    var disableURLEncoding: Bool { bool("disableUrlEncoding") ?? false }
    var followRedirects: Bool? { bool("followRedirects") }
    var strictSSL: Bool? { bool("strictSSL") }
    var maxRedirects: Int? { values["maxRedirects"]?.doubleValue.map { Int($0) } }
    var followOriginalHTTPMethod: Bool { bool("followOriginalHttpMethod") ?? false }
    var followAuthorizationHeader: Bool { bool("followAuthorizationHeader") ?? false }
    var removeRefererHeaderOnRedirect: Bool { bool("removeRefererHeaderOnRedirect") ?? false }
    var disableCookies: Bool { bool("disableCookies") ?? false }

    /// Lower-cased names of implicit headers the collection turned off.
    var disabledSystemHeaders: Set<String> {
        guard let object = values["disabledSystemHeaders"]?.objectValue else { return [] }
        return Set(object.members.filter { $0.value.boolValue == true }.map { $0.key.lowercased() })
    }
}

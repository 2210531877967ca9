// libFuzzer target: bytes -> JSONParser -> CollectionDecoder (v1 and v2), then a write/re-parse
// round trip. Built by Fuzz/build.sh, never by SwiftPM.
import CourierModel
import Foundation

/// One fuzz input: any bytes, read as a collection file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCollection(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    guard let json = try? JSONParser.parse(bytes) else { return 0 }
    FuzzCheck.roundTrip(json)
    if let collection = try? CollectionDecoder.decode(json, makeID: { "id" }) {
        FuzzCheck.touch(collection.items)
    }
    return 0
}

/// Checks shared by the JSON-based targets.
enum FuzzCheck {
    /// Writing a parsed document and parsing it again gives the same document.
    static func roundTrip(_ json: JSONValue) {
        let text = JSONWriter.string(json)
        guard let again = try? JSONParser.parse(text) else {
            fatalError("written JSON does not parse: \(text)")
        }
        if again != json { fatalError("JSON round trip changed the document: \(text)") }
    }

    /// Walks every item, rendering URLs, as a run would.
    static func touch(_ items: [Item]) {
        for item in items {
            switch item {
            case .folder(let folder): touch(folder.items)
            case .request(let request): _ = request.request.url.toString()
            }
        }
    }
}

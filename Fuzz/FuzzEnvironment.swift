// libFuzzer target: bytes -> JSONParser -> VariableFileDecoder and IterationData.
// Built by Fuzz/build.sh, never by SwiftPM.
import CourierModel
import Foundation

/// One fuzz input: any bytes, read as an environment, globals or JSON data file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEnvironment(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard let json = try? JSONParser.parse(Data(bytes: data, count: size)) else { return 0 }
    if let file = try? VariableFileDecoder.decode(json) {
        for variable in file.variables { _ = variable.jsonValue }
    }
    if let rows = try? IterationData.rows(fromJSON: json) {
        for row in rows { _ = JSONWriter.string(.object(row)) }
    }
    return 0
}

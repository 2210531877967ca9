// libFuzzer target: bytes -> CSVParser, as UTF-8 and as Latin-1 text (the loader's fallback).
// Built by Fuzz/build.sh, never by SwiftPM.
import CourierModel

/// One fuzz input: any bytes, read as a CSV data file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    for text in [
        String(decoding: bytes, as: UTF8.self), String(decoding: bytes.map { UInt16($0) }, as: UTF16.self),
    ] {
        if let rows = try? CSVParser.parse(text) {
            for row in rows { _ = JSONWriter.string(.object(row)) }
        }
    }
    return 0
}

import DimingCore
import FuzzSupport

/// `QueryString.parse` on any query text: the pairs it accepts encode and parse back the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQueryString(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let pairs = try? QueryString.parse(text) else { return 0 }
    let again = try? QueryString.parse(QueryString.encode(pairs))
    precondition(again.map { $0.elementsEqual(pairs) { $0.name == $1.name && $0.value == $1.value } } == true,
                 "encoded pairs do not parse back the same")
    return 0
}

/// SwiftPM's name for this executable's `main`; libFuzzer's driver takes over.
@_cdecl("FuzzQueryString_main")
public func fuzzQueryStringMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerEntry.run(argc, argv)
}

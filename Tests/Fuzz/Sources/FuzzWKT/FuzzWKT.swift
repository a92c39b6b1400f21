import DimingCore
import FuzzSupport

/// The WKT reader (a CSV geometry column): a geometry it accepts and that is valid must
/// write back as WKT that reads again to the same type.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWKT(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    do {
        let geometry = try WKTReader.parse(text)
        guard (try? geometry.validate()) != nil else { return 0 }
        let again = try? WKTReader.parse(WKTWriter.string(geometry))
        precondition(again?.type == geometry.type, "written WKT does not read back")
    } catch {
        precondition(!error.detail.isEmpty, "an error without a message")
    }
    return 0
}

/// SwiftPM's name for this executable's `main`; libFuzzer's driver takes over.
@_cdecl("FuzzWKT_main")
public func fuzzWKTMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerEntry.run(argc, argv)
}

import DimingCore
import FuzzSupport

/// The CSV import path up to the database: records, header, WKT or lon/lat geometry.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FeatureChecks.read(UnsafeRawBufferPointer(start: start, count: count), as: .csv)
    return 0
}

/// SwiftPM's name for this executable's `main`; libFuzzer's driver takes over.
@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerEntry.run(argc, argv)
}

import DimingCore
import FuzzSupport

/// The GeoJSON import path up to the database: a FeatureCollection or Feature, and the same
/// bytes as a GeoJSON text sequence (RS-framed or one feature per line).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGeoJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    FeatureChecks.read(bytes, as: .geojson)
    FeatureChecks.read(bytes, as: .geojsonseq)
    return 0
}

/// SwiftPM's name for this executable's `main`; libFuzzer's driver takes over.
@_cdecl("FuzzGeoJSON_main")
public func fuzzGeoJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerEntry.run(argc, argv)
}

import DimingCore
import FuzzSupport

/// `BoundingBox(parsing:)`, the `bbox` parameter and `--bbox` option: a box it accepts is
/// finite, in range, south of its north, and splits into parts that do not cross.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBoundingBox(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    guard let box = try? BoundingBox(parsing: text) else { return 0 }
    precondition([box.minLon, box.minLat, box.maxLon, box.maxLat].allSatisfy(\.isFinite), "a box with a non-finite number")
    precondition(abs(box.minLon) <= 180 && abs(box.maxLon) <= 180 && box.minLat >= -90 && box.maxLat <= 90, "a box out of range")
    precondition(box.minLat <= box.maxLat, "south above north")
    precondition(box.parts.allSatisfy { !$0.crossesAntimeridian }, "a part crosses the antimeridian")
    return 0
}

/// SwiftPM's name for this executable's `main`; libFuzzer's driver takes over.
@_cdecl("FuzzBoundingBox_main")
public func fuzzBoundingBoxMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzerEntry.run(argc, argv)
}

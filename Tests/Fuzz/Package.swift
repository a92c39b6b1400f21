// swift-tools-version:6.1
import PackageDescription

// Fuzz targets for the importer's parsers, apart from the root package so that its normal
// `swift build` and `swift test` are untouched. Built by tools/fuzz/run.sh with
// `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library`. Each target defines
// `LLVMFuzzerTestOneInput` and the `<Target>_main` SwiftPM links as `main` (see CLibFuzzer).

/// SwiftPM names a path dependency after its folder (`diming`, or a worktree's name).
let root = String(Context.packageDirectory.split(separator: "/").dropLast(2).last ?? "diming").lowercased()
let core = Target.Dependency.product(name: "DimingCore", package: root)

let package = Package(
    name: "DimingFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "../..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: [core, "CLibFuzzer"]),
        .executableTarget(name: "FuzzGeoJSON", dependencies: [core, "FuzzSupport"]),
        .executableTarget(name: "FuzzCSV", dependencies: [core, "FuzzSupport"]),
        .executableTarget(name: "FuzzWKT", dependencies: [core, "FuzzSupport"]),
        .executableTarget(name: "FuzzQueryString", dependencies: [core, "FuzzSupport"]),
        .executableTarget(name: "FuzzBoundingBox", dependencies: [core, "FuzzSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

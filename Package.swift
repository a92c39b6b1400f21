// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Diming",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "diming", targets: ["diming"]),
        .library(name: "DimingCore", targets: ["DimingCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSpatiaLite",
            pkgConfig: "spatialite",
            providers: [.apt(["libspatialite-dev", "libsqlite3-mod-spatialite", "libproj-dev"])]
        ),
        .target(
            name: "DimingCore",
            dependencies: [
                "CSpatiaLite",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "diming",
            dependencies: [
                "DimingCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DimingCoreTests",
            dependencies: ["DimingCore"]
        ),
        .testTarget(
            name: "DimingCLITests",
            dependencies: ["DimingCore"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

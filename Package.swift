// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Diming",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "diming", targets: ["diming"]),
        .library(name: "DimingCore", targets: ["DimingCore"]),
        .library(name: "DimingGazetteer", targets: ["DimingGazetteer"]),
        .library(name: "DimingBoundaries", targets: ["DimingBoundaries"]),
        .library(name: "DimingDisaster", targets: ["DimingDisaster"]),
        .library(name: "DimingServer", targets: ["DimingServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        // Without swift-configuration: the server is configured by `diming serve`'s options.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSpatiaLite",
            pkgConfig: "spatialite",
            providers: [.apt(["libspatialite-dev", "libsqlite3-mod-spatialite", "libproj-dev"])]
        ),
        .systemLibrary(
            name: "CGDAL",
            pkgConfig: "gdal",
            providers: [.apt(["libgdal-dev"])]
        ),
        .target(
            name: "DimingCore",
            dependencies: [
                "CSpatiaLite",
                "CGDAL",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev", "opencc"])]
        ),
        // 地名: places with their names' history, the naming workflow and checks, pinyin, search.
        .target(
            name: "DimingGazetteer",
            dependencies: [
                "DimingCore",
                "COpenCC",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // 界线: boundary lines between neighbours, markers, joint inspections, topology checks.
        .target(
            name: "DimingBoundaries",
            dependencies: [
                "DimingCore",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // 灾情: disaster events, rapid field reports (灾情速报), reviews, summaries and deadlines.
        .target(
            name: "DimingDisaster",
            dependencies: [
                "DimingCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "DimingServer",
            dependencies: [
                "DimingCore",
                "DimingGazetteer",
                "DimingBoundaries",
                "DimingDisaster",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "diming",
            dependencies: [
                "DimingCore",
                "DimingGazetteer",
                "DimingBoundaries",
                "DimingDisaster",
                "DimingServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the three test targets share: the run's temporary folder.
        .target(name: "DimingTestSupport", path: "Tests/DimingTestSupport"),
        .testTarget(
            name: "DimingCoreTests",
            dependencies: ["DimingCore", "DimingTestSupport"],
            exclude: ["Fixtures"]   // files of earlier releases, read from the source tree
        ),
        .testTarget(
            name: "DimingGazetteerTests",
            dependencies: ["DimingCore", "DimingGazetteer", "DimingTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "DimingBoundariesTests",
            dependencies: ["DimingCore", "DimingBoundaries", "DimingTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]   // GeoJSON read from the source tree
        ),
        .testTarget(
            name: "DimingDisasterTests",
            dependencies: ["DimingCore", "DimingDisaster", "DimingTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]   // files of earlier releases, read from the source tree
        ),
        .testTarget(
            name: "DimingCLITests",
            dependencies: ["DimingCore", "DimingTestSupport"],
            exclude: ["Help"]   // the pinned --help texts, read from the source tree
        ),
        .testTarget(
            name: "DimingServerTests",
            dependencies: [
                "DimingCore",
                "DimingTestSupport",
                "DimingServer",
                "DimingBoundaries",
                "DimingDisaster",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

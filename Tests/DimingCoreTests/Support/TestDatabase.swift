import Foundation
import DimingTestSupport
import Testing
@testable import DimingCore

/// A fresh SpatiaLite file in its own temporary folder.
func makeTestDatabase(_ name: String = "test") throws -> DimingDatabase {
    let directory = ScratchFolder.url("diming-tests")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return try DimingDatabase(path: directory.appendingPathComponent("\(name).sqlite").path, create: true)
}

/// The repository's `gazetteer/` folder.
let gazetteerDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("gazetteer")

func gazetteerFile(_ name: String) -> String { gazetteerDirectory.appendingPathComponent(name).path }

/// Imports GeoJSON text into a layer.
@discardableResult
func importText(_ text: String, into layer: Layer, _ db: DimingDatabase, format: FeatureFormat = .geojson,
                options: ImportOptions = ImportOptions()) throws -> ImportSummary {
    try FeatureImporter(layer: layer, options: options).run(FeatureSource(bytes: Array(text.utf8), format: format), into: db)
}

/// A FeatureCollection of the given feature texts.
func collection(_ features: String...) -> String {
    "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}"
}

func count(_ layer: Layer, in db: DimingDatabase) throws -> Int {
    try db.pool.read { try LayerStatistics.read(layer, in: $0).featureCount }
}

/// The Yichang counties imported as the demo does (code from adcode, level county).
func importYichang(into db: DimingDatabase) throws {
    let source = try FeatureSource(path: gazetteerFile("yichang-districts.geojson"))
    _ = try FeatureImporter(layer: .divisions, options: ImportOptions(propertyMap: ["code": "adcode"], defaults: ["level": .string("county")]))
        .run(source, into: db)
}

/// Parses JSON text with Foundation, as an independent reader of our output.
func jsonObject(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], "not a JSON object: \(text.prefix(200))",
                 sourceLocation: sourceLocation)
}

import Foundation
import Testing
@testable import DimingCore

/// `import --replace` of roads while house numbers point at them: refused unless the file
/// brings every referenced road back with its id, and then the house numbers keep pointing.
@Suite struct ReplaceWithReferencesTests {
    static let road = #"{"type":"Feature","properties":{"name":"清江大道"},"geometry":{"type":"LineString","coordinates":[[111.44,30.38],[111.45,30.39]]}}"#
    static let address = #"{"type":"Feature","properties":{"road":"清江大道","number":1},"geometry":{"type":"Point","coordinates":[111.445,30.385]}}"#

    @Test func replacingReferencedRoadsKeepsTheirIdsOrIsRefused() throws {
        let db = try makeTestDatabase()
        try importText(collection(Self.road), into: .roads, db)
        try importText(collection(Self.address), into: .addresses, db)
        let roadID = try db.pool.read { try FeatureProvider(layer: .roads).page(try FeatureQuery(layer: .roads, parameters: []), in: $0) }.features[0].idText

        #expect(throws: ImportError.self) {
            try importText(collection(Self.road), into: .roads, db, options: ImportOptions(replace: true))
        }
        #expect(try count(.roads, in: db) == 1 && count(.addresses, in: db) == 1)

        let sink = MemorySink()
        try FeatureExporter(layer: .roads).run(from: db, to: sink)
        let renamed = sink.string.replacingOccurrences(of: "清江大道", with: "清江路")
        let summary = try importText(renamed, into: .roads, db, options: ImportOptions(replace: true))
        #expect(summary.removed == 1 && summary.inserted == 1)
        let address = try db.pool.read { try FeatureProvider(layer: .addresses).page(try FeatureQuery(layer: .addresses, parameters: []), in: $0) }.features[0]
        #expect(address.properties.first { $0.name == "road_id" }?.value == .string(roadID))
    }
}

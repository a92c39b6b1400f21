import DimingCore
import DimingTestSupport
import Foundation
import GRDB
@testable import DimingGazetteer

/// A real SpatiaLite file with the gazetteer and a small county: 宜都市 (420581) split into
/// 陆城街道 (420581001, west of 111.3°E) and 红花套镇 (420581100, east of it), a road 建设路 in
/// 陆城街道 with two house numbers.
struct GazetteerFixture {
    let database: DimingDatabase
    let gazetteer: Gazetteer

    static let county = "420581"
    static let luCheng = "420581001"
    static let hongHuaTao = "420581100"
    /// A point in 陆城街道 and one in 红花套镇.
    static let west = Position(lon: 111.1, lat: 30.3)
    static let east = Position(lon: 111.5, lat: 30.3)

    static let admin = Account.local(user: "tester")
    static let luChengOfficer = Account(id: 7, name: "lucheng", role: .placenameOfficer,
                                        scope: AccessScope(division: DivisionCode(luCheng)), createdAt: Date())
    static let viewer = Account(id: 8, name: "viewer", role: .viewer, scope: .everywhere, createdAt: Date())

    init(_ name: String = "gazetteer") throws {
        let folder = ScratchFolder.url("gazetteer-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try DimingDatabase(path: folder.appendingPathComponent("\(name).sqlite").path,
                                      modules: DimingModule.standard + [.gazetteer], create: true)
        gazetteer = Gazetteer(database)
        try load(Self.divisions, into: .divisions)
        try load(Self.roads, into: .roads)
        try load(Self.addresses, into: .addresses)
    }

    /// GeoJSON features into a layer as a batch import does.
    func load(_ text: String, into layer: Layer, options: ImportOptions = ImportOptions()) throws {
        _ = try FeatureImporter(layer: layer, options: options).run(FeatureSource(bytes: Array(text.utf8), format: .geojson), into: database)
    }

    static func box(_ minLon: Double, _ minLat: Double, _ maxLon: Double, _ maxLat: Double) -> Geometry {
        .polygon([[Position(lon: minLon, lat: minLat), Position(lon: maxLon, lat: minLat), Position(lon: maxLon, lat: maxLat),
                   Position(lon: minLon, lat: maxLat), Position(lon: minLon, lat: minLat)]])
    }

    static func polygonJSON(_ minLon: Double, _ minLat: Double, _ maxLon: Double, _ maxLat: Double) -> String {
        "{\"type\":\"Polygon\",\"coordinates\":[[[\(minLon),\(minLat)],[\(maxLon),\(minLat)],[\(maxLon),\(maxLat)],[\(minLon),\(maxLat)],[\(minLon),\(minLat)]]]}"
    }

    static let divisions = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"code":"420581","name":"宜都市","level":"county"},"geometry":\(polygonJSON(111.0, 30.0, 111.6, 30.6))},
        {"type":"Feature","properties":{"code":"420581001","name":"陆城街道","level":"township","parent":"420581"},"geometry":\(polygonJSON(111.0, 30.0, 111.3, 30.6))},
        {"type":"Feature","properties":{"code":"420581100","name":"红花套镇","level":"township","parent":"420581"},"geometry":\(polygonJSON(111.3, 30.0, 111.6, 30.6))}
        ]}
        """

    static let roads = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","id":"road-jianshe","properties":{"name":"建设路","division":"420581001"},
         "geometry":{"type":"LineString","coordinates":[[111.05,30.3],[111.2,30.3]]}}
        ]}
        """

    static let addresses = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"road":"建设路","number":12,"division":"420581001"},"geometry":{"type":"Point","coordinates":[111.1,30.3001]}},
        {"type":"Feature","properties":{"road":"建设路","number":14,"division":"420581001"},"geometry":{"type":"Point","coordinates":[111.11,30.3001]}}
        ]}
        """

    /// A proposal of `name` at `point` (or with `geometry`), by the admin unless told.
    func propose(_ name: String, _ category: PlaceCategory = .road, at point: Position = GazetteerFixture.west,
                 geometry: Geometry? = nil, division: String? = nil, planned: Bool = false,
                 by actor: Account = GazetteerFixture.admin) async throws -> String {
        let draft = PlaceDraft(name: name, category: category, geometry: geometry ?? .point(point), division: division, planned: planned)
        return try await gazetteer.propose(draft, by: actor).place.place.id
    }

    /// A place proposed and approved on `date`.
    func approved(_ name: String, _ category: PlaceCategory = .road, at point: Position = GazetteerFixture.west,
                  geometry: Geometry? = nil, date: String = "2020-01-01") async throws -> String {
        let id = try await propose(name, category, at: point, geometry: geometry)
        _ = try await gazetteer.approve(id, Approval(document: "宜府函〔2020〕1号", date: date, authority: "宜都市人民政府"), by: Self.admin)
        return id
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.pool.read(body)
    }

    func auditActions(of id: String) throws -> [String] {
        try read { try String.fetchAll($0, sql: "SELECT action FROM diming_audit WHERE feature_id = ? ORDER BY id", arguments: [id]) }
    }
}

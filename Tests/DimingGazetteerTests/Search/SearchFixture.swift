import DimingCore
import DimingTestSupport
import Foundation
import GRDB
@testable import DimingGazetteer

/// A real SpatiaLite file with places and their name records written in plain SQL (until the
/// store's writes land), each place indexed through ``SearchIndex/reindex(places:in:)`` as the
/// store does inside its writes.
struct SearchFixture {
    let database: DimingDatabase
    var gazetteer: Gazetteer { Gazetteer(database) }

    init(_ label: String) throws {
        let folder = ScratchFolder.url("gazetteer-search-\(label)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        database = try DimingDatabase(path: folder.appendingPathComponent("search.sqlite").path,
                                      modules: DimingModule.standard + [.gazetteer], create: true)
        try database.pool.write { db in
            // The towns side by side inside the county: the gazetteer derives a place's division
            // from its point (420581001 west of 111.5, 420581100 east of it).
            for (code, name, parent, west, east) in [("420581", "宜都市", nil, 111.0, 111.9), ("420581001", "陆城街道", "420581", 111.0, 111.5),
                                                     ("420581100", "红花套镇", "420581", 111.5, 111.9)] {
                try db.execute(sql: """
                    INSERT INTO "divisions"("code", "name", "level", "parent", "geom")
                    VALUES (?, ?, NULL, ?, CastToMultiPolygon(BuildMbr(?, 30.0, ?, 30.9, 4490)))
                    """, arguments: [code, name, parent, west, east])
            }
        }
    }

    /// One name record: its text, kind, status and validity.
    struct Name {
        var name: String
        var kind: NameKind = .standard
        var status: PlaceStatus = .approved
        var from: String?
        var to: String?
    }

    /// Adds a place with its name records (its standard name alone when `names` is empty) and
    /// indexes it; returns its uid.
    @discardableResult
    func place(_ name: String, category: PlaceCategory = .road, division: String? = "420581001", status: PlaceStatus = .approved,
               lon: Double? = nil, lat: Double = 30.4, names: [Name]? = nil) throws -> String {
        let lon = lon ?? (division == "420581100" ? 111.7 : 111.4)
        let uid = UUID().uuidString.lowercased()
        let records = names ?? [Name(name: name, status: status)]
        try database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO "places"("uid", "name", "category", "division", "status", "geom") VALUES (?, ?, ?, ?, ?, MakePoint(?, ?, 4490))
                """, arguments: [uid, name, category.rawValue, division, status.rawValue, lon, lat])
            for record in records {
                let spelling = PinyinSpeller().spell(record.name, category: category)
                try db.execute(sql: """
                    INSERT INTO "place_names"("place", "name", "kind", "status", "valid_from", "valid_to", "pinyin", "pinyin_toneless",
                                              "pinyin_sign", "pinyin_key", "initials", "created_at", "created_by")
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z', 'test')
                    """, arguments: [uid, record.name, record.kind.rawValue, record.status.rawValue, record.from, record.to,
                                     spelling.toned, spelling.toneless, spelling.sign, spelling.homophoneKey, spelling.initials])
            }
            try SearchIndex.reindex(places: [uid], in: db)
        }
        return uid
    }

    /// A 门牌 on `road`.
    @discardableResult
    func address(road: String, number: Int, lon: Double = 111.41, lat: Double = 30.41) throws -> String {
        let uid = UUID().uuidString.lowercased()
        try database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO "addresses"("uid", "road", "number", "division", "geom") VALUES (?, ?, ?, '420581001', MakePoint(?, ?, 4490))
                """, arguments: [uid, road, number, lon, lat])
        }
        return uid
    }

    func search(_ text: String, limit: Int = 10, division: String? = nil, category: PlaceCategory? = nil,
                includeReserved: Bool = false) async throws -> [PlaceSearchResult] {
        try await gazetteer.search(PlaceSearchQuery(text, division: division.flatMap(DivisionCode.init), category: category,
                                                    limit: limit, includeReserved: includeReserved))
    }
}

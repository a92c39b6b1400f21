import DimingCore
import DimingTestSupport
import Foundation
import GRDB
@testable import DimingGazetteer

/// gazetteer.md §4.2's fixture on a real SpatiaLite file: county 宜都市 (420581, in 宜昌市
/// 420500) with the towns 城关镇, which already has 人民路, 长江路, 湖心路, 青龙路 and 张子路,
/// and 新桥镇. Divisions and places are written with plain SQL, as another program would.
struct CheckFixture {
    static let city = "420500", county = "420581", chengguan = "420581100", xinqiao = "420581101"

    let database: DimingDatabase
    /// The uid of each fixture place by name.
    private(set) var uids: [String: String] = [:]

    init() throws {
        let path = ScratchFolder.url("naming-checks", suffix: ".sqlite").path
        database = try DimingDatabase(path: path, modules: DimingModule.standard + [.gazetteer], create: true)
        try database.pool.write { db in
            for (code, name, box) in [(Self.city, "宜昌市", "110 29, 112 29, 112 31, 110 31, 110 29"),
                                      (Self.county, "宜都市", "111 30, 111.2 30, 111.2 30.2, 111 30.2, 111 30"),
                                      (Self.chengguan, "城关镇", "111 30, 111.1 30, 111.1 30.2, 111 30.2, 111 30"),
                                      (Self.xinqiao, "新桥镇", "111.1 30, 111.2 30, 111.2 30.2, 111.1 30.2, 111.1 30")] {
                try db.execute(sql: #"INSERT INTO "divisions" ("code", "name", "geom") VALUES (?, ?, MPolyFromText(?, 4490))"#,
                               arguments: [code, name, "MULTIPOLYGON(((\(box))))"])
            }
        }
        // 青龙路 has no name record yet: a place another program added counts by places.name.
        for name in ["人民路", "长江路", "湖心路", "张子路"] { try add(name, in: Self.chengguan) }
        try add("青龙路", in: Self.chengguan, nameRecords: [])
    }

    /// Adds a place with its standard name record (or the records given), returns its uid.
    @discardableResult
    mutating func add(_ name: String, category: PlaceCategory = .road, in division: String, status: String = "approved",
                      nameRecords: [(name: String, kind: String, status: String)]? = nil) throws -> String {
        let uid = UUID().uuidString.lowercased()
        let records = nameRecords ?? [(name, "standard", status)]
        try database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO "places" ("uid", "name", "category", "division", "status", "geom")
                VALUES (?, ?, ?, ?, ?, MakePoint(111.05, 30.1, 4490))
                """, arguments: [uid, name, category.rawValue, division, status])
            for record in records {
                try db.execute(sql: """
                    INSERT INTO "place_names" ("place", "name", "kind", "status", "valid_to", "created_at", "created_by")
                    VALUES (?, ?, ?, ?, ?, '2024-01-01T00:00:00Z', 'test')
                    """, arguments: [uid, record.name, record.kind, record.status, record.kind == "former" ? "2024-01-01" : nil])
            }
        }
        uids[name] = uid
        return uid
    }

    func findings(_ name: String, category: PlaceCategory = .road, in division: String? = CheckFixture.chengguan,
                  profile: JurisdictionProfile = .national, reading: String? = nil, place: String? = nil) throws -> [NamingFinding] {
        let proposal = NameProposal(name: name, category: category, division: division, reading: reading, place: place)
        return try database.pool.read { db in try NamingChecker(profile: profile).findings(for: proposal, in: db) }
    }

    static var tongling: JurisdictionProfile { get throws { try JurisdictionProfile.named("tongling-style") } }
}

extension Array where Element == NamingFinding {
    /// The findings of one rule.
    func coded(_ code: String) -> [NamingFinding] { filter { $0.code == code } }
    var rejects: Bool { contains { $0.severity == .reject } }
}

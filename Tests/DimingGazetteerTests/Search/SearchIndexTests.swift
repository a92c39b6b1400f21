import DimingCore
import DimingTestSupport
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

/// The index follows the records: a reindex replaces a place's entries, a full rebuild (and the
/// migration on a file that has places already) gives every place its entries.
@Suite struct SearchIndexTests {
    @Test func reindexingAPlaceReplacesItsEntries() async throws {
        let fixture = try SearchFixture("reindex")
        let uid = try fixture.place("建设路")
        try await fixture.database.pool.write { db in
            try db.execute(sql: #"DELETE FROM "place_names" WHERE "place" = ?"#, arguments: [uid])
            try db.execute(sql: #"UPDATE "places" SET "name" = '和平路' WHERE "uid" = ?"#, arguments: [uid])
            try SearchIndex.reindex(places: [uid], in: db)
        }
        #expect(try await fixture.search("建设路").isEmpty)
        #expect(try await fixture.search("和平").map(\.id) == [uid])
        #expect(try await fixture.search("hepinglu").map(\.id) == [uid])
        let (entries, grams, fts) = try await fixture.database.pool.read { db in
            (try Int.fetchOne(db, sql: #"SELECT count(*) FROM "search_entries""#)!,
             try Int.fetchOne(db, sql: #"SELECT count(*) FROM "search_grams" WHERE "gram" GLOB '建*'"#)!,
             try Int.fetchOne(db, sql: #"SELECT count(*) FROM "search_fts" WHERE "search_fts" MATCH '"建设路"'"#)!)
        }
        #expect(entries == 1 && grams == 0 && fts == 0)
    }

    @Test func reindexAllGivesTheSameResultsAsReindexingEachPlace() async throws {
        let fixture = try SearchFixture("rebuild")
        try fixture.place("解放路")
        try fixture.place("长江大道", names: [.init(name: "建设路", kind: .former, status: .historical, to: "2024-05-01"),
                                          .init(name: "长江大道")])
        let before = try await fixture.search("建设路").map(\.id) + fixture.search("jfl").map(\.id)
        try await fixture.database.pool.write { db in try SearchIndex.reindexAll(in: db) }
        let after = try await fixture.search("建设路").map(\.id) + fixture.search("jfl").map(\.id)
        #expect(before == after && before.count == 2)
    }

    @Test func theMigrationIndexesThePlacesAFileAlreadyHas() async throws {
        let path = ScratchFolder.url("gazetteer-search-upgrade", suffix: ".sqlite").path
        let core = try DimingDatabase(path: path, modules: DimingModule.standard, create: true)
        try await core.pool.write { db in
            try db.execute(sql: #"INSERT INTO "places"("name", "category", "geom") VALUES ('解放路', 'road', MakePoint(111.4, 30.4, 4490))"#)
        }
        try core.pool.close()
        let upgraded = try DimingDatabase(path: path, modules: DimingModule.standard + [.gazetteer], create: true)
        #expect(try upgraded.appliedMigrations().contains("gazetteer-010-search"))
        let results = try await Gazetteer(upgraded).search(PlaceSearchQuery("jiefanglu"))
        #expect(results.map(\.name) == ["解放路"])
    }

    @Test func badQueriesNameTheirField() throws {
        let cases: [(String?, String?, String?, String?, String)] = [
            (nil, nil, nil, nil, "q"), ("  ", nil, nil, nil, "q"), (String(repeating: "路", count: 65), nil, nil, nil, "q"),
            ("解放路", "0", nil, nil, "limit"), ("解放路", "101", nil, nil, "limit"), ("解放路", "ten", nil, nil, "limit"),
            ("解放路", nil, "宜都", nil, "in"), ("解放路", nil, nil, "street", "category"),
        ]
        for (text, limit, division, category, field) in cases {
            let error = #expect(throws: QueryError.self) {
                try PlaceSearchQuery.checked(text: text, division: division, category: category, limit: limit)
            }
            #expect(error?.field == field)
        }
        let ok = try PlaceSearchQuery.checked(text: " 解放路 ", division: "420581", category: "road", limit: "5")
        #expect(ok.text == "解放路" && ok.limit == 5 && ok.category == .road && ok.division?.digits == "420581")
    }

    @Test func openCCFoldsPlaceNamesToSimplifiedCharacters() {
        #expect(TraditionalChinese.shared != nil)
        #expect(TraditionalChinese.fold("運河北路 樂亭縣 長陽土家族自治縣 鉛山縣") == "运河北路 乐亭县 长阳土家族自治县 铅山县")
        #expect(TraditionalChinese.fold("jiefang lu") == "jiefang lu")
    }
}

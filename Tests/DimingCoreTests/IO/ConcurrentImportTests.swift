import Foundation
import Testing
@testable import DimingCore

/// Two writers on one file — two pools, as two `diming` processes would have — and a reader:
/// writes are serialised by SQLite's lock (the busy timeout waits), each import is all or
/// nothing, and a reader only ever sees whole imports.
@Suite struct ConcurrentImportTests {
    static func township(_ code: String) -> String {
        #"{"type":"Feature","properties":{"code":"\#(code)","name":"镇\#(code.suffix(3))"},"geometry":{"type":"Polygon","coordinates":[[[111.3,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.35],[111.3,30.3]]]}}"#
    }

    @Test func theSameCodeFromTwoWritersHasOneWinner() throws {
        let first = try makeTestDatabase()
        try importYichang(into: first)
        let second = try DimingDatabase(path: first.path)
        let batches = [
            (first, collection(Self.township("420581001"), Self.township("420581002"))),
            (second, collection(Self.township("420581001"), Self.township("420581003"))),
        ]
        let outcomes = UnsafeMutableBufferPointer<Result<ImportSummary, Error>?>.allocate(capacity: 2)
        outcomes.initialize(repeating: nil)
        defer { outcomes.deallocate() }
        nonisolated(unsafe) let shared = outcomes
        let stop = ManagedAtomicFlag()
        nonisolated(unsafe) var seen = Set<Int>()
        let reader = Thread {
            while !stop.isSet { if let n = try? count(.divisions, in: second) { seen.insert(n) } }
        }
        reader.start()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            shared[i] = Result { try importText(batches[i].1, into: .divisions, batches[i].0) }
        }
        stop.set()
        while !reader.isFinished { usleep(1000) }

        let successes = outcomes.compactMap { try? $0?.get() }
        #expect(successes.count == 1 && successes.first?.inserted == 2)
        let failure = outcomes.compactMap { outcome -> ImportError? in
            if case let .failure(error as ImportError)? = outcome { return error }
            return nil
        }
        #expect(failure.count == 1)
        #expect(failure.first?.detail == "feature 1, code: \"420581001\" already exists in divisions")
        #expect(try count(.divisions, in: first) == 15)
        #expect(seen.isSubset(of: [13, 15]), "a reader saw \(seen.sorted())")
    }
}

/// A flag one thread sets and another polls.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

@Suite struct UpsertAndAuditTests {
    @Test func upsertReplacesByCodeAndTheImportIsAudited() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let renamed = #"{"type":"Feature","properties":{"code":"420581","name":"宜都市（新界线）"},"geometry":{"type":"Polygon","coordinates":[[[111.3,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.35],[111.3,30.3]]]}}"#
        let summary = try importText(collection(renamed, ConcurrentImportTests.township("420581001")), into: .divisions, db,
                                     options: ImportOptions(upsert: true, auditUser: "inspector"))
        #expect(summary.inserted == 1 && summary.updated == 1)
        #expect(try count(.divisions, in: db) == 14)
        let name = try db.pool.read { try String.fetchOne($0, sql: "SELECT name FROM divisions WHERE code = '420581'") }
        #expect(name == "宜都市（新界线）")
        let entries = try db.pool.read { try AuditLog.entries(AuditLog.Query(layer: "divisions"), in: $0).entries }
        #expect(entries.count == 1)
        #expect(entries.first?.account == "local:inspector" && entries.first?.action == "layer.import")
        #expect(entries.first?.after == #"{"source":null,"inserted":1,"updated":1,"removed":0}"#)
    }

    @Test func upsertFollowsTheFeatureIdAndARefusedImportLeavesNoAuditEntry() throws {
        let db = try makeTestDatabase()
        let id = "5882d5ef-6d56-4779-a48a-78815c96badb"
        let road = #"{"type":"Feature","properties":{"name":"清江大道"},"geometry":{"type":"LineString","coordinates":[[111.44,30.38],[111.45,30.39]]}}"#
        func named(_ name: String) -> String {
            #"{"type":"Feature","id":"\#(id.uppercased())","properties":{"name":"\#(name)"},"geometry":{"type":"LineString","coordinates":[[111.44,30.38],[111.45,30.39]]}}"#
        }
        try importText(collection(named("清江大道")), into: .roads, db)
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "id", reason: "\"\(id)\" already exists in roads")) {
            try importText(collection(named("清江路")), into: .roads, db)
        }
        let summary = try importText(collection(named("清江路")), into: .roads, db, options: ImportOptions(upsert: true))
        #expect(summary.updated == 1 && summary.inserted == 0)
        #expect(try db.pool.read { try FeatureProvider(layer: .roads).feature(id: id, in: $0) }.properties.first?.value == .string("清江路"))
        _ = try db.write { try $0.execute(sql: "DELETE FROM roads") }
        #expect(throws: ImportError.self) {
            try importText(collection(road, #"{"type":"Feature","properties":{},"geometry":null}"#), into: .roads, db,
                           options: ImportOptions(auditUser: "x"))
        }
        #expect(try db.pool.read { try AuditLog.entries(AuditLog.Query(), in: $0).entries }.isEmpty)
        #expect(try count(.roads, in: db) == 0)
    }
}

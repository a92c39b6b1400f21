import DimingCore
import DimingDisaster
import DimingTestSupport
import Foundation
import GRDB
import Testing

/// `disaster-003-filings-locks` on a file made before it existed (Fixtures/README.md): the
/// old event and reports are intact, and the new filings and review locks work on it.
@Suite struct FilingsLocksMigrationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func oldFile(_ name: String) throws -> DimingDatabase {
        let folder = ScratchFolder.url("disaster-003-\(name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gunzip.arguments = ["-dc", fixtures.appendingPathComponent("disaster-2026-12-01.sqlite.gz").path]
        gunzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try gunzip.run()
        gunzip.waitUntilExit()
        return try DimingDatabase(path: path, modules: DimingModule.standard + [.disaster], create: false)
    }

    static func account(_ name: String, _ role: Role) -> Account {
        Account(id: 0, name: name, role: role, scope: .everywhere, createdAt: Date())
    }

    @Test func theOldFileIsMigratedWithItsReportsIntact() async throws {
        let database = try Self.oldFile("intact")
        let applied = try database.appliedMigrations()
        #expect(applied.contains("disaster-002-reports") && applied.contains("disaster-003-filings-locks"))
        let disaster = Disaster(database)
        let reports = try await disaster.reports(event: 1, scope: .everywhere)
        #expect(Set(reports.map(\.uid)) == ["6f0d1c2e-0000-4000-8000-000000000001", "6f0d1c2e-0000-4000-8000-000000000002"])
        #expect(reports.allSatisfy { $0.reviewState == .received })
        let summary = try await disaster.summary(event: 1)
        #expect(summary.total.indicators.decimalText(.affectedPeople) == "345")
        #expect(summary.total.indicators.decimalText(.cropsAffectedHa) == "18.6")
    }

    @Test func filingsAndLocksWorkOnTheOldFile() async throws {
        let database = try Self.oldFile("use")
        let disaster = Disaster(database)
        let reviewer = Self.account("shen", .disasterReviewer), approver = Self.account("zhou", .disasterApprover)
        let filing = try await disaster.prepareFiling(event: 1, kind: .initial, asOf: nil, note: nil, by: reviewer)
        #expect(filing.summary.contains("\"affected_people\":345"))
        await #expect(throws: AccessError.self) {
            try await disaster.decideFiling(filing.id, event: 1, decision: .approved, reason: nil, by: reviewer)
        }
        let approved = try await disaster.decideFiling(filing.id, event: 1, decision: .approved, reason: nil, by: approver)
        #expect(approved.state == .approved && approved.decidedBy == "zhou")

        let uid = "6f0d1c2e-0000-4000-8000-000000000001"
        let lock = try await disaster.lock(uid, by: reviewer)
        #expect(lock.holder == "shen")
        await #expect(throws: ReviewLockError.self) {
            try await disaster.review(uid, to: .approved, note: nil, by: approver)
        }
        // An expired lock counts for nothing.
        let later = Date().addingTimeInterval(ReviewLock.duration + 1)
        #expect(try await disaster.lock(of: uid, scope: .everywhere, now: later) == nil)
        #expect(try await disaster.lock(uid, by: approver, now: later).holder == "zhou")
    }
}

import DimingCore
import GRDB

/// 地名库: the gazetteer's façade. Each write authorizes the account (a place-name officer
/// within its division, or an admin), checks, writes the place, its name records and its event,
/// and records the audit entry, in one transaction. `diming place …` and the `/gazetteer`
/// routes are a few lines around these calls.
public struct Gazetteer: Sendable {
    public let database: DimingDatabase
    public let speller: PinyinSpeller
    /// The naming rules every proposal and rename is checked against.
    public let profile: JurisdictionProfile

    public init(_ database: DimingDatabase, speller: PinyinSpeller = PinyinSpeller(), profile: JurisdictionProfile = .national) {
        self.database = database
        self.speller = speller
        self.profile = profile
    }

    // MARK: Reading

    /// A place with its names (those valid on `asOf`, `YYYY-MM-DD`, when given) and links.
    public func place(_ id: String, asOf: String? = nil) async throws -> PlaceDetail {
        let asOf = try asOf.map { try PlaceDate.check($0, field: "asOf") }
        return try await read { db in try PlaceStore.detail(id, asOf: asOf, in: db) }
    }

    /// A place's event log, oldest first.
    public func history(_ id: String) async throws -> [PlaceEvent] {
        try await read { db in try PlaceStore.events(id, in: db) }
    }

    public func list(_ filter: PlaceFilter) async throws -> [PlaceRecord] {
        if let asOf = filter.asOf { _ = try PlaceDate.check(asOf, field: "asOf") }
        return try await read { db in try PlaceStore.list(filter, in: db) }
    }

    /// The 地名公告 record of an approved place; refused for a reserved or unapproved name.
    public func announcement(_ id: String) async throws -> Announcement {
        try await read { db in try AnnouncementBuilder.announcement(id, in: db) }
    }

    // MARK: The naming workflow

    /// Proposes a new place (or reserves a planned name); the naming checks run first and a
    /// REJECT finding refuses it.
    public func propose(_ draft: PlaceDraft, by actor: Account?, requestID: String? = nil) async throws -> Proposal {
        try await write { w, db in try w.propose(draft, by: actor, requestID: requestID, in: db) }
    }

    /// proposed → under_review.
    public func startReview(_ id: String, reason: String? = nil, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        try await write { w, db in try w.move(id, "review", to: .underReview, reason: reason, by: actor, requestID: requestID, in: db) }
    }

    /// proposed / under_review / reserved → approved: the name becomes the standard name.
    public func approve(_ id: String, _ approval: Approval, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        let approval = try PlaceDate.check(approval, action: "approve")
        return try await write { w, db in try w.move(id, "approve", to: .approved, approval: approval, by: actor, requestID: requestID, in: db) }
    }

    /// approved → announced (公告), on `date` by `authority`.
    public func announce(_ id: String, on date: String, authority: String?, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        let date = try PlaceDate.check(date, field: "date")
        return try await write { w, db in
            try w.move(id, "announce", to: .announced, effective: date, authority: authority, by: actor, requestID: requestID, in: db)
        }
    }

    /// proposed / under_review → rejected, with the reason.
    public func reject(_ id: String, reason: String, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        let reason = try PlaceDate.required(reason, field: "reason", action: "reject")
        return try await write { w, db in try w.move(id, "reject", to: .rejected, reason: reason, by: actor, requestID: requestID, in: db) }
    }

    /// 更名: the id stays; the old standard name becomes a former name ending on the approval's
    /// date, the new one is standard from it. References to the place keep working.
    public func rename(_ id: String, to name: String, _ approval: Approval, reason: String?, reading: String? = nil,
                       by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        try await write { w, db in try w.rename(id, to: name, approval, reason: reason, reading: reading, by: actor, requestID: requestID, in: db) }
    }

    /// 销名: the place ended on `date` (historical); its names stay searchable as former names.
    public func retire(_ id: String, on date: String, reason: String, document: String? = nil,
                       by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        try await write { w, db in try w.retire(id, on: date, reason: reason, document: document, by: actor, requestID: requestID, in: db) }
    }

    /// The record was never right (a data error): erroneous, deprecated, still visible.
    public func markErroneous(_ id: String, reason: String, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        let reason = try PlaceDate.required(reason, field: "reason", action: "deprecate")
        return try await write { w, db in
            try w.move(id, "deprecate", to: .erroneous, effective: Clock.today(), reason: reason, by: actor, requestID: requestID, in: db)
        }
    }

    /// 拆分: the old place ends, superseded by new ones; places inside it move to the new one
    /// containing them, and nothing is left pointing at the retired record.
    public func split(_ id: String, into drafts: [PlaceDraft], _ approval: Approval, by actor: Account?,
                      requestID: String? = nil) async throws -> [PlaceDetail] {
        try await write { w, db in try w.split(id, into: drafts, approval, by: actor, requestID: requestID, in: db) }
    }

    /// 合并: the old places end, superseded by one new place.
    public func merge(_ ids: [String], into draft: PlaceDraft, _ approval: Approval, by actor: Account?,
                      requestID: String? = nil) async throws -> PlaceDetail {
        try await write { w, db in try w.merge(ids, into: draft, approval, by: actor, requestID: requestID, in: db) }
    }

    /// The naming checks of `proposal` (``NamingChecker``), without writing anything.
    public func check(_ proposal: NameProposal) async throws -> [NamingFinding] { throw GazetteerError.notImplemented }

    /// Brings the places other writers changed (import, OGC API, QGIS) up to date: name records,
    /// pinyin, derived division, search entries. Every gazetteer call runs it first.
    public func sync() async throws {
        guard try await database.pool.read({ db in try PlaceSync.isNeeded(in: db) }) else { return }
        let speller = speller
        try await database.write { db in try PlaceSync.run(speller: speller, in: db) }
    }

    // MARK: Transactions

    /// A write transaction of the workflow, after the sync in the same transaction.
    private func write<T: Sendable>(_ body: @escaping @Sendable (PlaceWorkflow, Database) throws -> T) async throws -> T {
        let workflow = PlaceWorkflow(speller: speller, profile: profile)
        return try await database.write { db in
            if try PlaceSync.isNeeded(in: db) { try PlaceSync.run(speller: workflow.speller, in: db) }
            return try body(workflow, db)
        }
    }

    /// A read after the sync, so that places loaded or edited outside are seen as records.
    private func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await sync()
        return try await database.pool.read(body)
    }
}

extension Gazetteer {
    /// The gazetteer with current and former names, as GeoJSON or CSV (`diming place export`).
    public func export(_ format: PlaceExportFormat) async throws -> [UInt8] {
        try await sync()
        return try await database.pool.read { db in try PlaceExport.export(format, in: db) }
    }
}

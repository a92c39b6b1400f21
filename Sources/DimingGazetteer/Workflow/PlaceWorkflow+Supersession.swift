import DimingCore
import Foundation
import GRDB

extension PlaceWorkflow {
    /// 拆分 (LC-02): the old place ends, new places are approved from the approval's date with
    /// `supersedes` links, and each child moves to the new place whose shape covers its point.
    /// A child no new shape covers refuses the split: nothing may point at a retired record.
    func split(_ id: String, into drafts: [PlaceDraft], _ approval: Approval, by actor: Account?, requestID: String?,
               in db: Database) throws -> [PlaceDetail] {
        let approval = try PlaceDate.check(approval, action: "split")
        guard drafts.count >= 2 else { throw GazetteerError.tooFew(field: "into", action: "split", count: 2) }
        let old = try PlaceStore.record(id, in: db)
        try PlaceTransition.check("split", from: old.status, id: id)
        let account = try Self.authorize(actor, division: old.division)
        let created = try create(drafts, superseding: id, approval: approval, by: account, in: db)
        let children = try PlaceWriter.children(of: id, in: db)
        var uncovered: [String] = []
        for child in children {
            let owner = try created.first { new in
                guard let shape = new.geometry.shapeBlob else { return false }
                return try Bool.fetchOne(db, sql: "SELECT ST_Covers(?, ?) = 1", arguments: [shape, child.geom]) ?? false
            }
            if let owner { try PlaceWriter.setParent(of: child.uid, to: owner.uid, in: db) } else { uncovered.append(child.uid) }
        }
        if !children.isEmpty, let index = created.firstIndex(where: { $0.geometry.shapeBlob == nil }), !uncovered.isEmpty {
            throw GazetteerError.needsShape(number: index + 1)
        }
        guard uncovered.isEmpty else { throw GazetteerError.uncoveredChildren(uncovered) }
        try supersede([old], by: created.map { $0.uid }, kind: "split", approval: approval, account: account, requestID: requestID, in: db)
        try finish([id] + created.map { $0.uid } + children.map { $0.uid }, in: db)
        return try created.map { try PlaceStore.detail($0.uid, asOf: nil, in: db) }
    }

    /// 合并: the old places end, superseded by one new place that takes all their children.
    func merge(_ ids: [String], into draft: PlaceDraft, _ approval: Approval, by actor: Account?, requestID: String?,
               in db: Database) throws -> PlaceDetail {
        let approval = try PlaceDate.check(approval, action: "merge")
        guard Set(ids).count >= 2 else { throw GazetteerError.tooFew(field: "ids", action: "merge", count: 2) }
        var olds: [PlaceRecord] = []
        for id in ids where !olds.contains(where: { $0.id == id }) {
            let old = try PlaceStore.record(id, in: db)
            try PlaceTransition.check("merge", from: old.status, id: id)
            _ = try Self.authorize(actor, division: old.division)
            olds.append(old)
        }
        let account = try Self.authorize(actor, division: olds[0].division)
        let new = try create([draft], superseding: nil, approval: approval, by: account, in: db)[0]
        var moved: [String] = []
        for old in olds {
            for child in try PlaceWriter.children(of: old.id, in: db) {
                try PlaceWriter.setParent(of: child.uid, to: new.uid, in: db)
                moved.append(child.uid)
            }
        }
        try supersede(olds, by: [new.uid], kind: "merge", approval: approval, account: account, requestID: requestID, in: db)
        try finish(olds.map(\.id) + [new.uid] + moved, in: db)
        return try PlaceStore.detail(new.uid, asOf: nil, in: db)
    }

    /// The new places of a split or merge, approved from the approval's date.
    private func create(_ drafts: [PlaceDraft], superseding old: String?, approval: Approval, by account: Account,
                        in db: Database) throws -> [(uid: String, geometry: PlaceGeometry)] {
        let locator = try Locator.load(from: db)
        return try drafts.map { draft in
            let geometry = try PlaceGeometry(draft.geometry, in: db)
            let division = try PlaceDivision.resolve(draft.division, at: geometry.point, locator: locator, in: db)
            _ = try Self.authorize(account, division: division)
            _ = try check(NameProposal(name: draft.name, category: draft.category, division: division, reading: draft.reading, place: old), in: db)
            var approved = draft
            approved.planned = false
            let uid = try PlaceWriter.create(approved, status: .approved, approval: approval, createdBy: account.name,
                                             geometry: geometry, division: division, speller: speller, in: db)
            return (uid, geometry)
        }
    }

    /// The old records end on the approval's date, each superseded by the new ones; every
    /// record gets its event and audit entry.
    private func supersede(_ olds: [PlaceRecord], by news: [String], kind: String, approval: Approval, account: Account,
                           requestID: String?, in db: Database) throws {
        for old in olds {
            for new in news {
                try db.execute(sql: "INSERT INTO place_supersessions (old, new, kind, effective) VALUES (?, ?, ?, ?)",
                               arguments: [old.id, new, kind, approval.date])
            }
            try NameStore.closeStandard(of: old.id, on: approval.date, reason: nil, in: db)
            try PlaceWriter.end(old.id, as: .historical, on: approval.date, in: db)
            try PlaceLog.record(.init(kind, from: old.status, to: .historical, name: old.name, approval: approval,
                                      details: PlaceLog.json(["superseded_by": news])),
                                place: old.id, by: account, before: old, requestID: requestID, in: db)
        }
        for new in news {
            let name = try PlaceStore.record(new, in: db).name
            try PlaceLog.record(.init(kind, from: nil, to: .approved, name: name, approval: approval,
                                      details: PlaceLog.json(["supersedes": olds.map(\.id)])),
                                place: new, by: account, before: nil, requestID: requestID, in: db)
        }
    }
}

import DimingCore
import GRDB

/// The naming workflow's steps inside the caller's write transaction: each authorizes the
/// account for the place's division, checks the step is allowed from the place's status,
/// writes, and logs the event and the audit entry (``PlaceLog``).
struct PlaceWorkflow {
    let speller: PinyinSpeller
    let profile: JurisdictionProfile

    /// A place-name officer within its division scope, or an admin.
    static func authorize(_ actor: Account?, division: String?) throws -> Account {
        try AccessPolicy.authorize(actor, for: .edit(layer: .places, divisionCode: division))
    }

    /// The naming checks of `name`; a REJECT refuses the step (nothing is written).
    func check(_ proposal: NameProposal, in db: Database) throws -> [NamingFinding] {
        let findings = try NamingChecker(profile: profile, speller: speller).findings(for: proposal, in: db)
        if findings.contains(where: { $0.severity == .reject }) {
            throw GazetteerError.namingRejected(name: proposal.name, findings: findings)
        }
        return findings
    }

    func propose(_ draft: PlaceDraft, by actor: Account?, requestID: String?, in db: Database) throws -> Proposal {
        _ = try PlaceDate.required(draft.name, field: "name", action: "propose")
        let geometry = try PlaceGeometry(draft.geometry, in: db)
        let division = try PlaceDivision.resolve(draft.division, at: geometry.point, locator: try Locator.load(from: db), in: db)
        let account = try Self.authorize(actor, division: division)
        // A child points at a place that exists and has not ended: nothing points at a retired record.
        if let parent = draft.parent {
            let status = try PlaceStore.record(parent, in: db).status
            guard status != .historical, status != .erroneous else { throw GazetteerError.retiredParent(id: parent, status: status) }
        }
        let findings = try check(NameProposal(name: draft.name, category: draft.category, division: division, reading: draft.reading), in: db)
        let status: PlaceStatus = draft.planned ? .reserved : .proposed
        let uid = try PlaceWriter.create(draft, status: status, approval: nil, createdBy: account.name, geometry: geometry,
                                         division: division, speller: speller, in: db)
        let details = findings.isEmpty ? nil : PlaceLog.json(["findings": findings])
        try PlaceLog.record(.init(draft.planned ? "reserve" : "propose", from: nil, to: status, name: draft.name, details: details),
                            place: uid, by: account, before: nil, requestID: requestID, in: db)
        try finish([uid], in: db)
        return Proposal(place: try PlaceStore.detail(uid, asOf: nil, in: db), findings: findings)
    }

    /// A step that only moves the status (review, approve, announce, reject, deprecate).
    func move(_ id: String, _ action: String, to status: PlaceStatus, approval: Approval? = nil, effective: String? = nil,
              authority: String? = nil, reason: String? = nil, by actor: Account?, requestID: String?,
              in db: Database) throws -> PlaceDetail {
        let before = try PlaceStore.record(id, in: db)
        if action == "announce", before.status == .reserved { throw GazetteerError.reserved(id: id, name: before.name) }
        try PlaceTransition.check(action, from: before.status, id: id)
        let account = try Self.authorize(actor, division: before.division)
        switch status {
        case .erroneous, .historical: try PlaceWriter.end(id, as: status, on: effective ?? Clock.today(), in: db)
        default: try PlaceWriter.setStatus(id, to: status, in: db)
        }
        if status == .approved || status == .announced || status == .rejected || status == .underReview {
            try NameStore.setStatus(of: id, to: status, approval: approval, in: db)
        } else if status == .erroneous {
            try db.execute(sql: "UPDATE place_names SET status = 'erroneous' WHERE place = ? AND valid_to IS NULL", arguments: [id])
        }
        var step = PlaceLog.Step(action, from: before.status, to: status, name: before.name, approval: approval,
                                 effective: effective, reason: reason)
        step.authority = authority ?? step.authority
        try PlaceLog.record(step, place: id, by: account, before: before, requestID: requestID, in: db)
        try finish([id], in: db)
        return try PlaceStore.detail(id, asOf: nil, in: db)
    }

    /// 更名: the id stays, the old standard name becomes former on the approval's date.
    func rename(_ id: String, to name: String, _ approval: Approval, reason: String?, reading: String?,
                by actor: Account?, requestID: String?, in db: Database) throws -> PlaceDetail {
        let newName = try PlaceDate.required(name, field: "name", action: "rename")
        let approval = try PlaceDate.check(approval, action: "rename")
        let before = try PlaceStore.record(id, in: db)
        try PlaceTransition.check("rename", from: before.status, id: id)
        let account = try Self.authorize(actor, division: before.division)
        guard newName != before.name else { throw GazetteerError.sameName(id: id, name: newName) }
        let category = before.category.flatMap(PlaceCategory.init(rawValue:))
        let findings = try check(NameProposal(name: newName, category: category ?? .residentialArea, division: before.division,
                                              reading: reading, place: id), in: db)
        try NameStore.closeStandard(of: id, on: approval.date, reason: reason, in: db)
        try NameStore.insert(newName, of: id, .init(status: .approved, category: category, validFrom: approval.date, approval: approval,
                                                    reason: reason, reading: reading, createdBy: account.name),
                             speller: speller, in: db)
        if category == .road { try RoadLink.rename(id, to: newName, in: db) }
        try PlaceWriter.rename(id, to: newName, category: category, in: db)
        try PlaceWriter.setStatus(id, to: .approved, in: db)
        var details: [String: String] = ["from": before.name]
        if !findings.isEmpty { details["findings"] = PlaceLog.json(findings) }
        try PlaceLog.record(.init("rename", from: before.status, to: .approved, name: newName, approval: approval, reason: reason,
                                  details: PlaceLog.json(details)),
                            place: id, by: account, before: before, requestID: requestID, in: db)
        try finish([id], in: db)
        return try PlaceStore.detail(id, asOf: nil, in: db)
    }

    /// 销名: historical on `date`; the names stay as former names for search and history.
    func retire(_ id: String, on date: String, reason: String, document: String?, by actor: Account?, requestID: String?,
                in db: Database) throws -> PlaceDetail {
        let date = try PlaceDate.check(date, field: "date")
        let reason = try PlaceDate.required(reason, field: "reason", action: "retire")
        let before = try PlaceStore.record(id, in: db)
        try PlaceTransition.check("retire", from: before.status, id: id)
        try NameStore.closeStandard(of: id, on: date, reason: reason, in: db)
        let approval = document.map { Approval(document: $0, date: date) }
        return try move(id, "retire", to: .historical, approval: approval, effective: date, reason: reason, by: actor,
                        requestID: requestID, in: db)
    }

    /// The search entries of the places a step touched, and nothing left pending for them.
    func finish(_ places: [String], in db: Database) throws {
        try SearchIndex.reindex(places: places, in: db)
        for uid in places { try db.execute(sql: "DELETE FROM place_pending WHERE uid = ?", arguments: [uid]) }
    }
}

import DimingCore
import Foundation
import GRDB

/// 联合检查: open a round of a line, record its findings, read rounds and a marker's history.
/// Writes are authorized for the line (a boundary inspector scoped to either side, or an
/// admin) and audited (`inspection.open`, `inspection.record`) in the same transaction.
///
/// Decisions: an `intact` finding measured beyond the round's tolerance is refused (the team
/// records `moved`, which carries the displacement: case T8); recording a marker again in the
/// same round replaces that round's finding (a correction in the field, audited with the entry
/// before) and never touches another round's.
extension Boundaries {
    public func openRound(_ draft: RoundDraft, by actor: Account?, requestID: String? = nil) async throws -> InspectionRound {
        guard PlainDate.isDay(draft.startedOn) else { throw InspectionsError.invalidValue(field: "started_on", value: draft.startedOn) }
        if let finished = draft.finishedOn, !PlainDate.isDay(finished) || finished < draft.startedOn {
            throw InspectionsError.invalidValue(field: "finished_on", value: finished)
        }
        guard draft.toleranceM.isFinite, draft.toleranceM > 0, draft.toleranceM <= 1000 else {
            throw InspectionsError.invalidValue(field: "tolerance_m", value: String(draft.toleranceM))
        }
        if let round = draft.round, round < 1 { throw InspectionsError.invalidValue(field: "round", value: String(round)) }
        return try await database.write { db in
            let sides = try LineSides.fetch(draft.line, in: db)
            let account = try sides.authorize(actor, layer: .inspections)
            let round = InspectionRound(id: UUID().uuidString.lowercased(), line: sides.code, round: draft.round, startedOn: draft.startedOn,
                                        finishedOn: draft.finishedOn, teamLeft: draft.teamLeft, teamRight: draft.teamRight,
                                        documents: draft.documents, reportNumber: draft.reportNumber, toleranceM: draft.toleranceM,
                                        lineVersion: sides.version, createdBy: account.name,
                                        createdAt: ISO8601DateFormatter().string(from: Date()))
            try InspectionStore.insert(round, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "inspection.open", layer: Layer.inspections.name, featureID: round.id,
                                           after: MarkerStore.json(round), requestID: requestID), in: db)
            return round
        }
    }

    /// Records a finding of `round`; a marker's `status` then follows its latest round.
    public func recordFinding(round id: String, _ draft: FindingDraft, by actor: Account?, requestID: String? = nil) async throws -> InspectionFinding {
        try await database.write { db in
            let round = try InspectionStore.round(id, in: db)
            let sides = try LineSides.fetch(round.line, in: db)
            let account = try sides.authorize(actor, layer: .inspections)
            let finding = try FindingBuilder.finding(draft, round: round, recordedBy: account.name, in: db)
            let replacing = try finding.marker.flatMap { try InspectionStore.existing(round: round.id, marker: $0, in: db) }
            let before = try replacing.flatMap { try InspectionStore.finding(uid: $0, in: db) }
            var saved = finding
            if let replacing { saved.id = replacing }
            try InspectionStore.save(saved, round: round, sides: sides, replacing: replacing, in: db)
            if let marker = saved.marker {
                try MarkerStore.setStatus(marker, try InspectionStore.latestCondition(marker: marker, in: db), in: db)
            }
            try AuditLog.record(AuditEntry(account: account, action: "inspection.record", layer: Layer.inspections.name, featureID: saved.id,
                                           before: before.map(MarkerStore.json), after: MarkerStore.json(saved), requestID: requestID), in: db)
            return saved
        }
    }

    public func round(_ id: String) async throws -> InspectionRound {
        try await database.pool.read { db in try InspectionStore.round(id, in: db) }
    }

    /// The rounds of `line` (all when nil), oldest first.
    public func rounds(line: String?) async throws -> [InspectionRound] {
        try await database.pool.read { db in
            if let line { _ = try LineSides.fetch(line, in: db) }
            return try InspectionStore.rounds(line: line, in: db)
        }
    }

    public func findings(round id: String) async throws -> [InspectionFinding] {
        try await database.pool.read { db in
            _ = try InspectionStore.round(id, in: db)
            return try InspectionStore.findings(round: id, in: db)
        }
    }

    /// The marker's findings over all rounds, oldest round first; 404 for an unknown marker.
    public func markerHistory(_ number: String) async throws -> [InspectionFinding] {
        try await database.pool.read { db in
            let history = try InspectionStore.history(marker: number, in: db)
            if history.isEmpty, try MarkerStore.fetch(number, in: db) == nil { throw MarkersError.unknownMarker(number) }
            return history
        }
    }
}

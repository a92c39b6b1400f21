import DimingCore
import Foundation
import GRDB

/// 界桩登记: register, change, read, import and export the markers of the lines. Each write is
/// authorized for the line (a boundary inspector scoped to either side, or an admin) and
/// audited (`marker.create`, `marker.update`) in the same transaction.
extension Boundaries {
    /// Registers a new marker; 409 when the number is taken.
    @discardableResult
    public func addMarker(_ draft: MarkerDraft, by actor: Account?, requestID: String? = nil) async throws -> BoundaryMarker {
        try await database.write { db in
            if try MarkerStore.fetch(draft.number.trimmingCharacters(in: .whitespacesAndNewlines), in: db) != nil {
                throw MarkersError.markerExists(draft.number)
            }
            return try MarkerRegistry.save(draft, by: actor, requestID: requestID, in: db).marker
        }
    }

    /// Changes a registered marker (its status from the inspections is kept); 404 when unknown.
    @discardableResult
    public func updateMarker(_ draft: MarkerDraft, by actor: Account?, requestID: String? = nil) async throws -> BoundaryMarker {
        try await database.write { db in
            guard try MarkerStore.fetch(draft.number.trimmingCharacters(in: .whitespacesAndNewlines), in: db) != nil else {
                throw MarkersError.unknownMarker(draft.number)
            }
            return try MarkerRegistry.save(draft, by: actor, requestID: requestID, in: db).marker
        }
    }

    /// The marker numbered `number`; 404 when none is.
    public func marker(_ number: String) async throws -> BoundaryMarker {
        guard let marker = try await database.pool.read({ db in try MarkerStore.fetch(number, in: db) }) else {
            throw MarkersError.unknownMarker(number)
        }
        return marker
    }

    /// The markers of `line` (all when nil), in line and sequence order.
    public func markers(line: String? = nil) async throws -> [BoundaryMarker] {
        try await database.pool.read { db in
            if let line { _ = try LineSides.fetch(line, in: db) }
            return try MarkerStore.fetch(line: line, in: db)
        }
    }

    /// Imports a 界桩登记表 (CSV, UTF-8 with or without BOM, or GB18030): new numbers are
    /// added, known ones updated. One transaction: a refused row leaves the file unchanged, and
    /// the problem names the row and the field.
    public func importRegister(csv bytes: [UInt8], by actor: Account?, requestID: String? = nil) async throws -> MarkerImport {
        let drafts = try MarkerRegisterCSV.drafts(bytes)
        return try await database.write { db in
            var result = MarkerImport(added: 0, updated: 0)
            for (row, draft) in drafts {
                do {
                    let saved = try MarkerRegistry.save(draft, by: actor, requestID: requestID, in: db)
                    if saved.added { result.added += 1 } else { result.updated += 1 }
                } catch let error as MarkersError {
                    throw MarkersError.inRow(row, error)
                }
            }
            return result
        }
    }

    /// ``importRegister(csv:by:requestID:)`` of the file at `path`.
    public func importRegister(path: String, by actor: Account?) async throws -> MarkerImport {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try await importRegister(csv: [UInt8](data), by: actor)
    }

    /// The 界桩登记表 of `line` (all lines when nil) as CSV, UTF-8 with a BOM (Excel reads it),
    /// Chinese headers; reads back through ``importRegister(csv:by:requestID:)``.
    public func exportRegister(line: String?) async throws -> String {
        MarkerRegisterCSV.text(try await markers(line: line))
    }
}

/// The write shared by add, update and import.
enum MarkerRegistry {
    static func save(_ draft: MarkerDraft, by actor: Account?, requestID: String?, in db: Database) throws -> (marker: BoundaryMarker, added: Bool) {
        let before = try MarkerStore.fetch(draft.number.trimmingCharacters(in: .whitespacesAndNewlines), in: db)
        guard !draft.line.isEmpty else { throw MarkersError.missingField("line") }
        // Who may write comes before what is wrong with the row: a stranger learns nothing.
        let account = try LineSides.fetch(draft.line, in: db).authorize(actor, layer: .boundaryMarkers)
        let (marker, _) = try MarkerStore.marker(from: draft, status: before?.status, in: db)
        if let before, before.line != marker.line {
            _ = try LineSides.fetch(before.line, in: db).authorize(actor, layer: .boundaryMarkers)
        }
        if before == nil { try MarkerStore.insert(marker, in: db) } else { try MarkerStore.update(marker, in: db) }
        try AuditLog.record(AuditEntry(account: account, action: before == nil ? "marker.create" : "marker.update",
                                       layer: Layer.boundaryMarkers.name, featureID: marker.number,
                                       before: before.map(MarkerStore.json), after: MarkerStore.json(marker), requestID: requestID), in: db)
        return (marker, before == nil)
    }
}

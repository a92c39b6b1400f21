import Foundation
import GRDB

/// The one write path for single features of any layer, behind OGC API - Features Part 4:
/// create, replace, update, delete. Each is one transaction that authorizes (the role may
/// write the layer, the feature lies in the account's division before and after), checks the
/// feature as import does (columns, rules, RFC 7946 and GEOS validity, references), checks
/// the client's `If-Match`, writes, and records the audit entry with before and after; the
/// layer's change counter moves by trigger in the same transaction.
public struct FeatureEditor: Sendable {
    public let database: DimingDatabase
    public let layer: Layer

    public init(database: DimingDatabase, layer: Layer) {
        self.database = database
        self.layer = layer
    }

    /// Who edits, for the audit entry.
    public struct Actor: Sendable {
        public var account: Account?
        public var requestID: String?

        public init(account: Account?, requestID: String? = nil) {
            self.account = account
            self.requestID = requestID
        }
    }

    /// Creates a feature. A client-made id (a UUID, or a division's code) that exists already
    /// makes the create a retry: with the same content it changes nothing (``FeatureEdit/Outcome/unchanged``),
    /// with other content it is refused (409).
    public func create(_ feature: Feature, by actor: Actor) async throws -> FeatureEdit {
        let layer = layer
        return try await database.write { db in
            var transaction = try EditTransaction(layer: layer, actor: actor, db: db)
            var row = try transaction.row(for: feature, id: try Self.clientID(of: feature, layer: layer))
            if let key = row.key, let current = try transaction.current(id: key) {
                guard transaction.candidate(row, id: key).entityTag == current.entityTag else {
                    throw EditError.conflictingCreate(layer: layer.name, id: key)
                }
                return FeatureEdit(outcome: .unchanged, feature: current, audit: nil)
            }
            try transaction.authorize(row)
            try transaction.writer.prepare(&row, number: 1)
            do { try transaction.writer.insert(row) } catch { throw EditError.refusal(error) ?? error }
            let stored = try transaction.stored(row)
            let audit = try transaction.audit("feature.create", id: stored.idText, before: nil, after: stored)
            return FeatureEdit(outcome: .created, feature: stored, audit: audit)
        }
    }

    /// Replaces the feature `id` whole (PUT).
    public func replace(id: String, with feature: Feature, precondition: EditPrecondition, by actor: Actor) async throws -> FeatureEdit {
        try await change(id: id, precondition: precondition, by: actor, action: "feature.replace", outcome: .replaced) { _ in
            if let given = feature.id, given.text != id, Self.canonicalUUID(of: given) != id {
                throw EditError.invalidID(Reason(EditMessages.idMismatch, ["given": given.text, "id": id]))
            }
            return feature
        }
    }

    /// Changes the properties a patch names and, when it has one, the geometry (PATCH).
    public func update(id: String, with patch: FeaturePatch, precondition: EditPrecondition, by actor: Actor) async throws -> FeatureEdit {
        try await change(id: id, precondition: precondition, by: actor, action: "feature.update", outcome: .updated) { current in
            patch.applied(to: current)
        }
    }

    /// Deletes the feature `id`.
    public func delete(id: String, precondition: EditPrecondition, by actor: Actor) async throws -> FeatureEdit {
        let layer = layer
        return try await database.write { db in
            let transaction = try EditTransaction(layer: layer, actor: actor, db: db)
            let current = try transaction.changeable(id: id, precondition: precondition)
            do {
                try db.execute(literal: "DELETE FROM \(sql: layer.name.quotedDatabaseIdentifier) WHERE id = \(current.rowID)")
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw EditError.stillReferenced(layer: layer.name, id: id)
            }
            let audit = try transaction.audit("feature.delete", id: id, before: current, after: nil)
            return FeatureEdit(outcome: .deleted, feature: nil, audit: audit)
        }
    }

    private func change(id: String, precondition: EditPrecondition, by actor: Actor, action: String,
                        outcome: FeatureEdit.Outcome,
                        _ makeFeature: @escaping @Sendable (LayerFeature) throws -> Feature) async throws -> FeatureEdit {
        let layer = layer
        return try await database.write { db in
            var transaction = try EditTransaction(layer: layer, actor: actor, db: db)
            let current = try transaction.changeable(id: id, precondition: precondition)
            var row = try transaction.row(for: try makeFeature(current), id: id)
            if case .attribute = layer.key, row.key != id {
                throw EditError.invalidID(Reason(EditMessages.keyCannotChange, ["column": layer.keyColumn, "id": id]))
            }
            row.key = id
            try transaction.authorize(row)
            try transaction.writer.prepare(&row, number: 1)
            do { try transaction.writer.update(rowID: current.rowID, to: row) } catch { throw EditError.refusal(error) ?? error }
            let stored = try transaction.stored(row)
            let audit = try transaction.audit(action, id: id, before: current, after: stored)
            return FeatureEdit(outcome: outcome, feature: stored, audit: audit)
        }
    }

    /// The id a create's body gives: a UUID layer's must be a UUID; an attribute key's, when
    /// given, must equal the attribute.
    private static func clientID(of feature: Feature, layer: Layer) throws -> String? {
        guard let given = feature.id else { return nil }
        switch layer.key {
        case .uuid:
            guard let uuid = canonicalUUID(of: given) else {
                throw EditError.invalidID(Reason(EditMessages.idNotUUID, ["layer": layer.name, "example": UUID().uuidString.lowercased(), "given": given.text]))
            }
            return uuid
        case let .attribute(name):
            let value: String? = switch feature.properties[name] {
            case let .string(s)?: s
            case let .integer(i)?: String(i)
            default: nil
            }
            guard let value, value == given.text else {
                throw EditError.invalidID(Reason(EditMessages.idMustEqual, ["layer": layer.name, "name": name, "given": given.text]))
            }
            return value
        }
    }

    private static func canonicalUUID(of id: FeatureID) -> String? {
        guard case let .string(text) = id else { return nil }
        return LayerRowBuilder.canonicalUUID(text)
    }
}

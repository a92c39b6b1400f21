import Foundation
import GRDB

/// Files attached to features: the operations, each one transaction that authorizes, changes
/// and audits together (the shape of ``Settings``).
public enum Attachments {
    /// The account and feature when `actor` may attach files to feature `featureID` of
    /// `layer`: 401 without an account, 404 for a feature that does not exist or lies outside
    /// the account's scope (as reading it would be), 403 when the role or scope may not edit
    /// it. The server asks this before it reads a byte of an upload; ``add`` asks again.
    @discardableResult
    public static func authorizeAdding(by actor: Account?, layer: Layer, featureID: String,
                                       in db: Database) throws -> (account: Account, feature: LayerFeature) {
        guard let account = actor else {
            throw AccessError.unauthenticated(reason: Reason(AccessMessages.attachNeedsToken))
        }
        let feature = try FeatureProvider(layer: layer).feature(id: featureID, scope: account.scope, in: db)
        try AccessPolicy.authorize(account, for: .edit(layer: layer, divisionCode: layer.divisionCode(of: feature.properties)))
        return (account, feature)
    }

    /// What ``add`` did: the attachment, and whether it is new (false: this content was
    /// already attached to the feature, and that attachment is answered).
    public struct Outcome: Sendable {
        public var attachment: Attachment
        public var created: Bool
    }

    /// Attaches a staged file to a feature: authorizes, records the row and the audit entry
    /// (`attachment.add`) in one transaction, and moves the file to its content name as the
    /// transaction's last step. The staged file is consumed: moved into the store, or removed
    /// when anything fails, and a content file this call created goes with a failed
    /// transaction. Content attached to the feature already is kept once.
    public static func add(_ staged: StagedAttachment, mediaType: AttachmentMediaType, fileName: String?,
                           layer: Layer, featureID: String, by actor: Account?, requestID: String? = nil,
                           to database: DimingDatabase) async throws -> Outcome {
        let store = database.attachmentStore
        return try await database.pool.writeWithoutTransaction { db in
            // Writes are serialised on this queue, and IMMEDIATE holds the file's write lock
            // against other processes: no other add places or removes a file meanwhile.
            var placed = false
            do {
                try db.beginTransaction(.immediate)
                try OwnWrite.begin(db)
                let name = try AttachmentName.validated(fileName)
                guard staged.sizeBytes > 0 else { throw AttachmentError.emptyFile }
                let (account, feature) = try authorizeAdding(by: actor, layer: layer, featureID: featureID, in: db)
                let outcome = try record(staged, mediaType: mediaType, fileName: name, layer: layer, featureID: feature.idText,
                                         by: account, requestID: requestID, in: db)
                placed = try store.place(staged)
                try OwnWrite.end(db)
                try db.commit()
                return outcome
            } catch {
                if db.isInsideTransaction { try? db.rollback() }
                store.discard(staged.url)
                if placed { store.removeContent(sha256: staged.sha256) }
                throw error
            }
        }
    }

    /// The feature's attachments, oldest first; 404 for a feature unknown or outside `scope`.
    public static func list(layer: Layer, featureID: String, scope: AccessScope, in db: Database) throws -> [Attachment] {
        let feature = try FeatureProvider(layer: layer).feature(id: featureID, scope: scope, in: db)
        return try Attachment.all().attached(to: layer.name, featureID: feature.idText).fetchAll(db)
    }

    /// The feature's attachment with this content; 404 when there is none.
    public static func find(sha256: String, layer: Layer, featureID: String, scope: AccessScope,
                            in db: Database) throws -> Attachment {
        let feature = try FeatureProvider(layer: layer).feature(id: featureID, scope: scope, in: db)
        guard Attachment.isSHA256(sha256),
              let attachment = try Attachment.all().attached(to: layer.name, featureID: feature.idText, sha256: sha256).fetchOne(db)
        else { throw AttachmentError.unknownAttachment(layer: layer.name, featureID: feature.idText, sha256: sha256) }
        return attachment
    }

    /// The row and audit entry of a new attachment, or the existing row for the same content.
    private static func record(_ staged: StagedAttachment, mediaType: AttachmentMediaType, fileName: String?, layer: Layer,
                              featureID: String, by account: Account, requestID: String?, in db: Database) throws -> Outcome {
        if let existing = try Attachment.all().attached(to: layer.name, featureID: featureID, sha256: staged.sha256).fetchOne(db) {
            return Outcome(attachment: existing, created: false)
        }
        var attachment = Attachment(layer: layer.name, featureID: featureID, sha256: staged.sha256, sizeBytes: staged.sizeBytes,
                                    mediaType: mediaType, fileName: fileName, account: account.name)
        try attachment.insert(db)
        try AuditLog.record(AuditEntry(account: account, action: "attachment.add", layer: layer.name, featureID: featureID,
                                       after: auditJSON(attachment), requestID: requestID), in: db)
        return Outcome(attachment: attachment, created: true)
    }

    private static func auditJSON(_ attachment: Attachment) -> String {
        var out = JSONOutput(capacity: 256)
        out.append("{\"sha256\":")
        out.appendString(attachment.sha256)
        out.append(",\"size\":")
        out.appendInteger(attachment.sizeBytes)
        out.append(",\"mediaType\":")
        out.appendString(attachment.mediaType.rawValue)
        out.append(",\"name\":")
        if let name = attachment.fileName { out.appendString(name) } else { out.append("null") }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

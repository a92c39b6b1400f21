import Foundation
import GRDB

/// 附件: a file attached to a feature (a photo of a damaged home, a scanned report). The file
/// itself lies in the ``AttachmentStore`` under its SHA-256; this row says which feature it
/// belongs to, what it is and who attached it. One file attached to two features is stored
/// once and has two rows.
public struct Attachment: Codable, Hashable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    /// The layer (collection id) of the feature.
    public var layer: String
    /// The feature's public id, as the OGC API names it.
    public var featureID: String
    /// The content's SHA-256, 64 lowercase hex digits: its name in the store.
    public var sha256: String
    public var sizeBytes: Int64
    public var mediaType: AttachmentMediaType
    /// The name the client gave (`?name=photo.jpg`), for display and downloads only.
    public var fileName: String?
    public var createdAt: Date
    /// The account that attached it (kept by name, as the audit log keeps it).
    public var account: String

    public static let databaseTableName = "diming_attachments"

    enum CodingKeys: String, CodingKey {
        case id, layer, featureID = "feature_id", sha256, sizeBytes = "size_bytes", mediaType = "media_type"
        case fileName = "file_name", createdAt = "created_at", account
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let layer = Column(CodingKeys.layer)
        public static let featureID = Column(CodingKeys.featureID)
        public static let sha256 = Column(CodingKeys.sha256)
        public static let sizeBytes = Column(CodingKeys.sizeBytes)
        public static let mediaType = Column(CodingKeys.mediaType)
        public static let fileName = Column(CodingKeys.fileName)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let account = Column(CodingKeys.account)
    }

    public init(id: Int64? = nil, layer: String, featureID: String, sha256: String, sizeBytes: Int64,
                mediaType: AttachmentMediaType, fileName: String?, createdAt: Date = Date(), account: String) {
        self.id = id
        self.layer = layer
        self.featureID = featureID
        self.sha256 = sha256
        self.sizeBytes = sizeBytes
        self.mediaType = mediaType
        self.fileName = fileName
        self.createdAt = createdAt
        self.account = account
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Whether `text` can be a content name: 64 lowercase hex digits (so it never walks the
    /// file system: no separators, no dots).
    public static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}

extension DerivableRequest<Attachment> {
    /// The attachments of one feature, oldest first.
    public func attached(to layer: String, featureID: String) -> Self {
        filter(Attachment.Columns.layer == layer && Attachment.Columns.featureID == featureID)
            .order(Attachment.Columns.id)
    }

    /// The attachment of one feature with this content.
    public func attached(to layer: String, featureID: String, sha256: String) -> Self {
        attached(to: layer, featureID: featureID).filter(Attachment.Columns.sha256 == sha256)
    }
}

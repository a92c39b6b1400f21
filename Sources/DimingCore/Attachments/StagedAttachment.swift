import Foundation

/// A received file waiting in the store's staging folder, with the SHA-256 and size computed
/// while it was written; ``Attachments/add(_:mediaType:fileName:layer:featureID:by:requestID:to:)``
/// moves it to its content name or removes it.
public struct StagedAttachment: Sendable, Hashable {
    public let url: URL
    /// 64 lowercase hex digits.
    public let sha256: String
    public let sizeBytes: Int64

    public init(url: URL, sha256: String, sizeBytes: Int64) {
        self.url = url
        self.sha256 = sha256
        self.sizeBytes = sizeBytes
    }
}

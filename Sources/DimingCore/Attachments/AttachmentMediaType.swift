import Foundation
import GRDB

/// The kinds of file a feature accepts: photos (JPEG, PNG, WebP) and scanned documents (PDF).
/// Anything else is refused (415), so the server never hands out a script or a page of HTML
/// that a client uploaded.
public enum AttachmentMediaType: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case jpeg = "image/jpeg"
    case png = "image/png"
    case webp = "image/webp"
    case pdf = "application/pdf"

    /// The media type of a `Content-Type` header: parameters dropped, case ignored
    /// (`Image/JPEG; q=1` is `image/jpeg`).
    public init(contentType: String?) throws(AttachmentError) {
        guard let contentType else { throw .unsupportedMediaType(nil) }
        let essence = contentType.split(separator: ";", maxSplits: 1).first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard let type = AttachmentMediaType(rawValue: essence) else { throw .unsupportedMediaType(contentType) }
        self = type
    }
}

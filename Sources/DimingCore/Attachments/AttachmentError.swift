/// Why an attachment was refused or not found.
public enum AttachmentError: Problem, Equatable {
    /// A `Content-Type` outside ``AttachmentMediaType`` (nil: none given).
    case unsupportedMediaType(String?)
    case invalidFileName(String)
    /// A body of no bytes: nothing to attach.
    case emptyFile
    /// No attachment with this content on this feature.
    case unknownAttachment(layer: String, featureID: String, sha256: String)

    public var status: Int {
        switch self {
        case .unsupportedMediaType: 415
        case .invalidFileName, .emptyFile: 400
        case .unknownAttachment: 404
        }
    }

    public var type: String {
        switch self {
        case .unsupportedMediaType: "unsupported-media-type"
        case .invalidFileName: "invalid-file-name"
        case .emptyFile: "empty-file"
        case .unknownAttachment: "unknown-attachment"
        }
    }

    public var title: String {
        switch self {
        case .unsupportedMediaType: "Unsupported media type"
        case .invalidFileName: "Invalid file name"
        case .emptyFile: "Empty file"
        case .unknownAttachment: "Unknown attachment"
        }
    }

    public var field: String? {
        switch self {
        case .unsupportedMediaType: "Content-Type"
        case .invalidFileName: "name"
        case .emptyFile: "body"
        case .unknownAttachment: "sha256"
        }
    }

    public var detail: String {
        let allowed = AttachmentMediaType.allCases.map(\.rawValue).joined(separator: ", ")
        return switch self {
        case let .unsupportedMediaType(type?): "files of type \"\(type)\" are not accepted; send one of \(allowed)"
        case .unsupportedMediaType(nil): "the file's Content-Type is missing; send one of \(allowed)"
        case let .invalidFileName(name):
            "file name \"\(name)\" must be 1 to \(AttachmentName.maximumBytes) bytes of UTF-8 without control characters, / or \\"
        case .emptyFile: "the request body is empty; send the file's bytes"
        case let .unknownAttachment(layer, featureID, sha256): "\(layer) feature \"\(featureID)\" has no attachment \(sha256)"
        }
    }
}

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

    public func title(in language: Language) -> String {
        let m = IOMessages.self
        return switch self {
        case .unsupportedMediaType: m.unsupportedMediaTypeTitle.text(language)
        case .invalidFileName: m.invalidFileNameTitle.text(language)
        case .emptyFile: m.emptyFileTitle.text(language)
        case .unknownAttachment: m.unknownAttachmentTitle.text(language)
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

    public func detail(in language: Language) -> String {
        let m = IOMessages.self
        let allowed = AttachmentMediaType.allCases.map(\.rawValue).joined(separator: ", ")
        return switch self {
        case let .unsupportedMediaType(type?): m.unsupportedMediaType.text(language, ["type": type, "allowed": allowed])
        case .unsupportedMediaType(nil): m.missingMediaType.text(language, ["allowed": allowed])
        case let .invalidFileName(name): m.invalidFileName.text(language, ["name": name, "bytes": String(AttachmentName.maximumBytes)])
        case .emptyFile: m.emptyFile.text(language)
        case let .unknownAttachment(layer, featureID, sha256):
            m.unknownAttachment.text(language, ["layer": layer, "id": featureID, "sha256": sha256])
        }
    }
}

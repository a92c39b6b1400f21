/// Why a single-feature edit was refused (besides the layer's rules, ``ImportError``, and
/// access, ``AccessError``). Nothing is written when any of these is thrown.
public enum EditError: Problem, Equatable {
    /// A change without `If-Match`.
    case preconditionRequired
    /// `If-Match` names a version that is no longer current.
    case preconditionFailed(current: String)
    /// A create with an id that exists with other content.
    case conflictingCreate(layer: String, id: String)
    /// A body's id differs from the URL's, or a UUID layer's id is not a UUID.
    case invalidID(String)
    /// A delete of a feature others still point at (a road with house numbers).
    case stillReferenced(layer: String, id: String)

    public var status: Int {
        switch self {
        case .preconditionRequired: 428
        case .preconditionFailed: 412
        case .conflictingCreate, .stillReferenced: 409
        case .invalidID: 400
        }
    }

    public var type: String {
        switch self {
        case .preconditionRequired: "precondition-required"
        case .preconditionFailed: "precondition-failed"
        case .conflictingCreate: "feature-exists"
        case .invalidID: "invalid-id"
        case .stillReferenced: "feature-referenced"
        }
    }

    public var title: String {
        switch self {
        case .preconditionRequired: "If-Match required"
        case .preconditionFailed: "The feature has changed"
        case .conflictingCreate: "The feature exists"
        case .invalidID: "Invalid feature id"
        case .stillReferenced: "The feature is referenced"
        }
    }

    public var field: String? {
        switch self {
        case .preconditionRequired, .preconditionFailed: "If-Match"
        case .conflictingCreate, .invalidID: "id"
        case .stillReferenced: nil
        }
    }

    public var detail: String {
        switch self {
        case .preconditionRequired:
            "a change must say which version it changes: send If-Match with the ETag of a GET of the feature"
        case let .preconditionFailed(current):
            "someone changed the feature since it was read; its current ETag is \"\(current)\": read it again and redo the change"
        case let .conflictingCreate(layer, id):
            "\(layer) already has a feature \(id) with other content; change it with PUT or PATCH and If-Match"
        case let .invalidID(reason): reason
        case let .stillReferenced(layer, id):
            "\(layer) \(id) is still referenced by other features (house numbers on a road, features in a division); change or delete those first"
        }
    }
}

import GRDB

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
    case invalidID(Reason)
    /// A delete of a feature others still point at (a road with house numbers).
    case stillReferenced(layer: String, id: String)
    /// A module's trigger refused the write (a retired house number given to a new building):
    /// its message, `<rule>: 中文 / English`, as the trigger wrote it.
    case refusedByRule(String)

    public var status: Int {
        switch self {
        case .preconditionRequired: 428
        case .preconditionFailed: 412
        case .conflictingCreate, .stillReferenced, .refusedByRule: 409
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
        case .refusedByRule: "refused-by-rule"
        }
    }

    public func title(in language: Language) -> String {
        let m = EditMessages.self
        return switch self {
        case .preconditionRequired: m.preconditionRequiredTitle.text(language)
        case .preconditionFailed: m.preconditionFailedTitle.text(language)
        case .conflictingCreate: m.conflictingCreateTitle.text(language)
        case .invalidID: m.invalidIDTitle.text(language)
        case .stillReferenced: m.stillReferencedTitle.text(language)
        case .refusedByRule: m.refusedByRuleTitle.text(language)
        }
    }

    public var field: String? {
        switch self {
        case .preconditionRequired, .preconditionFailed: "If-Match"
        case .conflictingCreate, .invalidID: "id"
        case .stillReferenced, .refusedByRule: nil
        }
    }

    public func detail(in language: Language) -> String {
        let m = EditMessages.self
        return switch self {
        case .preconditionRequired: m.preconditionRequired.text(language)
        case let .preconditionFailed(current): m.preconditionFailed.text(language, ["etag": current])
        case let .conflictingCreate(layer, id): m.conflictingCreate.text(language, ["layer": layer, "id": id])
        case let .invalidID(reason): reason.text(in: language)
        case let .stillReferenced(layer, id): m.stillReferenced.text(language, ["layer": layer, "id": id])
        case let .refusedByRule(message): Self.part(of: message, in: language)
        }
    }

    /// The trigger's text in `language`: after the rule's name, the Chinese before ` / `, the English after.
    static func part(of message: String, in language: Language) -> String {
        var text = Substring(message)
        if let colon = text.range(of: ": "), text[..<colon.lowerBound].allSatisfy({ $0.isASCII }) { text = text[colon.upperBound...] }
        guard let slash = text.range(of: " / ") else { return String(text) }
        return String(language == .zh ? text[..<slash.lowerBound] : text[slash.upperBound...])
    }

    /// The refusal of a module's trigger (SQLITE_CONSTRAINT_TRIGGER) as an edit error, else nil.
    static func refusal(_ error: any Error) -> EditError? {
        guard let error = error as? DatabaseError, error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER,
              let message = error.message else { return nil }
        return .refusedByRule(message)
    }
}

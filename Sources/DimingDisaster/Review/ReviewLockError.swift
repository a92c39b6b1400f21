import DimingCore

/// What the review locks refuse (the roles are ``AccessError``s: 403).
public enum ReviewLockError: Problem, Equatable {
    /// Someone else holds a live lock on the report.
    case locked(id: String, holder: String, expires: String)
    /// A release or break of a report nobody has locked.
    case notLocked(String)

    public var status: Int {
        switch self {
        case .locked: 409
        case .notLocked: 404
        }
    }

    public var type: String {
        switch self {
        case .locked: "report-locked"
        case .notLocked: "report-not-locked"
        }
    }

    public var field: String? { "id" }

    public func title(in language: Language) -> String {
        switch self {
        case .locked: ReviewLockMessages.lockedTitle.text(language)
        case .notLocked: ReviewLockMessages.notLockedTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        switch self {
        case let .locked(id, holder, expires): ReviewLockMessages.locked.text(language, ["id": id, "holder": holder, "expires": expires])
        case let .notLocked(id): ReviewLockMessages.notLocked.text(language, ["id": id])
        }
    }
}

/// 审核锁: who is reviewing a report now (the Ushahidi PostLock lesson — two reviewers working
/// on one report at once overwrite each other's decision). A lock holds every version of the
/// report (its `root`) until `expiresAt`; an expired lock is as if there were none.
public struct ReviewLock: Sendable, Equatable, Codable {
    /// The version the lock was taken through.
    public var report: String
    /// The report's first version: what is locked.
    public var root: String
    public var holder: String
    public var takenAt: String
    public var expiresAt: String

    /// How long a lock lasts unless renewed or released.
    public static let duration: Double = 15 * 60

    enum CodingKeys: String, CodingKey {
        case report, root, holder
        case takenAt = "taken_at"
        case expiresAt = "expires_at"
    }
}

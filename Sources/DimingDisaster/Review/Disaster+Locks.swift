import DimingCore
import Foundation
import GRDB

/// 审核锁: a reviewer locks a report before reviewing it, so that nobody else's review lands
/// meanwhile (409 naming the holder). The holder releases it; another reviewer, an approver
/// or an admin may break it (audited as a break). Expired locks are ignored.
extension Disaster {
    /// Takes or renews the lock on the report `uid` is a version of, for ``ReviewLock/duration``.
    /// 409 while someone else holds a live lock; 404 outside the account's scope.
    public func lock(_ uid: String, by actor: Account?, requestID: String? = nil, now: Date = Date()) async throws -> ReviewLock {
        let account = try Self.authorizeLocker(actor, report: uid)
        return try await database.write { db in
            let version = try ReviewStore.version(uid, scope: account.scope, in: db)
            if let held = try ReviewLockStore.live(root: version.root, now: now, in: db), held.holder != account.name {
                throw ReviewLockError.locked(id: uid, holder: held.holder, expires: held.expiresAt)
            }
            let format = ISO8601DateFormatter()
            let lock = ReviewLock(report: uid, root: version.root, holder: account.name, takenAt: format.string(from: now),
                                  expiresAt: format.string(from: now.addingTimeInterval(ReviewLock.duration)))
            try ReviewLockStore.put(lock, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "report.lock", layer: Layer.disasterReports.name, featureID: uid,
                                           after: Self.lockJSON(lock), requestID: requestID), in: db)
            return lock
        }
    }

    /// Releases the live lock on the report (its holder) or breaks it (anyone else allowed
    /// to lock: audited as `report.lock.break`). Returns the lock that was removed; 404 when
    /// there is no live lock.
    public func unlock(_ uid: String, by actor: Account?, requestID: String? = nil, now: Date = Date()) async throws -> (lock: ReviewLock, broken: Bool) {
        let account = try Self.authorizeLocker(actor, report: uid)
        return try await database.write { db in
            let version = try ReviewStore.version(uid, scope: account.scope, in: db)
            guard let held = try ReviewLockStore.live(root: version.root, now: now, in: db) else { throw ReviewLockError.notLocked(uid) }
            try ReviewLockStore.remove(root: version.root, in: db)
            let broken = held.holder != account.name
            try AuditLog.record(AuditEntry(account: account, action: broken ? "report.lock.break" : "report.unlock",
                                           layer: Layer.disasterReports.name, featureID: uid, before: Self.lockJSON(held),
                                           requestID: requestID), in: db)
            return (held, broken)
        }
    }

    /// The live lock on the report, if any (404 outside the reader's scope).
    public func lock(of uid: String, scope: AccessScope, now: Date = Date()) async throws -> ReviewLock? {
        try await database.pool.read { db in
            let version = try ReviewStore.version(uid, scope: scope, in: db)
            return try ReviewLockStore.live(root: version.root, now: now, in: db)
        }
    }

    /// 409 when someone other than `account` holds a live lock on `root` (checked by a review).
    static func checkNotLockedByOthers(_ uid: String, root: String, account: Account, now: Date, in db: Database) throws {
        if let held = try ReviewLockStore.live(root: root, now: now, in: db), held.holder != account.name {
            throw ReviewLockError.locked(id: uid, holder: held.holder, expires: held.expiresAt)
        }
    }

    /// The account when its role may take, release and break review locks (reviewer,
    /// approver, admin): 401 without one, 403 otherwise — before anything is read.
    @discardableResult
    public static func authorizeLocker(_ actor: Account?, report uid: String) throws -> Account {
        try authorize(actor, roles: reviewingRoles, action: Reason(ReviewLockMessages.actionLock, ["id": uid]), refusal: ReviewLockMessages.onlyReviewers)
    }

    private static func lockJSON(_ lock: ReviewLock) -> String {
        var out = JSONOutput(capacity: 128)
        out.append("{\"holder\":")
        out.appendString(lock.holder)
        out.append(",\"expires_at\":")
        out.appendString(lock.expiresAt)
        out.append("}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

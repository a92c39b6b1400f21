import Foundation
import GRDB

/// Errors about the database file as a whole.
public enum StoreError: Problem, Equatable {
    case missing(path: String)
    case notSpatiaLite(path: String, reason: Reason)
    case migrationFailed(String)
    case sqlFailed(String)
    /// An existing file Diming did not set up (`looksLike`: what it is).
    case notDiming(path: String, looksLike: Reason)
    case geoPackage(path: String)
    /// `diming init` on another tool's file holding tables (or indexes, triggers) Diming would create.
    case namesTaken(path: String, names: [String])
    /// A read-only command on a file whose schema lacks migrations of this release.
    case outdated(path: String, missing: [String])
    /// Another program held the write lock for longer than the busy timeout (SQLITE_BUSY).
    case busy(seconds: Double)
    /// The disk refused a write or an fsync (SQLITE_IOERR, SQLITE_FULL): the transaction was rolled back.
    case diskFailed

    public var status: Int {
        switch self {
        case .missing: 404
        case .busy, .diskFailed: 503
        default: 500
        }
    }
    public var type: String {
        switch self {
        case .missing: "no-database"
        case .notSpatiaLite: "not-spatialite"
        case .migrationFailed: "migration-failed"
        case .notDiming: "not-diming"
        case .geoPackage: "geopackage"
        case .namesTaken: "names-taken"
        case .outdated: "schema-outdated"
        case .sqlFailed: "spatial-sql-failed"
        case .busy: "database-busy"
        case .diskFailed: "disk-failed"
        }
    }
    public func title(in language: Language) -> String {
        let m = StoreMessages.self
        return switch self {
        case .missing: m.missingTitle.text(language)
        case .notSpatiaLite: m.notSpatiaLiteTitle.text(language)
        case .migrationFailed: m.migrationFailedTitle.text(language)
        case .notDiming: m.notDimingTitle.text(language)
        case .geoPackage: m.geoPackageTitle.text(language)
        case .namesTaken: m.namesTakenTitle.text(language)
        case .outdated: m.outdatedTitle.text(language)
        case .sqlFailed: m.sqlFailedTitle.text(language)
        case .busy: m.busyTitle.text(language)
        case .diskFailed: m.diskFailedTitle.text(language)
        }
    }
    public func detail(in language: Language) -> String {
        let m = StoreMessages.self
        return switch self {
        case let .missing(path): m.missing.text(language, ["path": path])
        case let .notSpatiaLite(path, reason): m.notSpatiaLite.text(language, ["path": path, "reason": reason.text(in: language)])
        case let .migrationFailed(reason): m.migrationFailed.text(language, ["reason": reason])
        case let .sqlFailed(reason): reason
        case let .notDiming(path, looksLike): m.notDiming.text(language, ["path": path, "kind": looksLike.text(in: language)])
        case let .geoPackage(path): m.geoPackage.text(language, ["path": path])
        case let .namesTaken(path, names): m.namesTaken.text(language, ["path": path, "names": names.joined(separator: ", ")])
        case let .outdated(path, missing):
            m.outdated.text(language, ["path": path, "count": String(missing.count), "migrations": missing.joined(separator: ", ")])
        case let .busy(seconds): m.busy.text(language, ["seconds": String(Int(seconds))])
        case .diskFailed: m.diskFailed.text(language)
        }
    }
}

extension StoreError {
    /// The problem a user reads for a database error about the file as a whole, when there is
    /// one: SQLITE_BUSY after the busy timeout means another program holds the write lock;
    /// SQLITE_IOERR or SQLITE_FULL, that the disk refused the write (503 both: try again).
    public static func translating(_ error: any Error) -> StoreError? {
        // A file the core writes itself (an attachment) whose write or fsync the disk refused.
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain, [EIO, ENOSPC, EDQUOT].contains(Int32(nsError.code)) { return .diskFailed }
        guard let error = error as? DatabaseError else { return nil }
        switch error.resultCode {
        case .SQLITE_BUSY: return .busy(seconds: DimingDatabase.busyTimeout)
        case .SQLITE_IOERR, .SQLITE_FULL: return .diskFailed
        default: return nil
        }
    }
}

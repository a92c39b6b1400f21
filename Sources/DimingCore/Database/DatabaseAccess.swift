/// What a command does with the file, and so how it is opened.
public enum DatabaseAccess: Sendable, Equatable {
    /// Reads only: a read-only pool, never migrated; a file whose schema is older than the
    /// code is refused (`diming init` upgrades it).
    case readOnly
    /// Reads and writes a Diming database (or a new, empty file), bringing its schema up to date.
    case readWrite
    /// As `readWrite`, and creates the file when there is none (`diming demo`).
    case create
    /// As `create`, and also sets up a SpatiaLite or SQLite file of another tool, Diming's
    /// tables beside its own, unless one of their names is taken there (`diming init`).
    case setUp
}

import GRDB

/// Marks a batch import's writes (``FeatureImporter``) the way ``OwnWrite`` marks Diming's:
/// the one row of `diming_batch` is inserted first and deleted last in the same transaction,
/// so no other connection ever sees it. A module's triggers read it to tell a batch from a
/// person's edit (the gazetteer keeps fields an officer edited from being overwritten).
public enum BatchWrite {
    static let table = "diming_batch"

    static let markerTable = """
        CREATE TABLE "diming_batch" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1));
        """

    /// SQL true while a batch import writes, for a module's trigger `WHEN` clause.
    public static let isActive = #"EXISTS (SELECT 1 FROM "diming_batch")"#

    static func begin(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO diming_batch (id) VALUES (1)")
    }

    static func end(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM diming_batch")
    }
}

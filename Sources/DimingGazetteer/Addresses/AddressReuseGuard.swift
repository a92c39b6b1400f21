import GRDB

/// 门牌号不复用: a live address may not take the road, number and suffix of a historical one
/// unless it carries the officer's decision (`reuses` = that historical address's uid). A
/// trigger, so that every writer meets it: Diming's import and OGC API, QGIS on the file.
enum AddressReuseGuard {
    /// The prefix of the trigger's message, so that a caller can tell the refusal apart.
    static let messagePrefix = "address number retired: "

    /// A literal (RAISE takes no expression), so without a quote.
    static let message = messagePrefix
        + "该门牌号属于已销号的历史门牌，重新启用须由地名管理人员作出决定（diming address reuse） / "
        + "this house number belongs to a historical address; reusing it needs a decision by a place-name officer (diming address reuse)"

    /// The historical addresses `NEW` would duplicate: same road (by id when both have one,
    /// else by name), number and suffix (no suffix written NULL or '', as files have both).
    private static let sameNumber = """
        h."status" = 'historical' AND h."uid" IS NOT NEW."uid" AND h."number" = NEW."number" AND coalesce(h."suffix", '') = coalesce(NEW."suffix", '')
            AND CASE WHEN h."road_id" IS NOT NULL AND NEW."road_id" IS NOT NULL THEN h."road_id" = NEW."road_id" ELSE h."road" = NEW."road" END
        """

    private static let refusal = """
        NEW."status" = 'in_use'
            AND EXISTS (SELECT 1 FROM "addresses" h WHERE \(sameNumber))
            AND NOT EXISTS (SELECT 1 FROM "addresses" h WHERE \(sameNumber) AND h."uid" = NEW."reuses")
        """

    static func createTriggers(in db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER "addresses_number_retired_insert" BEFORE INSERT ON "addresses" WHEN \(refusal)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            CREATE TRIGGER "addresses_number_retired_update" BEFORE UPDATE OF "road_id", "road", "number", "suffix", "status", "reuses" ON "addresses"
            WHEN \(refusal)
            BEGIN SELECT RAISE(ABORT, '\(message)'); END;
            """)
    }
}

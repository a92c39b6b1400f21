import DimingCore
import GRDB

/// 人工维护字段: the fields of a place a person edited, which a batch import may not overwrite
/// (the `wof:controlled` idea). Any write that is not a batch (the gazetteer's workflow, the
/// OGC API, QGIS on the file) marks the fields it changes; a batch (``BatchWrite``) that would
/// change or delete one is refused by a trigger naming the field.
public enum ControlledFields {
    /// The fields a person keeps; the division is derived from the geometry and stays out.
    public static let fields = ["name", "category", "specific", "generic", "meaning", "history", "sources", "parent", "geom", "shape"]

    /// The prefix of the trigger's message, so that an importer can tell the refusal apart.
    public static let messagePrefix = ControlledFieldRefusal.prefix

    /// The trigger's message for `field`: `controlled field name: 该地名的 name 字段经人工编辑，…`.
    static func message(_ field: String) -> String {
        "\(messagePrefix)\(field): 该地名的 \(field) 字段经人工编辑，批量导入不能覆盖或删除 / "
            + "the \(field) of this place was edited by a person; a batch import may not overwrite or delete it"
    }

    static func createTriggers(in db: Database) throws {
        let now = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
        for field in fields {
            try db.execute(sql: """
                CREATE TRIGGER "places_controlled_\(field)" BEFORE UPDATE OF "\(field)" ON "places"
                WHEN \(BatchWrite.isActive) AND NEW."\(field)" IS NOT OLD."\(field)"
                    AND EXISTS (SELECT 1 FROM "place_controlled" WHERE "place" = OLD."uid" AND "field" = '\(field)')
                BEGIN SELECT RAISE(ABORT, '\(message(field))'); END;
                CREATE TRIGGER "places_edited_\(field)" AFTER UPDATE OF "\(field)" ON "places"
                WHEN NOT \(BatchWrite.isActive) AND NEW."\(field)" IS NOT OLD."\(field)" AND NEW."uid" IS NOT NULL
                BEGIN INSERT OR REPLACE INTO "place_controlled" VALUES (NEW."uid", '\(field)', \(now)); END;
                """)
        }
        let inserted = fields.map { field in
            """
            INSERT OR REPLACE INTO "place_controlled" SELECT NEW."uid", '\(field)', \(now) WHERE NEW."\(field)" IS NOT NULL;
            """
        }.joined(separator: "\n")
        try db.execute(sql: """
            CREATE TRIGGER "places_created_by_person" AFTER INSERT ON "places"
            WHEN NOT \(BatchWrite.isActive) AND NEW."uid" IS NOT NULL
            BEGIN \(inserted) END;
            CREATE TRIGGER "places_controlled_delete" BEFORE DELETE ON "places"
            WHEN \(BatchWrite.isActive) AND EXISTS (SELECT 1 FROM "place_controlled" WHERE "place" = OLD."uid")
            BEGIN SELECT RAISE(ABORT, '\(message("*"))'); END;
            """)
    }
}

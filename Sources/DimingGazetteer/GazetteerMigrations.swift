import DimingCore
import GRDB

extension DimingModule {
    /// 地名: the gazetteer's tables beside the core's `places` layer, which stays the place
    /// record every client reads (its `name` is the current standard name).
    public static let gazetteer = DimingModule(name: "gazetteer", dependencies: ["core"], migrations: GazetteerMigrations.all)
}

/// The gazetteer's migrations: literal SQL, frozen once merged (a change is a new migration).
enum GazetteerMigrations {
    static let all: [SchemaMigration] = [
        SchemaMigration("gazetteer-001-place-record") { db in
            // What a place record holds beyond the core's columns. `geom` stays the point every
            // client draws; `shape` is the place's own line or polygon when it has one.
            try db.execute(sql: """
                ALTER TABLE "places" ADD COLUMN "specific" TEXT;
                ALTER TABLE "places" ADD COLUMN "generic" TEXT;
                ALTER TABLE "places" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'approved'
                    CHECK ("status" IN ('proposed', 'under_review', 'approved', 'announced', 'historical', 'rejected', 'erroneous', 'reserved'));
                ALTER TABLE "places" ADD COLUMN "meaning" TEXT;
                ALTER TABLE "places" ADD COLUMN "history" TEXT;
                ALTER TABLE "places" ADD COLUMN "sources" TEXT;
                ALTER TABLE "places" ADD COLUMN "parent" TEXT;
                ALTER TABLE "places" ADD COLUMN "ceased_on" TEXT;
                ALTER TABLE "places" ADD COLUMN "deprecated_on" TEXT;
                CREATE INDEX "places_parent" ON "places"("parent");
                CREATE INDEX "places_status" ON "places"("status");
                """)
            // A plain SpatiaLite geometry blob, not a registered geometry column: GDAL and QGIS
            // would show a second `places` layer for it, and every client reads `places` as points.
            try db.execute(sql: #"ALTER TABLE "places" ADD COLUMN "shape" BLOB"#)
        },
        SchemaMigration("gazetteer-002-names") { db in
            // 名称: every name a place has had or has, each a record with its validity
            // [valid_from, valid_to) and its approval; the standard one is copied to places.name.
            try db.execute(sql: """
                CREATE TABLE "place_names" (
                    "id" INTEGER PRIMARY KEY,
                    "place" TEXT NOT NULL REFERENCES "places"("uid") ON DELETE CASCADE ON UPDATE CASCADE,
                    "name" TEXT NOT NULL CHECK (length(trim("name")) > 0),
                    "kind" TEXT NOT NULL CHECK ("kind" IN ('standard', 'former', 'alternative', 'colloquial', 'erroneous')),
                    "status" TEXT NOT NULL CHECK ("status" IN ('proposed', 'under_review', 'approved', 'announced', 'historical', 'rejected', 'erroneous', 'reserved')),
                    "specific" TEXT,
                    "generic" TEXT,
                    "valid_from" TEXT,
                    "valid_to" TEXT,
                    "document" TEXT,
                    "approved_on" TEXT,
                    "authority" TEXT,
                    "reason" TEXT,
                    "pinyin" TEXT,
                    "pinyin_toneless" TEXT,
                    "pinyin_sign" TEXT,
                    "pinyin_key" TEXT,
                    "initials" TEXT,
                    "reading" TEXT,
                    "created_at" TEXT NOT NULL,
                    "created_by" TEXT NOT NULL,
                    CHECK ("valid_to" IS NULL OR "valid_from" IS NULL OR "valid_from" <= "valid_to")
                );
                CREATE INDEX "place_names_place" ON "place_names"("place");
                CREATE INDEX "place_names_name" ON "place_names"("name");
                CREATE INDEX "place_names_key" ON "place_names"("pinyin_key");
                """)
        },
        SchemaMigration("gazetteer-003-events") { db in
            // 事件: who moved a place through its lifecycle, when, by which document and why.
            try db.execute(sql: """
                CREATE TABLE "place_events" (
                    "id" INTEGER PRIMARY KEY,
                    "place" TEXT NOT NULL REFERENCES "places"("uid") ON DELETE CASCADE ON UPDATE CASCADE,
                    "at" TEXT NOT NULL,
                    "account" TEXT NOT NULL,
                    "role" TEXT NOT NULL,
                    "action" TEXT NOT NULL,
                    "from_status" TEXT,
                    "to_status" TEXT,
                    "name" TEXT,
                    "document" TEXT,
                    "effective" TEXT,
                    "authority" TEXT,
                    "reason" TEXT,
                    "details" TEXT
                );
                CREATE INDEX "place_events_place" ON "place_events"("place", "id");
                """)
        },
        SchemaMigration("gazetteer-004-supersessions") { db in
            // 拆分、合并: the old record ends and points at its successors (WOF supersedes).
            try db.execute(sql: """
                CREATE TABLE "place_supersessions" (
                    "old" TEXT NOT NULL REFERENCES "places"("uid") ON UPDATE CASCADE,
                    "new" TEXT NOT NULL REFERENCES "places"("uid") ON UPDATE CASCADE,
                    "kind" TEXT NOT NULL CHECK ("kind" IN ('split', 'merge', 'replace')),
                    "effective" TEXT NOT NULL,
                    PRIMARY KEY ("old", "new")
                );
                CREATE INDEX "place_supersessions_new" ON "place_supersessions"("new");
                """)
        },
        SchemaMigration("gazetteer-005-controlled-fields") { db in
            // Fields a person edited (Diming's workflow, the OGC API, QGIS on the file): a batch
            // import (marked by core's `diming_batch`) may not overwrite or delete them.
            try db.execute(sql: """
                CREATE TABLE "place_controlled" (
                    "place" TEXT NOT NULL REFERENCES "places"("uid") ON DELETE CASCADE ON UPDATE CASCADE,
                    "field" TEXT NOT NULL,
                    "at" TEXT NOT NULL,
                    PRIMARY KEY ("place", "field")
                ) WITHOUT ROWID;
                """)
            try ControlledFields.createTriggers(in: db)
        },
        SchemaMigration("gazetteer-006-pending") { db in
            // Places another writer (import, OGC API, QGIS) changed since the gazetteer last
            // looked: their name records, pinyin, division and search entries are brought up to
            // date before the next gazetteer operation (``PlaceSync``). A change of the divisions
            // raises one flag (a row trigger per place would cost an import of divisions dearly):
            // the sync then derives every place's division again.
            try db.execute(sql: """
                CREATE TABLE "place_pending" ("uid" TEXT PRIMARY KEY) WITHOUT ROWID;
                INSERT INTO "place_pending" SELECT "uid" FROM "places";
                CREATE TRIGGER "places_pending_insert" AFTER INSERT ON "places" WHEN NEW."uid" IS NOT NULL
                BEGIN INSERT OR IGNORE INTO "place_pending" VALUES (NEW."uid"); END;
                CREATE TRIGGER "places_pending_uid" AFTER UPDATE OF "uid" ON "places" WHEN NEW."uid" IS NOT NULL
                BEGIN INSERT OR IGNORE INTO "place_pending" VALUES (NEW."uid"); END;
                CREATE TRIGGER "places_pending_update" AFTER UPDATE OF "name", "category", "division", "geom", "shape", "status" ON "places"
                BEGIN INSERT OR IGNORE INTO "place_pending" VALUES (NEW."uid"); END;
                CREATE TABLE "gazetteer_flags" ("flag" TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TRIGGER "divisions_added_places" AFTER INSERT ON "divisions"
                BEGIN INSERT OR IGNORE INTO "gazetteer_flags" VALUES ('divisions_changed'); END;
                CREATE TRIGGER "divisions_moved_places" AFTER UPDATE OF "geom", "code", "parent" ON "divisions"
                BEGIN INSERT OR IGNORE INTO "gazetteer_flags" VALUES ('divisions_changed'); END;
                CREATE TRIGGER "divisions_removed_places" AFTER DELETE ON "divisions"
                BEGIN INSERT OR IGNORE INTO "gazetteer_flags" VALUES ('divisions_changed'); END;
                """)
        },
        roadLinks,
        SchemaMigration("gazetteer-010-search") { db in
            // 检索: one entry per searchable name (``SearchIndex``). `folded` is the name in
            // simplified characters; `tier` ranks names in force before other names, retired
            // places and reserved names; `place_pinyin` is the toneless pinyin of the place's
            // current name, shown with every result. Trigrams answer substrings of 3+ characters;
            // `search_grams` (first character, every pair) answers 1–2 character queries.
            try db.execute(sql: """
                CREATE TABLE "search_entries" (
                    "id" INTEGER PRIMARY KEY,
                    "place" TEXT NOT NULL,
                    "name" TEXT NOT NULL,
                    "folded" TEXT NOT NULL,
                    "kind" TEXT NOT NULL,
                    "tier" INTEGER NOT NULL,
                    "length" INTEGER NOT NULL,
                    "pinyin_key" TEXT NOT NULL,
                    "initials" TEXT NOT NULL,
                    "category" TEXT,
                    "division" TEXT,
                    "place_pinyin" TEXT
                );
                CREATE INDEX "search_entries_place" ON "search_entries"("place");
                CREATE INDEX "search_entries_folded" ON "search_entries"("folded", "tier", "length");
                CREATE INDEX "search_entries_key" ON "search_entries"("pinyin_key", "tier", "length");
                CREATE INDEX "search_entries_initials" ON "search_entries"("initials", "tier", "length");
                CREATE TABLE "search_grams" (
                    "gram" TEXT NOT NULL,
                    "inner" INTEGER NOT NULL,
                    "tier" INTEGER NOT NULL,
                    "length" INTEGER NOT NULL,
                    "entry" INTEGER NOT NULL,
                    PRIMARY KEY ("gram", "inner", "tier", "length", "entry")
                ) WITHOUT ROWID;
                CREATE VIRTUAL TABLE "search_fts" USING fts5("folded", content='search_entries', content_rowid='id', tokenize='trigram');
                """)
            try SearchIndex.reindexAll(in: db)
        },
        addressLifecycle,
    ]
}

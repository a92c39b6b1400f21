import GRDB

extension DimingModule {
    /// The spatial core: SpatiaLite metadata, the five core layers, accounts, audit log and
    /// change counters. The DDL below is what each release created; never edit it — add a
    /// migration.
    public static let core = DimingModule(name: "core", migrations: CoreMigrations.all, layers: LayerCatalog.core.layers)
}

enum CoreMigrations {
    static let all: [SchemaMigration] = [
        SchemaMigration("core-001-spatial-metadata") { db in
            // CheckSpatialMetaData() is 3 for a current SpatiaLite layout (e.g. a file from ogr2ogr).
            if try Int.fetchOne(db, sql: "SELECT CheckSpatialMetaData()") != 3 {
                // InitSpatialMetaData(0): inside the set-up's transaction, without one of its own.
                try db.execute(sql: "SELECT InitSpatialMetaData(0)")
            }
        },
        SchemaMigration("core-010-divisions") { db in
            try SpatialTable.create("divisions", columns: """
                "code" TEXT NOT NULL UNIQUE, "name" TEXT NOT NULL, "level" TEXT, "parent" TEXT
                """, geometryType: .multiPolygon, in: db)
        },
        SchemaMigration("core-011-roads") { db in
            try SpatialTable.create("roads", columns: """
                "name" TEXT NOT NULL, "class" TEXT, "division" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE
                """, geometryType: .multiLineString, indexed: ["division"], in: db)
        },
        SchemaMigration("core-012-addresses") { db in
            try SpatialTable.create("addresses", columns: """
                "road" TEXT NOT NULL, "number" INTEGER NOT NULL, "suffix" TEXT, "division" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE
                """, geometryType: .point, indexed: ["division"], in: db)
        },
        SchemaMigration("core-013-places") { db in
            try SpatialTable.create("places", columns: """
                "name" TEXT NOT NULL, "category" TEXT, "division" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE
                """, geometryType: .point, indexed: ["division"], in: db)
        },
        SchemaMigration("core-014-shelters") { db in
            try SpatialTable.create("shelters", columns: """
                "name" TEXT NOT NULL, "kind" TEXT, "grade" TEXT, "area_m2" REAL, "capacity" INTEGER, \
                "division" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE, "address" TEXT
                """, geometryType: .point, indexed: ["division"], in: db)
        },
        SchemaMigration("core-020-accounts") { db in try AccessSchema.createAccounts(in: db) },
        SchemaMigration("core-021-audit") { db in try AccessSchema.createAudit(in: db) },
        SchemaMigration("core-022-change-counters") { db in try DataVersion.createTable(in: db) },
        SchemaMigration("core-030-feature-uids") { db in
            // A stable public id for the layers without a natural key; rows other programs
            // (QGIS) insert without one get one from the trigger.
            for table in ["roads", "addresses", "places", "shelters"] {
                try db.execute(sql: """
                    ALTER TABLE "\(table)" ADD COLUMN "uid" TEXT;
                    UPDATE "\(table)" SET "uid" = \(SpatialTable.newUUID);
                    CREATE UNIQUE INDEX "\(table)_uid" ON "\(table)"("uid");
                    CREATE TRIGGER "\(table)_uid_default" AFTER INSERT ON "\(table)" WHEN NEW."uid" IS NULL
                    BEGIN UPDATE "\(table)" SET "uid" = \(SpatialTable.newUUID) WHERE id = NEW.id; END;
                    """)
            }
        },
        SchemaMigration("core-031-address-roads") { db in
            // An address points at its road by id; its road name follows the road's. Existing
            // addresses find their road by name, preferring one in the same division.
            try db.execute(sql: """
                ALTER TABLE "addresses" ADD COLUMN "road_id" TEXT REFERENCES "roads"("uid") ON UPDATE CASCADE;
                UPDATE "addresses" SET "road_id" = coalesce(
                    (SELECT r."uid" FROM "roads" r WHERE r."name" = "addresses"."road" AND r."division" IS "addresses"."division" ORDER BY r.id LIMIT 1),
                    (SELECT r."uid" FROM "roads" r WHERE r."name" = "addresses"."road" ORDER BY r.id LIMIT 1));
                CREATE INDEX "addresses_road_id" ON "addresses"("road_id");
                CREATE TRIGGER "roads_name_to_addresses" AFTER UPDATE OF "name" ON "roads"
                BEGIN UPDATE "addresses" SET "road" = NEW."name" WHERE "road_id" = NEW."uid"; END;
                """)
        },
        SchemaMigration("core-032-layer-sources") { db in try LayerSource.createTable(in: db) },
        SchemaMigration("core-033-file-guards") { db in
            // The file guards itself against other programs (QGIS, ogr2ogr): triggers refuse
            // what the core refuses and audit every change as account `file`; Diming's own
            // writes mark their transaction in `diming_writing` and pass (FileGuards, OwnWrite).
            try db.execute(sql: FileGuards.markerTable)
            for guarded in CoreMigrations.guardedLayers { try FileGuards.install(guarded, in: db) }
            try db.execute(sql: CoreMigrations.accessGuards)
        },
        SchemaMigration("core-034-batch-marker") { db in
            // Like `diming_writing`, but only while a batch import writes (``BatchWrite``):
            // modules' triggers keep a person's edits from being overwritten by a batch.
            try db.execute(sql: BatchWrite.markerTable)
        },
    ]
}

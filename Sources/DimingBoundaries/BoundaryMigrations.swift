import DimingCore
import GRDB

extension DimingModule {
    /// 界线: the shared lines between neighbouring divisions, their markers (界桩) and the joint
    /// inspections (联合检查) of both. The DDL below is what each release created; never edit
    /// it — add a migration.
    public static let boundaries = DimingModule(name: "boundaries", dependencies: ["core"], migrations: BoundaryMigrations.all,
                                                layers: [.boundaryLines, .boundaryMarkers, .inspections])
}

enum BoundaryMigrations {
    static let all: [SchemaMigration] = [
        SchemaMigration("boundaries-001-lines") { db in
            // One row per pair of neighbours (`code` = the two codes, smaller first), derived
            // from the division polygons; a regenerated line keeps its code, and the version it
            // replaces goes to `boundary_line_versions`.
            try SpatialTable.create("boundary_lines", columns: """
                "code" TEXT NOT NULL UNIQUE, \
                "left_code" TEXT NOT NULL REFERENCES "divisions"("code") ON UPDATE CASCADE, \
                "right_code" TEXT NOT NULL REFERENCES "divisions"("code") ON UPDATE CASCADE, \
                "left_name" TEXT, "right_name" TEXT, "level" TEXT, "length_m" REAL, "agreement" TEXT, "description" TEXT, \
                "version" INTEGER NOT NULL DEFAULT 1, "tolerance_m" REAL, "derived_at" TEXT
                """, geometryType: .multiLineString, indexed: ["left_code", "right_code"], in: db)
            try db.execute(sql: """
                CREATE TABLE "boundary_line_versions" (
                    "id" INTEGER PRIMARY KEY, "code" TEXT NOT NULL, "version" INTEGER NOT NULL,
                    "left_code" TEXT NOT NULL, "right_code" TEXT NOT NULL, "length_m" REAL, "agreement" TEXT,
                    "tolerance_m" REAL, "derived_at" TEXT, "replaced_at" TEXT NOT NULL, "reason" TEXT,
                    "geom" BLOB,
                    UNIQUE ("code", "version"));
                """)
        },
        SchemaMigration("boundaries-002-markers") { db in
            // 界桩登记表: the printed number verbatim plus its parts; the registered position as
            // surveyed (CGCS2000 Gauss-Krüger metres, X northing, Y easting, with their EPSG code)
            // and as lon/lat in `geom`. The line's two codes are copied so that an inspector
            // scoped to either side sees the marker.
            try SpatialTable.create("boundary_markers", columns: """
                "number" TEXT NOT NULL UNIQUE, "line" TEXT NOT NULL, \
                "left_code" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE, \
                "right_code" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE, \
                "sequence" INTEGER, "type_code" TEXT, "kind" TEXT, "material" TEXT, \
                "x_cgcs2000_gk" REAL NOT NULL, "y_cgcs2000_gk" REAL NOT NULL, "epsg" INTEGER NOT NULL, "height_m" REAL, \
                "location" TEXT, "reference_objects" TEXT, "photos" TEXT, "registered_on" TEXT, "status" TEXT, "note" TEXT
                """, geometryType: .point, indexed: ["line", "left_code", "right_code"], in: db)
        },
        SchemaMigration("boundaries-003-inspections") { db in
            // 联合检查: a round of one line; its findings are the `inspections` layer, one row per
            // marker (or place along the line) per round, never overwritten by a later round.
            try db.execute(sql: """
                CREATE TABLE "inspection_rounds" (
                    "id" TEXT PRIMARY KEY, "line" TEXT NOT NULL, "round" INTEGER, "started_on" TEXT NOT NULL, "finished_on" TEXT,
                    "team_left" TEXT, "team_right" TEXT, "documents" TEXT, "report_number" TEXT,
                    "tolerance_m" REAL NOT NULL, "line_version" INTEGER, "created_by" TEXT, "created_at" TEXT NOT NULL);
                CREATE INDEX "inspection_rounds_line" ON "inspection_rounds"("line");
                """)
            try SpatialTable.create("inspections", columns: """
                "uid" TEXT UNIQUE, "round" TEXT NOT NULL REFERENCES "inspection_rounds"("id"), "line" TEXT NOT NULL, \
                "left_code" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE, \
                "right_code" TEXT REFERENCES "divisions"("code") ON UPDATE CASCADE, \
                "marker" TEXT, "kind" TEXT NOT NULL, "inspection_date" TEXT NOT NULL, \
                "measured_x_gk" REAL, "measured_y_gk" REAL, "epsg" INTEGER, "displacement_m" REAL, "bearing_deg" REAL, \
                "within_tolerance" INTEGER, "note" TEXT, "recorded_by" TEXT
                """, geometryType: .point, indexed: ["round", "line", "marker", "left_code", "right_code"], in: db)
            try db.execute(sql: """
                CREATE UNIQUE INDEX "inspections_round_marker" ON "inspections"("round", "marker") WHERE "marker" IS NOT NULL;
                CREATE TRIGGER "inspections_uid_default" AFTER INSERT ON "inspections" WHEN NEW."uid" IS NULL
                BEGIN UPDATE "inspections" SET "uid" = \(SpatialTable.newUUID) WHERE id = NEW.id; END;
                """)
        },
        SchemaMigration("boundaries-004-stale-lines") { db in
            // The divisions whose geometry changed since their lines were derived, by whatever
            // path (the feature editor, an import, SQL): the next read of the lines derives the
            // lines touching them again and keeps the previous versions (StaleLines).
            try db.execute(sql: """
                CREATE TABLE "boundary_lines_stale" ("code" TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TRIGGER "divisions_stale_lines" AFTER UPDATE OF "geom" ON "divisions" WHEN NEW."geom" IS NOT OLD."geom"
                BEGIN INSERT OR IGNORE INTO "boundary_lines_stale" VALUES (NEW."code"); END;
                """)
        },
    ]
}

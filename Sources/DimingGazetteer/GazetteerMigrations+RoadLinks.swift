import DimingCore
import GRDB

extension GazetteerMigrations {
    /// LC-01: a road's place points at its `roads` feature, so that renaming the place renames
    /// the road and, through the core's trigger, its house numbers' road name. Existing road
    /// places are linked by the sync (by name, preferring the same division).
    static let roadLinks = SchemaMigration("gazetteer-007-road-links") { db in
        try db.execute(sql: """
            ALTER TABLE "places" ADD COLUMN "road_id" TEXT REFERENCES "roads"("uid") ON UPDATE CASCADE ON DELETE SET NULL;
            CREATE INDEX "places_road_id" ON "places"("road_id");
            """)
    }
}

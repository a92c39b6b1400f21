import DimingCore
import GRDB

extension GazetteerMigrations {
    /// LC-04: a 门牌 whose building is gone becomes historical (销号) and keeps its id; its
    /// number is given again only by an officer's decision (``AddressReuseGuard``). Plain
    /// columns, so that `addresses` stays one point layer for GDAL and QGIS.
    static let addressLifecycle = SchemaMigration("gazetteer-011-address-lifecycle") { db in
        try db.execute(sql: """
            ALTER TABLE "addresses" ADD COLUMN "status" TEXT NOT NULL DEFAULT 'in_use' CHECK ("status" IN ('in_use', 'historical'));
            ALTER TABLE "addresses" ADD COLUMN "retired_on" TEXT;
            ALTER TABLE "addresses" ADD COLUMN "site_text" TEXT;
            ALTER TABLE "addresses" ADD COLUMN "reuses" TEXT;
            CREATE INDEX "addresses_historical_number" ON "addresses"("number") WHERE "status" = 'historical';
            """)
        try AddressReuseGuard.createTriggers(in: db)
    }
}

import GRDB

/// Imports features into a layer in one transaction: every feature is checked against the
/// layer's columns and rules and its geometry against RFC 7946 and GEOS; the first refusal
/// rolls the whole import back, naming the feature and the field.
public struct FeatureImporter {
    public let layer: Layer
    public let options: ImportOptions

    public init(layer: Layer, options: ImportOptions = ImportOptions()) {
        self.layer = layer
        self.options = options
    }

    /// Imports `source` in a transaction of its own (run again after a schema change by
    /// another process: ``DimingDatabase/write(_:)``). `progress` gets the count every 1,000 features.
    public func run(_ source: FeatureSource, into database: DimingDatabase,
                    progress: ((Int) -> Void)? = nil) throws -> ImportSummary {
        try database.write { db in try importFeatures(source, in: db, progress: progress) }
    }

    /// Imports within the caller's transaction (the demo loads several layers in one).
    public func importFeatures(_ source: FeatureSource, in db: Database,
                               progress: ((Int) -> Void)? = nil) throws -> ImportSummary {
        for column in options.propertyMap.keys where layer.column(named: column) == nil {
            throw ImportError.invalidFeature(feature: 0, field: column, reason: Reason(IOMessages.notAColumn, ["layer": layer.name]))
        }
        try BatchWrite.begin(db)
        var removed = 0
        if options.replace {
            // Checked at the end instead: features of other layers may point at these (house
            // numbers at their road), and the file may bring them back with the same ids.
            try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
            do {
                try db.execute(sql: "DELETE FROM \(layer.name.quotedDatabaseIdentifier)")
            } catch {
                throw ControlledFieldRefusal.importError(error, feature: 0) ?? error
            }
            removed = db.changesCount
        }
        let writer = try LayerRowWriter(layer: layer, db: db, checkValidity: options.checkValidity)
        var builder = LayerRowBuilder(layer: layer, options: options, textual: source.isTextual)
        var givenReferences = GivenReferenceCheck(layer: layer)
        var inserted = 0, updated = 0
        try source.forEachFeature(layer: layer.name) { number, feature in
            let row = try builder.row(for: feature, number: number)
            givenReferences.note(row, number: number)
            let wasInserted: Bool
            do {
                wasInserted = try writer.write(row, number: number, upsert: options.upsert)
            } catch {
                throw ControlledFieldRefusal.importError(error, feature: number) ?? error
            }
            if wasInserted { inserted += 1 } else { updated += 1 }
            if (inserted + updated) % 1000 == 0 { progress?(inserted + updated) }
        }
        // After the last row, so that a file may name a parent it defines further down.
        try givenReferences.verify(in: db)
        if options.replace { try Self.verifyReferences(to: layer, in: db) }
        try BatchWrite.end(db)
        var summary = ImportSummary(layer: layer.name, inserted: inserted, removed: removed,
                                    ignoredProperties: builder.ignoredProperties.sorted())
        summary.updated = updated
        if let user = options.auditUser {
            try AuditLog.record(.local(user: user, action: "layer.import", layer: layer.name, after: summary.auditJSON(source: source.name)), in: db)
        }
        return summary
    }

    /// After a replace: no feature of another layer may point at one the file did not bring
    /// back (by its id), or the import is refused and rolled back.
    static func verifyReferences(to layer: Layer, in db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT \"table\" AS child, parent FROM pragma_foreign_key_check() WHERE parent = ?",
                                    arguments: [layer.name])
        guard let first = rows.first else { return }
        let child: String = first["child"]
        throw ImportError.invalidFeature(feature: 0, field: "--replace", reason: Reason(IOMessages.replaceOrphans,
                                                                                         ["count": String(rows.count), "child": child, "layer": layer.name]))
    }
}

extension FeatureImporter {
    /// Imports `source` and records where its data come from, in one transaction; with no
    /// provenance the layer's record is left as it was.
    public func run(_ source: FeatureSource, into database: DimingDatabase, provenance: LayerSource?,
                    progress: ((Int) -> Void)? = nil) throws -> ImportSummary {
        try database.write { db in
            let summary = try importFeatures(source, in: db, progress: progress)
            try provenance?.record(in: db)
            return summary
        }
    }
}

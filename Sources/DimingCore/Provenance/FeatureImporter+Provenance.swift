extension FeatureImporter {
    /// Imports `source` and records where its data come from, in one transaction. With no
    /// provenance an added import leaves the layer's record as it was, and a `replace` removes
    /// it: the old record (the demo's "synthetic", say) no longer describes the layer.
    public func run(_ source: FeatureSource, into database: DimingDatabase, provenance: LayerSource?,
                    progress: ((Int) -> Void)? = nil) throws -> ImportSummary {
        try database.write { db in
            let summary = try importFeatures(source, in: db, progress: progress)
            if let provenance {
                try provenance.record(in: db)
            } else if options.replace {
                _ = try LayerSource.deleteOne(db, key: layer.name)
            }
            return summary
        }
    }
}

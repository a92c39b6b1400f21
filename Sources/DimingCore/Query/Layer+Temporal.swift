extension Layer {
    /// The column holding a feature's time, which the `datetime` query parameter filters on:
    /// by convention the first text column named `datetime` or `date`, or ending in `_at`,
    /// `_date` or `_time`, holding RFC 3339 text (`2024-07-01T08:30:00Z` or `2024-07-01`).
    /// The core layers have none; a later layer with such a column gets `datetime` filtering
    /// and a temporal extent without touching the server.
    public var temporalColumn: LayerColumn? {
        columns.first { column in
            column.kind == .text && (["datetime", "date"].contains(column.name)
                || ["_at", "_date", "_time"].contains { column.name.hasSuffix($0) })
        }
    }
}

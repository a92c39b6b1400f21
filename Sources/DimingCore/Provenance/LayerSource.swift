import GRDB

/// Where a layer's data come from (`diming_layer_sources`, migration `core-032-layer-sources`):
/// the source, its licence, whether the data are synthetic, and a note. `diming demo` fills it;
/// `diming import --source --licence` sets it; the collection metadata shows it to users.
public struct LayerSource: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "diming_layer_sources"

    public var layer: String
    /// Who made or published the data.
    public var source: String?
    /// The licence's name and holder, e.g. "MIT, © Clarmy".
    public var licence: String?
    /// Where the licence can be read, when known.
    public var licenceURL: String?
    /// Made up (all or part: see the note); never for administrative use.
    public var synthetic: Bool
    public var note: String?
    /// The short credit line a map or page shows, Chinese then English.
    public var attribution: String?

    enum CodingKeys: String, CodingKey {
        case layer, source, licence, licenceURL = "licence_url", synthetic, note, attribution
    }

    public init(layer: String, source: String?, licence: String?, licenceURL: String? = nil,
                synthetic: Bool, note: String? = nil, attribution: String? = nil) {
        self.layer = layer
        self.source = source
        self.licence = licence
        self.licenceURL = licenceURL
        self.synthetic = synthetic
        self.note = note
        self.attribution = attribution ?? Self.defaultAttribution(source: source, licence: licence, synthetic: synthetic)
    }

    /// "合成数据 … Synthetic …" for synthetic data, else the source and licence.
    static func defaultAttribution(source: String?, licence: String?, synthetic: Bool) -> String? {
        let credit = [source, licence].compactMap { $0 }.joined(separator: ", ")
        if synthetic { return [ProvenanceMessages.bilingual(ProvenanceMessages.synthetic), credit].filter { !$0.isEmpty }.joined(separator: " · ") }
        return credit.isEmpty ? nil : credit
    }

    /// Migration `core-032-layer-sources`.
    static func createTable(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE "diming_layer_sources" (
                "layer" TEXT PRIMARY KEY NOT NULL, "source" TEXT, "licence" TEXT, "licence_url" TEXT,
                "synthetic" INTEGER NOT NULL DEFAULT 0 CHECK ("synthetic" IN (0, 1)), "note" TEXT, "attribution" TEXT)
            """)
    }

    /// Records (or replaces) the layer's provenance, in the caller's transaction.
    public func record(in db: Database) throws {
        try upsert(db)
    }

    /// The layer's provenance; nil when nobody recorded one.
    public static func read(layer: String, in db: Database) throws -> LayerSource? {
        try fetchOne(db, key: layer)
    }
}

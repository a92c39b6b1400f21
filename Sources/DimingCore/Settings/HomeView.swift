import GRDB

/// Where the web map opens: the `home_division` setting's division, else the only county-level
/// division of the file (a county's own deployment), else the extent of every division.
public struct HomeView: Sendable, Equatable {
    /// Why the map opens here.
    public enum Source: String, Sendable {
        /// The `home_division` setting.
        case setting
        /// The only county-level division in the file.
        case onlyCounty = "only-county"
        /// Every division: several counties, or none.
        case allDivisions = "all-divisions"
    }

    /// The division opened on; nil when the view is the extent of every division.
    public var division: DivisionSummary?
    /// The box to fit; nil when the file holds no divisions.
    public var extent: BoundingBox?
    public var source: Source

    public init(division: DivisionSummary?, extent: BoundingBox?, source: Source) {
        self.division = division
        self.extent = extent
        self.source = source
    }

    /// The home view as the settings and the divisions of `db` make it.
    public static func read(in db: Database) throws -> HomeView {
        if let code = try SettingsStore.value(.homeDivision, in: db), let home = try division(code: code, in: db) {
            return HomeView(division: home.summary, extent: home.extent, source: .setting)
        }
        let counties = try String.fetchAll(db, sql: """
            SELECT code FROM \(table) WHERE level = ? LIMIT 2
            """, arguments: [DivisionLevel.county.rawValue])
        if counties.count == 1, let home = try division(code: counties[0], in: db) {
            return HomeView(division: home.summary, extent: home.extent, source: .onlyCounty)
        }
        return HomeView(division: nil, extent: try LayerStatistics.extent(of: .divisions, in: db), source: .allDivisions)
    }

    /// The county whose townships the file holds, when they all belong to one.
    public static func countyOfTownships(in db: Database) throws -> String? {
        let parents = try String.fetchAll(db, sql: """
            SELECT DISTINCT parent FROM \(table) WHERE level = ? AND parent IS NOT NULL LIMIT 2
            """, arguments: [DivisionLevel.township.rawValue])
        guard parents.count == 1, try division(code: parents[0], in: db) != nil else { return nil }
        return parents[0]
    }

    /// A division of the file with its bounding box, or nil when no division has this code.
    static func division(code: String, in db: Database) throws -> (summary: DivisionSummary, extent: BoundingBox?)? {
        let geom = Layer.geometryColumn.quotedDatabaseIdentifier
        guard let row = try Row.fetchOne(db, sql: """
            SELECT code, name, level, parent, MbrMinX(\(geom)) AS min_lon, MbrMinY(\(geom)) AS min_lat,
                   MbrMaxX(\(geom)) AS max_lon, MbrMaxY(\(geom)) AS max_lat
            FROM \(table) WHERE code = ?
            """, arguments: [code]) else { return nil }
        let code: String = row["code"]
        let levelText: String? = row["level"]
        let level = levelText.flatMap(DivisionLevel.init(rawValue:)) ?? DivisionCode(code)?.level ?? .county
        let summary = DivisionSummary(code: code, name: row["name"] ?? code, level: level, parent: row["parent"])
        var extent: BoundingBox?
        if let minLon: Double = row["min_lon"], let minLat: Double = row["min_lat"],
           let maxLon: Double = row["max_lon"], let maxLat: Double = row["max_lat"] {
            extent = BoundingBox(minLon: minLon, minLat: minLat, maxLon: maxLon, maxLat: maxLat)
        }
        return (summary, extent)
    }

    private static var table: String { Layer.divisions.name.quotedDatabaseIdentifier }
}

extension Settings {
    /// Where the web map opens (see ``HomeView``).
    public func homeView() async throws -> HomeView {
        try await database.pool.read { db in try HomeView.read(in: db) }
    }
}

import DimingCore
import Foundation
import GRDB

/// One stored version of a report, as `GET /reports/{id}` shows it.
public struct StoredReport: Sendable, Equatable {
    public var uid: String
    public var root: String
    public var replaces: String?
    public var version: Int
    public var isCurrent: Bool
    public var supersededAt: String?
    public var event: Int64
    public var reviewState: ReviewState
    public var submittedBy: String?
    public var receivedAt: String
    public var observedAt: String
    public var observedUTC: String
    public var locationSource: String
    public var accuracyM: Double?
    public var lon: Double
    public var lat: Double
    public var flags: [String]
    public var assignment: ReportAssignment
    public var scopeCode: String?
    public var note: String?
    public var photos: [String]
    /// The file names of the photos received so far (attachments of this version).
    public var photosPresent: [String] = []
    public var indicators: Indicators
    public var enteredMu: [Indicator: String]
    public var contentSHA256: String
    /// The household-level house list the version was sent with (nil without one).
    public var houses: ReportHouses? = nil

    /// The version as a GeoJSON Feature: the point as stored, figures as exact decimals.
    public var feature: ReportJSON {
        func text(_ value: String?) -> ReportJSON { value.map(ReportJSON.string) ?? .null }
        func number(_ value: Double?) -> ReportJSON { value.map { .number(Self.text($0)) } ?? .null }
        var properties: [(String, ReportJSON)] = [
            ("event", .number(String(event))), ("root", .string(root)), ("replaces", text(replaces)), ("version", .number(String(version))),
            ("is_current", .bool(isCurrent)), ("superseded_at", text(supersededAt)), ("review_state", .string(reviewState.rawValue)),
            ("submitted_by", text(submittedBy)), ("received_at", .string(receivedAt)), ("observed_at", .string(observedAt)),
            ("observed_utc", .string(observedUTC)), ("location_source", .string(locationSource)), ("accuracy_m", number(accuracyM)),
            ("flags", .array(flags.map(ReportJSON.string))),
            ("township_code", text(assignment.townshipCode)), ("township_name", text(assignment.townshipName)),
            ("county_code", text(assignment.countyCode)), ("scope_code", text(scopeCode)),
            ("nearest_address", text(assignment.nearestAddress)), ("nearest_address_m", number(assignment.nearestAddressM)),
            ("nearest_road", text(assignment.nearestRoad)), ("nearest_road_m", number(assignment.nearestRoadM)),
            ("nearest_shelter", text(assignment.nearestShelter)), ("nearest_shelter_m", number(assignment.nearestShelterM)),
            ("note", text(note)), ("photos", .array(photos.map(ReportJSON.string))), ("photos_expected", .number(String(photos.count))),
            ("photos_present", .number(String(photosPresent.count))),
            ("photos_missing", .array(photos.filter { !photosPresent.contains($0) }.map(ReportJSON.string))),
        ]
        for indicator in Indicator.allCases {
            properties.append((indicator.apiName, .number(indicators.decimalText(indicator))))
            if let muName = indicator.muName, let mu = enteredMu[indicator] { properties.append((muName, .number(mu))) }
        }
        properties += houses?.answerMembers ?? []
        return .object([
            ("type", .string("Feature")), ("id", .string(uid)),
            ("geometry", .object([("type", .string("Point")), ("coordinates", .array([.number(Self.text(lon)), .number(Self.text(lat))]))])),
            ("properties", .object(properties)),
        ])
    }

    /// Swift's shortest text that reads back as the same double: the point bit for bit.
    static func text(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// The SQL of the reports table.
enum ReportStore {
    static let columns = Indicator.allCases.map(\.column)

    // Every report's write reads and inserts through these: statements are prepared once per
    // connection (GRDB's cache), not parsed and authorized again for each report.
    static let fetchSQL = """
        SELECT uid, root, replaces, version, is_current, superseded_at, event, review_state, submitted_by, received_at,
               observed_at, observed_utc, location_source, accuracy_m, flags, township_code, township_name, county_code, scope_code,
               nearest_address, nearest_address_m, nearest_road, nearest_road_m, nearest_shelter, nearest_shelter_m,
               note, photos, crops_affected_mu, crops_hit_mu, crops_lost_mu, content_sha256, content, geom, \(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", "))
        FROM disaster_reports WHERE uid = ?
        """

    static func fetch(_ uid: String, in db: Database) throws -> StoredReport? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: fetchSQL), arguments: [uid]) else { return nil }
        var indicators = Indicators.zero
        for indicator in Indicator.allCases { indicators[indicator] = row[indicator.column] }
        var mu: [Indicator: String] = [:]
        for indicator in Indicator.allCases {
            if let name = indicator.muName, let text: String = row[name] { mu[indicator] = text }
        }
        guard case let .point(position)? = try row.geometry(at: Column("geom")) else { return nil }
        let assignment = ReportAssignment(townshipCode: row["township_code"], townshipName: row["township_name"], countyCode: row["county_code"],
                                          nearestAddress: row["nearest_address"], nearestAddressM: row["nearest_address_m"],
                                          nearestRoad: row["nearest_road"], nearestRoadM: row["nearest_road_m"],
                                          nearestShelter: row["nearest_shelter"], nearestShelterM: row["nearest_shelter_m"])
        var report = StoredReport(uid: row["uid"], root: row["root"], replaces: row["replaces"], version: row["version"], isCurrent: row["is_current"],
                            supersededAt: row["superseded_at"], event: row["event"],
                            reviewState: ReviewState(rawValue: row["review_state"]) ?? .received, submittedBy: row["submitted_by"],
                            receivedAt: row["received_at"], observedAt: row["observed_at"], observedUTC: row["observed_utc"],
                            locationSource: row["location_source"], accuracyM: row["accuracy_m"], lon: position.lon, lat: position.lat,
                            flags: stringArray(row["flags"]), assignment: assignment, scopeCode: row["scope_code"], note: row["note"],
                            photos: stringArray(row["photos"]), photosPresent: try photosPresent(uid, in: db), indicators: indicators,
                            enteredMu: mu, contentSHA256: row["content_sha256"])
        report.houses = ReportHouses.stored(content: row["content"])
        return report
    }

    /// The names of the photos attached to the version (by the core's attachments), once each.
    static func photosPresent(_ uid: String, in db: Database) throws -> [String] {
        try String.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT file_name FROM diming_attachments WHERE layer = ? AND feature_id = ? AND file_name IS NOT NULL ORDER BY file_name
            """), arguments: [Layer.disasterReports.name, uid])
    }

    static func stringArray(_ json: String?) -> [String] {
        guard let json, case let .array(items)? = ReportJSONReader.parse(Array(json.utf8)) else { return [] }
        return items.compactMap { if case let .string(text) = $0 { text } else { nil } }
    }

    static func jsonArray(_ items: [String]) -> String {
        ReportJSON.array(items.map(ReportJSON.string)).text
    }

    /// The content hash of version `uid`, nil when there is none: the idempotency check of every
    /// submission reads this column, not the row (GRDB maps a row's every column by name).
    static func contentSHA256(of uid: String, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT content_sha256 FROM disaster_reports WHERE uid = ?"), arguments: [uid])
    }

    /// The event's status, nil when there is no such event.
    static func eventStatus(_ event: Int64, in db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT status FROM disaster_events WHERE id = ?"), arguments: [event])
    }

    /// The current version of the report whose root is `root`.
    static func currentUID(root: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT uid FROM disaster_reports WHERE root = ? AND is_current = 1", arguments: [root])
    }

    static func supersede(_ uid: String, at time: String, in db: Database) throws {
        try db.execute(sql: "UPDATE disaster_reports SET is_current = 0, superseded_at = ? WHERE uid = ?", arguments: [time, uid])
    }

    /// The columns an insert writes, in the order of ``insert(_:root:version:receivedAt:submittedBy:flags:assignment:scopeCode:in:)``'s values.
    static let insertedColumns: [String] = ["uid", "event", "root", "replaces", "version", "is_current", "review_state", "submitted_by", "received_at",
        "observed_at", "observed_utc", "location_source", "accuracy_m", "flags", "township_code", "township_name", "county_code", "scope_code",
        "nearest_address", "nearest_address_m", "nearest_road", "nearest_road_m", "nearest_shelter", "nearest_shelter_m",
        "note", "photos", "photos_expected", "content_sha256", "content", "geom"]
        + Indicator.allCases.flatMap { indicator in [indicator.column] + (indicator.muName.map { [$0] } ?? []) }

    static let insertSQL = "INSERT INTO disaster_reports (\(insertedColumns.map(\.quotedDatabaseIdentifier).joined(separator: ", "))) VALUES ("
        + Array(repeating: "?", count: insertedColumns.count).joined(separator: ", ") + ")"

    /// Inserts the version and returns it as ``fetch(_:in:)`` would read it back (the values just
    /// written, and no photo present: photos are attached to a version that exists, after it),
    /// sparing every report a second read.
    static func insert(_ draft: ReportDraft, root: String, version: Int, receivedAt: String, submittedBy: String, flags: [String],
                       assignment: ReportAssignment, scopeCode: String?, in db: Database) throws -> StoredReport {
        var values: [(any DatabaseValueConvertible)?] = [
            draft.uid, draft.event, root, draft.replaces, version, 1, ReviewState.received.rawValue, submittedBy, receivedAt, draft.observedAt,
            draft.observedUTC, draft.locationSource.rawValue, draft.accuracyM, jsonArray(flags), assignment.townshipCode, assignment.townshipName,
            assignment.countyCode, scopeCode, assignment.nearestAddress, assignment.nearestAddressM, assignment.nearestRoad, assignment.nearestRoadM,
            assignment.nearestShelter, assignment.nearestShelterM, draft.note, jsonArray(draft.photos), draft.photos.count,
            draft.contentSHA256, draft.content, Data(SpatiaLiteBlob.encode(.point(Position(lon: draft.lon, lat: draft.lat)), srid: 4490)),
        ]
        for indicator in Indicator.allCases {
            values.append(draft.indicators[indicator])
            if indicator.muName != nil { values.append(draft.enteredMu[indicator]) }
        }
        try db.cachedStatement(sql: insertSQL).execute(arguments: StatementArguments(values))
        var stored = assignment
        stored.onBorder = false  // not a column: the flags say it
        var report = StoredReport(uid: draft.uid, root: root, replaces: draft.replaces, version: version, isCurrent: true, supersededAt: nil,
                                  event: draft.event, reviewState: .received, submittedBy: submittedBy, receivedAt: receivedAt,
                                  observedAt: draft.observedAt, observedUTC: draft.observedUTC, locationSource: draft.locationSource.rawValue,
                                  accuracyM: draft.accuracyM, lon: draft.lon, lat: draft.lat, flags: flags, assignment: stored, scopeCode: scopeCode,
                                  note: draft.note, photos: draft.photos, photosPresent: [],
                                  indicators: draft.indicators, enteredMu: draft.enteredMu, contentSHA256: draft.contentSHA256)
        report.houses = ReportHouses.stored(content: draft.content)
        return report
    }
}

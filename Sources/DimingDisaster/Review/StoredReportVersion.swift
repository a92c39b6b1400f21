import DimingCore
import Foundation
import GRDB

/// One stored version of a report as readers see it: where it stands in review, whether it
/// is the report's current version, where it is and its figures (exact, in stored units).
public struct StoredReportVersion: Sendable, Equatable {
    public var uid: String
    public var event: Int64
    public var root: String
    public var replaces: String?
    public var version: Int
    public var isCurrent: Bool
    public var supersededAt: String?
    public var reviewState: ReviewState
    public var submittedBy: String?
    public var receivedAt: String
    public var observedAt: String
    public var observedUTC: String
    public var locationSource: String
    public var accuracyM: Double?
    /// JSON array text, as stored.
    public var flags: String
    public var townshipCode: String?
    public var townshipName: String?
    public var countyCode: String?
    public var scopeCode: String?
    public var nearestAddress: String?
    public var nearestAddressM: Double?
    public var nearestRoad: String?
    public var nearestRoadM: Double?
    public var nearestShelter: String?
    public var nearestShelterM: Double?
    public var note: String?
    /// JSON array text of the expected photo file names.
    public var photos: String
    public var photosExpected: Int
    public var figures: Indicators
    /// The 亩 text an area was entered in, by indicator.
    public var enteredMu: [Indicator: String]
    public var lon: Double
    public var lat: Double

    /// Whether it counts in a summary: current and not rejected.
    public var counts: Bool { isCurrent && reviewState.counts }

    /// The expected photo file names.
    public var photoNames: [String] {
        (try? JSONDecoder().decode([String].self, from: Data(photos.utf8))) ?? []
    }

    /// Properties in output order (GeoJSON, JSON and CSV): figures as exact decimal numbers in
    /// their API names (`crops_affected_ha`), each area's `_mu` column with the 亩 text it was entered in (null when given in hectares).
    public var properties: [(name: String, value: PropertyValue)] {
        func text(_ value: String?) -> PropertyValue { value.map(PropertyValue.string) ?? .null }
        func real(_ value: Double?) -> PropertyValue { value.map(PropertyValue.real) ?? .null }
        var result: [(name: String, value: PropertyValue)] = [
            ("uid", .string(uid)), ("event", .integer(event)), ("root", .string(root)), ("replaces", text(replaces)),
            ("version", .integer(Int64(version))), ("is_current", .bool(isCurrent)), ("superseded_at", text(supersededAt)),
            ("review_state", .string(reviewState.rawValue)), ("submitted_by", text(submittedBy)),
            ("received_at", .string(receivedAt)), ("observed_at", .string(observedAt)), ("observed_utc", .string(observedUTC)),
            ("location_source", .string(locationSource)), ("accuracy_m", real(accuracyM)), ("flags", .json(flags)),
            ("township_code", text(townshipCode)), ("township_name", text(townshipName)), ("county_code", text(countyCode)),
            ("scope_code", text(scopeCode)),
            ("nearest_address", text(nearestAddress)), ("nearest_address_m", real(nearestAddressM)),
            ("nearest_road", text(nearestRoad)), ("nearest_road_m", real(nearestRoadM)),
            ("nearest_shelter", text(nearestShelter)), ("nearest_shelter_m", real(nearestShelterM)),
            ("note", text(note)), ("photos", .json(photos)), ("photos_expected", .integer(Int64(photosExpected))),
        ]
        for indicator in Indicator.allCases {
            result.append((indicator.apiName, .json(figures.decimalText(indicator))))
            if let mu = indicator.muName { result.append((mu, text(enteredMu[indicator]))) }
        }
        return result
    }

    /// One JSON object of ``properties`` with the point as `lon`/`lat`.
    public func appendJSON(to out: inout JSONOutput) {
        out.append("{")
        for (name, value) in properties {
            out.appendString(name)
            out.append(UInt8(ascii: ":"))
            out.appendProperty(value)
            out.append(UInt8(ascii: ","))
        }
        out.append("\"lon\":")
        out.appendCoordinate(lon, decimals: 7)
        out.append(",\"lat\":")
        out.appendCoordinate(lat, decimals: 7)
        out.append("}")
    }
}

extension StoredReportVersion {
    /// The columns read, in the order ``init(row:)`` expects.
    static let selection = """
        "uid", "event", "root", "replaces", "version", "is_current", "superseded_at", "review_state", "submitted_by",
        "received_at", "observed_at", "observed_utc", "location_source", "accuracy_m", "flags", "township_code",
        "township_name", "county_code", "scope_code", "nearest_address", "nearest_address_m", "nearest_road",
        "nearest_road_m", "nearest_shelter", "nearest_shelter_m", "note", "photos", "photos_expected",
        X("geom") AS "lon", Y("geom") AS "lat", "crops_affected_mu", "crops_hit_mu", "crops_lost_mu",
        """ + Indicator.allCases.map { "\"\($0.column)\"" }.joined(separator: ", ")

    init(row: Row) {
        var figures = Indicators()
        for indicator in Indicator.allCases { figures[indicator] = row[indicator.column] ?? 0 }
        var mu: [Indicator: String] = [:]
        for indicator in Indicator.allCases {
            if let name = indicator.muName, let text: String = row[name] { mu[indicator] = text }
        }
        let state: String = row["review_state"]
        self.init(uid: row["uid"], event: row["event"], root: row["root"], replaces: row["replaces"], version: row["version"],
                  isCurrent: (row["is_current"] as Int?) == 1, supersededAt: row["superseded_at"],
                  reviewState: ReviewState(rawValue: state) ?? .received, submittedBy: row["submitted_by"],
                  receivedAt: row["received_at"], observedAt: row["observed_at"], observedUTC: row["observed_utc"],
                  locationSource: row["location_source"], accuracyM: row["accuracy_m"], flags: row["flags"],
                  townshipCode: row["township_code"], townshipName: row["township_name"], countyCode: row["county_code"],
                  scopeCode: row["scope_code"], nearestAddress: row["nearest_address"], nearestAddressM: row["nearest_address_m"],
                  nearestRoad: row["nearest_road"], nearestRoadM: row["nearest_road_m"], nearestShelter: row["nearest_shelter"],
                  nearestShelterM: row["nearest_shelter_m"], note: row["note"], photos: row["photos"],
                  photosExpected: row["photos_expected"], figures: figures, enteredMu: mu, lon: row["lon"], lat: row["lat"])
    }
}

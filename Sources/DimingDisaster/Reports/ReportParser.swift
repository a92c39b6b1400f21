import DimingCore
import Foundation

/// Reads a report Feature (issue 11's contract) into a ``ReportDraft``, collecting every
/// refused field before throwing ``ReportsError/invalid(_:)``: malformed input is 400, a
/// well-formed value that breaks a rule (range, consistency) is 422.
public enum ReportParser {
    static let featureMembers: Set<String> = ["type", "id", "geometry", "properties", "bbox"]
    static let plainProperties: Set<String> = ["event", "observed_at", "location_source", "accuracy_m", "crs", "replaces", "note", "photos", "houses"]

    /// Every property name a report may carry.
    public static let allowedProperties: Set<String> = plainProperties
        .union(Indicator.allCases.map(\.apiName)).union(Indicator.allCases.compactMap(\.muName))

    public static func parse(_ bytes: [UInt8]) throws(ReportsError) -> ReportDraft {
        guard let json = ReportJSONReader.parse(bytes) else {
            throw .invalid([ReportFieldIssue("body", status: 400, ReportsMessages.notJSON)])
        }
        return try parse(json)
    }

    public static func parse(_ feature: ReportJSON) throws(ReportsError) -> ReportDraft {
        var issues: [ReportFieldIssue] = []
        func malformed(_ field: String, _ message: Message, _ arguments: [String: String] = [:]) {
            issues.append(ReportFieldIssue(field, status: 400, message, arguments.merging(["field": field]) { a, _ in a }))
        }
        guard case let .object(members) = feature, feature["type"] == .string("Feature"),
              case .object = feature["properties"] ?? .null else {
            throw .invalid([ReportFieldIssue("body", status: 400, ReportsMessages.notFeature)])
        }
        for (name, _) in members where !featureMembers.contains(name) { malformed(name, ReportsMessages.unknownMember) }
        guard case let .object(properties) = feature["properties"]! else { throw .invalid(issues) }
        for (name, _) in properties where !allowedProperties.contains(name) { malformed("properties.\(name)", ReportsMessages.unknownMember) }
        let property = { (name: String) -> ReportJSON? in
            let value = feature["properties"]?[name]
            return value == .null ? nil : value
        }

        // id
        var uid = ""
        switch feature["id"] {
        case let .string(text)?:
            if let parsed = uuid(text) { uid = parsed } else { malformed("id", ReportsMessages.notUUID) }
        case nil, .null?: malformed("id", ReportsMessages.required)
        default: malformed("id", ReportsMessages.notUUID)
        }

        // geometry: a Point, the doubles nearest the text sent (Swift parses them correctly rounded).
        var lon = 0.0, lat = 0.0
        if case let .array(coordinates)? = feature["geometry"]?["coordinates"], feature["geometry"]?["type"] == .string("Point"),
           coordinates.count == 2, case let .number(lonText) = coordinates[0], case let .number(latText) = coordinates[1],
           let x = Double(lonText), let y = Double(latText) {
            lon = x
            lat = y
            if !(-180...180).contains(x) || !(-90...90).contains(y) {
                // [lat, lon] for a place in China always puts a latitude over 90 here.
                let swapped = (-90...90).contains(x) && (-180...180).contains(y)
                issues.append(ReportFieldIssue("geometry", swapped ? ReportsMessages.swapped : ReportsMessages.outOfRange, ["lon": lonText, "lat": latText]))
            } else if x == 0, y == 0 {
                issues.append(ReportFieldIssue("geometry", ReportsMessages.zeroPoint))
            }
        } else {
            issues.append(ReportFieldIssue("geometry", status: 400, ReportsMessages.notPoint))
        }

        // event
        var event: Int64 = 0
        switch property("event") {
        case let .number(text)?:
            if let value = Int64(text), value > 0 { event = value } else { malformed("event", ReportsMessages.notWhole) }
        case nil: malformed("event", ReportsMessages.required)
        default: malformed("event", ReportsMessages.notWhole)
        }

        // observed_at
        var observedAt = "", observedUTC = ""
        switch property("observed_at") {
        case let .string(text)?:
            if let time = EventTime(parsing: text) { observedAt = text; observedUTC = time.utcKeepingFraction } else { malformed("observed_at", ReportsMessages.observedAt) }
        case nil: malformed("observed_at", ReportsMessages.required)
        default: malformed("observed_at", ReportsMessages.observedAt)
        }

        // location_source, accuracy_m
        var source = ReportDraft.LocationSource.gps
        switch property("location_source") {
        case let .string(text)?:
            if let parsed = ReportDraft.LocationSource(rawValue: text) { source = parsed } else { malformed("location_source", ReportsMessages.locationSource) }
        case nil: malformed("location_source", ReportsMessages.required)
        default: malformed("location_source", ReportsMessages.locationSource)
        }
        // crs: a point picked on a Chinese web map (GCJ-02, BD-09) is converted to CGCS2000 before
        // it is stored and placed, so the same spot sent by GPS and by map is one spot, not 500 m
        // apart (TC-12); the coordinates as sent stay in the stored content, and the report is flagged.
        var convertedFrom: SourceFrame?
        switch property("crs") {
        case let .string(text)?:
            if let frame = ReportDraft.frame(named: text) {
                if frame == .gcj02 || frame == .bd09, issues.allSatisfy({ $0.field != "geometry" }) {
                    let converted = frame.toCGCS2000(Position(lon: lon, lat: lat))
                    (lon, lat, convertedFrom) = (converted.lon, converted.lat, frame)
                }
            } else {
                malformed("crs", ReportsMessages.crs)
            }
        case nil: break
        default: malformed("crs", ReportsMessages.crs)
        }
        var accuracy: Double?
        switch property("accuracy_m") {
        case let .number(text)?:
            if let value = Double(text), value >= 0, value.isFinite { accuracy = value } else { malformed("accuracy_m", ReportsMessages.notDecimal) }
        case nil: break
        default: malformed("accuracy_m", ReportsMessages.notDecimal)
        }

        // replaces, note, photos
        var replaces: String?
        switch property("replaces") {
        case let .string(text)?:
            if let parsed = uuid(text) { replaces = parsed } else { malformed("replaces", ReportsMessages.notUUID) }
        case nil: break
        default: malformed("replaces", ReportsMessages.notUUID)
        }
        if replaces != nil, replaces == uid { issues.append(ReportFieldIssue("replaces", ReportsMessages.replacesItself)) }
        var note: String?
        switch property("note") {
        case let .string(text)?: note = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
        case nil: break
        default: malformed("note", ReportsMessages.notText)
        }
        var photos: [String] = []
        switch property("photos") {
        case let .array(items)?:
            let names = items.compactMap { item -> String? in if case let .string(name) = item, (try? AttachmentName.validated(name)) != nil { return name } else { return nil } }
            if names.count == items.count, Set(names).count == names.count { photos = names } else { malformed("photos", ReportsMessages.notPhotoList) }
        case nil: break
        default: malformed("photos", ReportsMessages.notPhotoList)
        }

        // The figures, in stored units.
        var indicators = Indicators.zero
        var enteredMu: [Indicator: String] = [:]
        for indicator in Indicator.allCases {
            let field = indicator.apiName
            if let muName = indicator.muName, let mu = property(muName) {
                if property(field) != nil { malformed(field, ReportsMessages.bothUnits, ["alias": muName]); continue }
                guard case let .number(text) = mu else { malformed(muName, ReportsMessages.notDecimal); continue }
                do throws(ReportQuantity.Failure) {
                    indicators[indicator] = try ReportQuantity.squareMetres(mu: text)
                    enteredMu[indicator] = text
                } catch {
                    quantityIssue(error, field: muName, digits: 4, malformed)
                }
                continue
            }
            guard let value = property(field) else { continue }
            guard case let .number(text) = value else {
                malformed(field, indicator.isDecimal ? ReportsMessages.notDecimal : ReportsMessages.notWhole)
                continue
            }
            do throws(ReportQuantity.Failure) {
                indicators[indicator] = try ReportQuantity.stored(text, for: indicator)
            } catch {
                quantityIssue(error, field: field, digits: indicator.isDecimal ? 4 : 0, malformed)
            }
        }
        // A house list gives the house figures itself: rooms ≥ households by construction, and a
        // class may have rooms without households (the household counted in a worse class, TC-3).
        let houses = ReportHouses.read(property("houses"), given: { property($0) != nil }, figures: &indicators, issues: &issues)
        if issues.isEmpty { issues += ReportConsistency.issues(indicators).filter { houses == nil || !ReportHouses.houseFields.contains($0.field) } }
        guard issues.isEmpty else { throw .invalid(issues) }

        // The content as submitted, with the id as stored so that `uuid:X` and `X` are one report.
        var canonicalMembers = members.filter { $0.0 != "id" }
        canonicalMembers.append(("id", .string(uid)))
        let content = ReportJSON.object(canonicalMembers).canonical
        return ReportDraft(uid: uid, lon: lon, lat: lat, event: event, observedAt: observedAt, observedUTC: observedUTC,
                           locationSource: source, accuracyM: accuracy, replaces: replaces, note: note, photos: photos,
                           indicators: indicators, enteredMu: enteredMu, content: content, contentSHA256: ReportDraft.sha256(of: content),
                           convertedFrom: convertedFrom)
    }

    private static func quantityIssue(_ failure: ReportQuantity.Failure, field: String, digits: Int,
                                      _ malformed: (String, Message, [String: String]) -> Void) {
        switch failure {
        case .notADecimal: malformed(field, digits == 0 ? ReportsMessages.notWhole : ReportsMessages.notDecimal, [:])
        case .notWhole: malformed(field, ReportsMessages.notWhole, [:])
        case let .tooPrecise(maximum): malformed(field, ReportsMessages.tooPrecise, ["digits": String(maximum)])
        }
    }

    /// The UUID in `text` (optionally `uuid:`-prefixed, as ODK writes it), lower case.
    static func uuid(_ text: String) -> String? {
        UUIDText.canonical(text.hasPrefix("uuid:") ? text.dropFirst(5) : text[...])
    }
}

import DimingCore
import Foundation

extension PlaceDraft {
    /// A geometry given as text on the command line: GeoJSON (a geometry or a feature) or WKT.
    public static func geometry(parsing text: String) throws -> Geometry {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("{") else {
            do { return try WKTReader.parse(trimmed) } catch { throw GazetteerError.invalidGeometry(.problem(error)) }
        }
        let wrapped = trimmed.contains("\"Feature\"") ? trimmed : #"{"type":"Feature","properties":{},"geometry":"# + trimmed + "}"
        var found: Geometry?
        do {
            try GeoJSONReader(bytes: Array(wrapped.utf8)).forEachFeature { _, feature in found = found ?? feature.geometry }
        } catch let problem as any Problem {
            throw GazetteerError.invalidGeometry(.problem(problem))
        }
        guard let found else { throw GazetteerError.invalidGeometry(Reason(GazetteerMessages.noGeometry, ["number": "1"])) }
        return found
    }

    /// The new places of a split or merge, one per feature of `source`: `name` and `category`
    /// required, `division`, `specific`, `generic`, `meaning`, `history`, `sources`, `reading` optional.
    public static func drafts(from source: FeatureSource) throws -> [PlaceDraft] {
        var drafts: [PlaceDraft] = []
        try source.forEachFeature { number, feature in
            func text(_ key: String) -> String? {
                if case let .string(value)? = feature.properties[key], !value.isEmpty { return value }
                return nil
            }
            guard let name = text("name") else { throw GazetteerError.missingField(field: "features[\(number)].name", action: "split") }
            let categoryText = text("category") ?? ""
            guard let category = PlaceCategory(rawValue: categoryText) else {
                throw GazetteerError.invalidValue(field: "features[\(number)].category", value: categoryText,
                                                  allowed: PlaceCategory.allCases.map(\.rawValue))
            }
            guard let geometry = feature.geometry else { throw GazetteerError.invalidGeometry(Reason(GazetteerMessages.noGeometry, ["number": String(number)])) }
            drafts.append(PlaceDraft(name: name, category: category, geometry: geometry, division: text("division"),
                                     specific: text("specific"), generic: text("generic"), meaning: text("meaning"),
                                     history: text("history"), sources: text("sources"), reading: text("reading")))
        }
        return drafts
    }
}

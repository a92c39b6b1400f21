import DimingCore

/// `properties.houses` of a report: one object per load-bearing structure,
/// `{"household": "H-12", "structure": "main", "class": "collapsed", "rooms": 3}` (structure
/// defaults to `main`). A structure appears once: the assessor's "rooms 1–2 collapsed, room 3
/// severe" sent as two entries of one structure is refused (TC-3), never counted twice.
extension ReportHouses {
    static let members: Set<String> = ["household", "structure", "class", "rooms"]
    /// Rooms of one structure above this are a typing slip (and keep every sum far inside `Int`).
    static let maximumRooms = 9_999

    /// Reads `value` (nil when the report has no `houses`), appending each refused field to
    /// `issues`. A valid list replaces the house figures in `figures` by the ones it gives
    /// under ``HouseholdCountRule/configured``; a house figure the report also gives
    /// (`given`) must be the same, so that no report is counted two ways.
    static func read(_ value: ReportJSON?, given: (String) -> Bool, figures: inout Indicators,
                     issues: inout [ReportFieldIssue]) -> ReportHouses? {
        guard let value, value != .null else { return nil }
        guard case let .array(items) = value else {
            issues.append(ReportFieldIssue("houses", status: 400, HousesMessages.notArray))
            return nil
        }
        let before = issues.count
        var structures: [HouseStructure] = []
        var listedAt: [[String]: Int] = [:]
        for (index, item) in items.enumerated() {
            let path = "houses[\(index)]"
            func malformed(_ field: String, _ message: Message) {
                issues.append(ReportFieldIssue("\(path).\(field)", status: 400, message, ["field": "\(path).\(field)"]))
            }
            guard case let .object(members) = item else {
                issues.append(ReportFieldIssue(path, status: 400, HousesMessages.notObject, ["field": path]))
                continue
            }
            for (name, _) in members where !Self.members.contains(name) { malformed(name, ReportsMessages.unknownMember) }
            let household = text(item["household"], default: nil, path: path, field: "household", malformed)
            let structure = text(item["structure"], default: HouseStructure.mainStructure, path: path, field: "structure", malformed)
            var houseClass: HouseClass?
            switch item["class"] {
            case let .string(name)?: houseClass = HouseClass(rawValue: name)
                if houseClass == nil { malformed("class", HousesMessages.houseClass) }
            case nil, .null?: malformed("class", ReportsMessages.required)
            default: malformed("class", HousesMessages.houseClass)
            }
            var rooms: Int?
            switch item["rooms"] {
            case let .number(text)?:
                if let whole = try? ReportQuantity.scaled(text, fractionDigits: 0) {
                    if (1...maximumRooms).contains(whole) { rooms = whole } else {
                        issues.append(ReportFieldIssue("\(path).rooms", HousesMessages.rooms, ["field": "\(path).rooms", "maximum": String(maximumRooms)]))
                    }
                } else { malformed("rooms", ReportsMessages.notWhole) }
            case nil, .null?: malformed("rooms", ReportsMessages.required)
            default: malformed("rooms", ReportsMessages.notWhole)
            }
            guard let household, let structure, let houseClass, let rooms else { continue }
            if let first = listedAt[[household, structure]] {
                let other = structures[first]
                issues.append(ReportFieldIssue("\(path).class", other.houseClass == houseClass ? HousesMessages.listedTwice : HousesMessages.oneClass, [
                    "field": "\(path).class", "household": household, "structure": structure, "other": "houses[\(first)]",
                    "class": other.houseClass.rawValue,
                ]))
                continue
            }
            listedAt[[household, structure]] = structures.count
            structures.append(HouseStructure(household: household, structure: structure, houseClass: houseClass, rooms: rooms))
        }
        guard issues.count == before else { return nil }
        let houses = ReportHouses(structures)
        let derived = houses.figures(rule: .configured)
        for indicator in houseIndicators where given(indicator.apiName) && !issues.contains(where: { $0.field == indicator.apiName }) {
            guard figures[indicator] != derived[indicator] else { continue }
            issues.append(ReportFieldIssue(indicator.apiName, HousesMessages.disagrees, [
                "field": indicator.apiName, "value": String(figures[indicator]), "derived": String(derived[indicator]),
            ]))
        }
        for indicator in houseIndicators { figures[indicator] = derived[indicator] }
        return houses
    }

    /// A non-blank string member, `fallback` when it is absent (nil: required).
    private static func text(_ value: ReportJSON?, default fallback: String?, path: String, field: String,
                             _ malformed: (String, Message) -> Void) -> String? {
        switch value {
        case let .string(text)? where !text.allSatisfy(\.isWhitespace): return text
        case nil, .null?:
            if fallback == nil { malformed(field, ReportsMessages.required) }
            return fallback
        default:
            malformed(field, ReportsMessages.notText)
            return nil
        }
    }

    /// The houses of a stored version, read back from its canonical content (nil without any).
    static func stored(content: String?) -> ReportHouses? {
        guard let content, mentionsHouses(content), let json = ReportJSONReader.parse(Array(content.utf8)) else { return nil }
        var figures = Indicators.zero, issues: [ReportFieldIssue] = []
        return read(json["properties"]?["houses"], given: { _ in false }, figures: &figures, issues: &issues)
    }

    /// Whether `content` has a `"houses"` key at all: most reports have no house list, and this
    /// runs in the group commit's single writer for each of them.
    static func mentionsHouses(_ content: String) -> Bool {
        ByteSearch.contains(houseKey, in: content)
    }

    private static let houseKey = Array(#""houses""#.utf8)

    /// The members a stored version shows: each structure with whether it is a dwelling
    /// (auxiliary buildings are not, and are never eligible for reconstruction; a dwelling's
    /// eligibility is the reconstruction review's, TC-9), and the auxiliary buildings apart.
    var answerMembers: [(String, ReportJSON)] {
        let listed = structures.map { structure -> ReportJSON in
            let dwelling = structure.houseClass != .auxiliary
            return .object([
                ("household", .string(structure.household)), ("structure", .string(structure.structure)),
                ("class", .string(structure.houseClass.rawValue)), ("rooms", .number(String(structure.rooms))),
                ("dwelling", .bool(dwelling)), ("reconstruction_eligible", dwelling ? .null : .bool(false)),
            ])
        }
        return [("houses", .array(listed)), ("household_count_rule", .string(HouseholdCountRule.configured.rawValue)),
                ("auxiliary_structures", .number(String(auxiliaryStructures))), ("auxiliary_rooms", .number(String(auxiliaryRooms)))]
    }
}

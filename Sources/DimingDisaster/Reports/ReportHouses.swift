/// The damage class of one house structure (disaster.md §3.3). The whole structure of one
/// household is what is judged, so a structure has exactly one class.
public enum HouseClass: String, Sendable, CaseIterable {
    case collapsed      // 倒塌
    case severe         // 严重损坏
    case general        // 一般损坏
    /// 附属用房 (separate kitchen, livestock or work shed, temporary house): damaged, but not a
    /// dwelling, so never in the 户/间 figures and never eligible for reconstruction (TC-9).
    case auxiliary

    /// The household and room indicators of a dwelling class; nil for auxiliary buildings.
    public var figures: (households: Indicator, rooms: Indicator)? {
        switch self {
        case .collapsed: (.collapsedHouseholds, .collapsedRooms)
        case .severe: (.severeHouseholds, .severeRooms)
        case .general: (.generalHouseholds, .generalRooms)
        case .auxiliary: nil
        }
    }

    /// Higher is worse; auxiliary buildings rank below every dwelling class.
    var severity: Int {
        switch self {
        case .collapsed: 3
        case .severe: 2
        case .general: 1
        case .auxiliary: 0
        }
    }
}

/// One load-bearing structure of a household as the assessor classed it: `houses[i]` of a report.
public struct HouseStructure: Sendable, Equatable {
    /// The household's id in the village's ledger, e.g. `H-12`.
    public var household: String
    /// Which structure of the household, `main` unless the household has several.
    public var structure: String
    public var houseClass: HouseClass
    /// Natural rooms (自然间), at least one.
    public var rooms: Int

    public init(household: String, structure: String = HouseStructure.mainStructure, houseClass: HouseClass, rooms: Int) {
        self.household = household
        self.structure = structure
        self.houseClass = houseClass
        self.rooms = rooms
    }

    public static let mainStructure = "main"
}

/// The household-level house list of a report (`properties.houses`) and the 户/间 figures it
/// gives: 间 is the sum of the rooms in each class, 户 the distinct households following a
/// ``HouseholdCountRule``. Auxiliary buildings are listed apart and never counted as dwellings.
public struct ReportHouses: Sendable, Equatable {
    public var structures: [HouseStructure]

    public init(_ structures: [HouseStructure]) {
        self.structures = structures
    }

    /// The six house indicators, derived from the structures.
    public static let houseIndicators: [Indicator] = HouseClass.allCases.compactMap(\.figures).flatMap { [$0.households, $0.rooms] }

    /// The 户 and 间 figures of the dwellings (every other indicator zero).
    public func figures(rule: HouseholdCountRule = .configured) -> Indicators {
        var figures = Indicators.zero
        var classesByHousehold: [String: Set<HouseClass>] = [:]
        for structure in structures {
            guard let indicators = structure.houseClass.figures else { continue }
            figures[indicators.rooms] += structure.rooms
            classesByHousehold[structure.household, default: []].insert(structure.houseClass)
        }
        for classes in classesByHousehold.values {
            let counted: [HouseClass] = switch rule {
            case .eachClass: Array(classes)
            case .mostSevere: classes.max { $0.severity < $1.severity }.map { [$0] } ?? []
            }
            for houseClass in counted { if let indicators = houseClass.figures { figures[indicators.households] += 1 } }
        }
        return figures
    }

    /// The auxiliary buildings: listed, not counted as dwellings.
    public var auxiliaryStructures: Int { structures.filter { $0.houseClass == .auxiliary }.count }
    public var auxiliaryRooms: Int { structures.filter { $0.houseClass == .auxiliary }.reduce(0) { $0 + $1.rooms } }
}

extension ReportHouses {
    /// The API names of ``houseIndicators``.
    static let houseFields: Set<String> = Set(houseIndicators.map(\.apiName))
}

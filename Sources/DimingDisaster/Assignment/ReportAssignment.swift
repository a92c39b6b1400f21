import DimingCore
import GRDB

/// Where a report's point falls (disaster.md TC-12): its township and county from the
/// in-memory ``Locator`` (a point on a shared border goes to the locator's deterministic
/// owner and is flagged), and what is near it — the nearest house number, road and open
/// shelter with their distances in metres. A point outside every division is kept, with
/// no township, and flagged: it is counted as `unassigned`, never dropped.
public struct ReportAssignment: Sendable, Equatable {
    public var townshipCode: String?
    public var townshipName: String?
    public var countyCode: String?
    public var onBorder: Bool
    public var nearestAddress: String?
    public var nearestAddressM: Double?
    public var nearestRoad: String?
    public var nearestRoadM: Double?
    public var nearestShelter: String?
    public var nearestShelterM: Double?

    /// Whether the point lies in no division at all.
    public var isOutside: Bool { townshipCode == nil && countyCode == nil }

    public init(townshipCode: String? = nil, townshipName: String? = nil, countyCode: String? = nil, onBorder: Bool = false,
                nearestAddress: String? = nil, nearestAddressM: Double? = nil, nearestRoad: String? = nil, nearestRoadM: Double? = nil,
                nearestShelter: String? = nil, nearestShelterM: Double? = nil) {
        self.townshipCode = townshipCode
        self.townshipName = townshipName
        self.countyCode = countyCode
        self.onBorder = onBorder
        self.nearestAddress = nearestAddress
        self.nearestAddressM = nearestAddressM
        self.nearestRoad = nearestRoad
        self.nearestRoadM = nearestRoadM
        self.nearestShelter = nearestShelter
        self.nearestShelterM = nearestShelterM
    }

    /// The divisions part, from the locator alone.
    public static func divisions(lon: Double, lat: Double, locator: Locator) -> ReportAssignment {
        let located = locator.locate(Position(lon: lon, lat: lat))
        let township = located.chain.first { $0.level == .township }
        let county = located.chain.first { $0.level == .county }
        return ReportAssignment(townshipCode: township?.code, townshipName: township?.name, countyCode: county?.code,
                                onBorder: located.onBorder)
    }
}

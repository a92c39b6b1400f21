import DimingCore
import GRDB

extension ReportAssignment {
    /// The nearest house number, road and open shelter, with their distances in metres
    /// (``NearestFeatures``); the divisions are left empty.
    public static func nearest(lon: Double, lat: Double, in db: Database) throws -> ReportAssignment {
        var assignment = ReportAssignment()
        try assignment.addNearest(lon: lon, lat: lat, in: db)
        return assignment
    }

    /// The whole assignment of a report's point: its township and county from the locator, and
    /// what is near it from the layers. Called on a read connection before the report's write.
    public static func assign(lon: Double, lat: Double, locator: Locator, in db: Database) throws -> ReportAssignment {
        var assignment = divisions(lon: lon, lat: lat, locator: locator)
        try assignment.addNearest(lon: lon, lat: lat, in: db)
        return assignment
    }

    private mutating func addNearest(lon: Double, lat: Double, in db: Database) throws {
        let address = try NearestFeatures.address(lon: lon, lat: lat, in: db)
        let road = try NearestFeatures.road(lon: lon, lat: lat, in: db)
        let shelter = try NearestFeatures.shelter(lon: lon, lat: lat, in: db)
        nearestAddress = address?.label
        nearestAddressM = address?.metres
        nearestRoad = road?.label
        nearestRoadM = road?.metres
        nearestShelter = shelter?.label
        nearestShelterM = shelter?.metres
    }
}

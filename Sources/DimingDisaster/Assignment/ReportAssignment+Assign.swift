import DimingCore
import GRDB

extension ReportAssignment {
    /// The nearest house number, road and open shelter, with their distances in metres
    /// (``NearestFeatures``, the layers loaded for this call); the divisions are left empty.
    public static func nearest(lon: Double, lat: Double, in db: Database) throws -> ReportAssignment {
        var assignment = ReportAssignment()
        try assignment.addNearest(lon: lon, lat: lat, layers: NearestFeatures.Layers.load(from: db), in: db)
        return assignment
    }

    /// The whole assignment of a report's point: its township and county from the locator, and
    /// what is near it from the layers in memory (measured on a read connection, before the write).
    public static func assign(lon: Double, lat: Double, locator: Locator, nearby: NearestFeatures.Layers, in db: Database) throws -> ReportAssignment {
        var assignment = divisions(lon: lon, lat: lat, locator: locator)
        try assignment.addNearest(lon: lon, lat: lat, layers: nearby, in: db)
        return assignment
    }

    private mutating func addNearest(lon: Double, lat: Double, layers: NearestFeatures.Layers, in db: Database) throws {
        let address = try layers.address(lon: lon, lat: lat, in: db)
        let road = try layers.road(lon: lon, lat: lat, in: db)
        let shelter = try layers.shelter(lon: lon, lat: lat, in: db)
        nearestAddress = address?.label
        nearestAddressM = address?.metres
        nearestRoad = road?.label
        nearestRoadM = road?.metres
        nearestShelter = shelter?.label
        nearestShelterM = shelter?.metres
    }
}

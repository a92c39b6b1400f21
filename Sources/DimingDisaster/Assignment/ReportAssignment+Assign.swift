import DimingCore
import GRDB

extension ReportAssignment {
    /// The nearest house number, road and open shelter, with their distances in metres
    /// (``NearestFeatures``, the layers loaded for this call); the divisions are left empty.
    public static func nearest(lon: Double, lat: Double, in db: Database) throws -> ReportAssignment {
        var assignment = ReportAssignment()
        assignment.addNearest(lon: lon, lat: lat, layers: try NearestFeatures.Layers.load(from: db))
        return assignment
    }

    /// The whole assignment of a report's point: its township and county from the locator, and
    /// what is near it from the layers in memory: no database access, so it runs before the write.
    public static func assign(lon: Double, lat: Double, locator: Locator, nearby: NearestFeatures.Layers) -> ReportAssignment {
        var assignment = divisions(lon: lon, lat: lat, locator: locator)
        assignment.addNearest(lon: lon, lat: lat, layers: nearby)
        return assignment
    }

    private mutating func addNearest(lon: Double, lat: Double, layers: NearestFeatures.Layers) {
        let address = layers.address(lon: lon, lat: lat)
        let road = layers.road(lon: lon, lat: lat)
        let shelter = layers.shelter(lon: lon, lat: lat)
        nearestAddress = address?.label
        nearestAddressM = address?.metres
        nearestRoad = road?.label
        nearestRoadM = road?.metres
        nearestShelter = shelter?.label
        nearestShelterM = shelter?.metres
    }
}

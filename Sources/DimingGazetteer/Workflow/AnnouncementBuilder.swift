import Foundation
import DimingCore
import GRDB

/// 地名公告: the record an approved name is announced with (2023 备案公告办法): name, toneless
/// pinyin, category, division, location, authority, date and document.
enum AnnouncementBuilder {
    static func announcement(_ id: String, in db: Database) throws -> Announcement {
        let place = try PlaceStore.record(id, in: db)
        if place.status == .reserved { throw GazetteerError.reserved(id: id, name: place.name) }
        guard place.status.isStandard, let name = try NameStore.current(of: id, in: db) else {
            throw GazetteerError.notApproved(id: id, status: place.status)
        }
        let divisionNames = try place.division.map { try PlaceDivision.names(of: $0, in: db) } ?? []
        let divisionName = divisionNames.isEmpty ? nil : divisionNames.joined(separator: " ")
        var location = ""
        if let lon = place.lon, let lat = place.lat {
            location = String(format: "%.6f°E, %.6f°N", lon, lat)
        }
        if let divisionName { location += location.isEmpty ? divisionName : "；\(divisionName)" }
        return Announcement(placeID: id, name: name.name, pinyin: name.pinyin?.toneless ?? "", category: place.category,
                            division: place.division, divisionName: divisionName, location: location,
                            authority: name.authority, date: name.approvedOn, document: name.document)
    }
}

import DimingCore
import Foundation
import GRDB

/// A finding from what the inspector gives: for a marker, the measured position converted to
/// the plane of the marker's registered CRS, the displacement and its bearing, checked against
/// the round's tolerance; along the line, the position given.
enum FindingBuilder {
    static func finding(_ draft: FindingDraft, round: InspectionRound, recordedBy: String, in db: Database) throws -> InspectionFinding {
        let date = draft.inspectionDate ?? round.startedOn
        guard PlainDate.isDay(date) else { throw InspectionsError.invalidValue(field: "inspection_date", value: date) }
        let marker = try draft.marker.map { number in
            guard let found = try MarkerStore.fetch(number, in: db) else { throw MarkersError.unknownMarker(number) }
            guard found.line == round.line else { throw InspectionsError.markerNotOnLine(marker: number, markerLine: found.line, line: round.line) }
            return found
        }
        if draft.kind.markerCondition != nil, marker == nil { throw InspectionsError.needsMarker(draft.kind) }
        if draft.kind == .moved, draft.measured == nil { throw InspectionsError.needsMeasured(draft.kind) }
        // A missing marker was not measured: its finding sits on the registered point.
        let measured = draft.kind == .missing ? nil
            : try draft.measured.map { try MarkerGeodesy.locate(x: $0.x, y: $0.y, epsg: $0.epsg == 0 ? nil : $0.epsg, in: db) }
        var result = InspectionFinding(id: UUID().uuidString.lowercased(), round: round.id, line: round.line, marker: marker?.number,
                                       kind: draft.kind, inspectionDate: date, measured: measured?.0, displacementM: nil, bearingDeg: nil,
                                       withinTolerance: nil, note: draft.note, recordedBy: recordedBy, position: Position(lon: 0, lat: 0))
        if let marker {
            result.position = measured?.1 ?? marker.position
            if let measured {
                let displacement = try displacement(of: marker, to: measured.0, at: measured.1, in: db)
                result.displacementM = displacement.lengthM
                result.bearingDeg = displacement.bearingDeg
                result.withinTolerance = displacement.lengthM <= round.toleranceM
                if draft.kind == .intact, displacement.lengthM > round.toleranceM {
                    throw InspectionsError.beyondTolerance(marker: marker.number, displacementM: displacement.lengthM,
                                                           bearingDeg: displacement.bearingDeg, toleranceM: round.toleranceM)
                }
            }
        } else if let measured {
            result.position = measured.1
        } else if let position = draft.position {
            guard (-180...180).contains(position.lon), (-90...90).contains(position.lat) else {
                throw InspectionsError.invalidValue(field: "position", value: "\(position.lon),\(position.lat)")
            }
            result.position = position
        } else {
            throw InspectionsError.needsPosition(draft.kind)
        }
        return result
    }

    /// From the registered to the measured point on the registered CRS's plane: in the same
    /// zone the eastings only differ by the prefix; another zone's point goes through lon/lat.
    private static func displacement(of marker: BoundaryMarker, to point: SurveyedPoint, at position: Position, in db: Database) throws -> Displacement {
        guard let registered = MarkerCRS(epsg: marker.surveyed.epsg), let given = MarkerCRS(epsg: point.epsg) else {
            throw MarkersError.unknownEPSG(point.epsg)
        }
        let from = (x: marker.surveyed.x, y: registered.plainEasting(marker.surveyed.y))
        if registered.zone == given.zone {
            return Displacement(registered: from, measured: (point.x, given.plainEasting(point.y)))
        }
        let projected = try MarkerGeodesy.project(position, to: registered.epsg, in: db)
        return Displacement(registered: from, measured: (projected.x, registered.plainEasting(projected.y)))
    }
}

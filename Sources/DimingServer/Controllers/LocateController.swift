import DimingCore
import Foundation
import Hummingbird

/// `GET /locate?lon=&lat=`: the divisions a point belongs to, smallest first, whether it lies on
/// a border and the neighbours across it, and the point in Gauss-Krüger metres — as `diming
/// locate` prints them (both call ``Locator/locate(_:)`` and ``ProjectedPoint/gaussKruger(_:in:)``).
struct LocateController {
    let locators: LocatorCache

    func addRoutes(to group: RouterGroup<DimingRequestContext>) {
        group.get("/locate", use: locate)
    }

    @Sendable func locate(_ request: Request, context: DimingRequestContext) async throws -> Response {
        let parameters = Dictionary(try OGCQuery.check(request, allowed: ["lon", "lat"]).map { ($0.name, $0.value) },
                                    uniquingKeysWith: { first, _ in first })
        let lon = try Self.number(parameters, "lon"), lat = try Self.number(parameters, "lat")
        let position: Position
        do { position = try Position(checkedLon: lon, lat: lat) } catch { throw LocateError.invalidPosition(error) }
        let result = try await locators.locator().locate(position)
        let projected = try await ProjectedPoint.gaussKruger(position, in: locators.database)
        // A limited account sees only the divisions inside its scope, as in the items.
        let scope = context.identity?.scope ?? .everywhere
        let visible = { (division: DivisionSummary) in scope.allows(divisionCode: division.code) }
        let body: JSONValue = [
            "lon": .number(lon), "lat": .number(lat),
            Layer.divisions.name: .array(result.chain.filter(visible).map(Self.json)),
            "on_border": .bool(result.onBorder),
            "neighbours": .array(result.neighbours.filter(visible).map(Self.json)),
            "gauss_kruger": projected.map { metres in
                ["epsg": .integer(Int(metres.projection.epsg)), "easting": .number(metres.easting), "northing": .number(metres.northing)]
            } ?? .null,
        ]
        var headers: HTTPFields = [.contentType: MediaTypes.json]
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body.byteBuffer))
    }

    private static func number(_ parameters: [String: String], _ name: String) throws -> Double {
        guard let text = parameters[name] else { throw QueryError.invalidParameter(name, reason: Reason(QueryMessages.required)) }
        guard let value = Double(text), value.isFinite else {
            throw QueryError.invalidParameter(name, reason: Reason(QueryMessages.notNumber, ["text": text]))
        }
        return value
    }

    private static func json(_ division: DivisionSummary) -> JSONValue {
        ["code": .string(division.code), "name": .string(division.name), "level": .string(division.level.rawValue),
         "parent": division.parent.map(JSONValue.string) ?? .null]
    }
}

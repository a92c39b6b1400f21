import DimingBoundaries
import DimingCore

/// The boundary lines and the topology check in the OpenAPI document.
extension OpenAPIDocument {
    static var boundaryLinesPaths: [(String, JSONValue)] {
        let code: JSONValue = ["name": "code", "in": "path", "required": true, "description": "The line's code: the two division codes, smaller first (420505-420581).",
                               "schema": ["type": "string", "pattern": "^[0-9]{6,12}-[0-9]{6,12}$"]]
        let tolerance = boundaryQuery("tolerance", "Snapping tolerance in metres (default \(Boundaries.defaultTolerance)): differences below it are not findings.",
                                      ["type": "number", "minimum": 0, "maximum": .number(LinesError.maximumTolerance),
                                       "default": .number(Boundaries.defaultTolerance)])
        let level = boundaryQuery("level", "Only divisions of this level (county, township …).", ["type": "string"])
        let format = boundaryQuery("f", "json (the default) or geojson (a FeatureCollection; also for Accept: application/geo+json).",
                                   ["type": "string", "enum": ["json", "geojson"]])
        return [
            ("/boundaries/lines", ["get": boundaryOperation("Boundary lines 行政区域界线 (an account scoped to either side reads a line)", parameters: [
                boundaryQuery("division", "Only the lines of this division (either side).", ["type": "string"]), format,
            ], ok: boundaryContent("Lines (code, left_code, right_code, names, level, length_m, agreement, version, tolerance_m, derived_at)",
                                   geoJSON: true), errors: ["400"]),
                "post": [
                    "summary": "Derive the lines between neighbours again from the divisions (roles: boundary_inspector, admin; audited)",
                    "tags": ["Boundaries"], "security": [["bearer": []]], "parameters": [tolerance, level],
                    "responses": responses(boundaryContent("The codes added, changed, unchanged and removed"), errors: ["400", "401", "403"]),
                ]]),
            ("/boundaries/lines/{code}", ["get": boundaryOperation("One boundary line", parameters: [code, format],
                                                                       ok: boundaryContent("The line", geoJSON: true), errors: ["400", "404"])]),
            ("/boundaries/lines/{code}/versions", ["get": boundaryOperation("The earlier versions of a line, oldest first", parameters: [code],
                                                                                ok: boundaryContent("Versions (version, length_m, agreement, derived_at, replaced_at, reason)"),
                                                                                errors: ["400", "404"])]),
            ("/boundaries/check", ["get": boundaryOperation("Topology check 拓扑检查: gap, overlap, parent_gap, outside_parent, marker_off_line, sides_disagree, invalid_geometry",
                                                            parameters: [tolerance, level, format],
                                                            ok: boundaryContent("The report (findings with kind, codes, area_m2, width_m, location)", geoJSON: true),
                                                            errors: ["400"])]),
        ]
    }

    private static func boundaryQuery(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "style": "form", "explode": false,
         "description": .string(description), "schema": schema]
    }

    private static func boundaryOperation(_ summary: String, parameters: [JSONValue], ok: JSONValue, errors: [String]) -> JSONValue {
        ["summary": .string(summary), "tags": ["Boundaries"], "parameters": .array(parameters), "responses": responses(ok, errors: errors)]
    }

    private static func boundaryContent(_ description: String, geoJSON: Bool = false) -> JSONValue {
        var types: [(String, JSONValue)] = [(MediaTypes.json, ["schema": [:]])]
        if geoJSON { types.append((MediaTypes.geoJSON, ["schema": ["type": "object"]])) }
        return ["description": .string(description), "content": .object(types)]
    }
}

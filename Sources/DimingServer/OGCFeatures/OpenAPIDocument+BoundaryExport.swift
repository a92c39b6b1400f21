import DimingBoundaries
import DimingCore

extension OpenAPIDocument {
    /// `GET /boundaries/export` and `GET /boundaries/simplify` (``BoundaryExportController``).
    static var boundaryExportPaths: [(String, JSONValue)] {
        let codes: JSONValue = ["name": "codes", "in": "query", "required": true, "style": "form", "explode": false,
                                "description": "Boundary line codes (420505-420581) and division codes (6, 9 or 12 digits), comma-separated.",
                                "schema": ["type": "array", "minItems": 1, "items": ["type": "string", "pattern": "^[0-9]{6}([0-9]{3}){0,2}(-[0-9]{6}([0-9]{3}){0,2})?$"]]]
        let format: JSONValue = ["name": "f", "in": "query", "required": false,
                                 "description": "geojson (RFC 7946 FeatureCollection) or geojsonseq (RFC 8142 text sequence).",
                                 "schema": ["type": "string", "enum": ["geojson", "geojsonseq"]]]
        func metres(_ name: String, required: Bool, _ description: String) -> JSONValue {
            ["name": .string(name), "in": "query", "required": .bool(required), "description": .string(description),
             "schema": ["type": "number", "minimum": 0]]
        }
        let markers: JSONValue = ["name": "markers", "in": "query", "required": false,
                                  "description": "Also the markers of the lines named, with x_cgcs2000_gk, y_cgcs2000_gk and epsg.",
                                  "schema": ["type": "boolean", "default": false]]
        let level: JSONValue = ["name": "level", "in": "query", "required": false, "description": "The level of divisions (county by default).",
                                "schema": ["type": "string", "enum": .array(DivisionLevel.allCases.map { .string($0.rawValue) })]]
        let optionalCodes: JSONValue = ["name": "codes", "in": "query", "required": false, "style": "form", "explode": false,
                                        "description": "Only these division codes, comma-separated.",
                                        "schema": ["type": "array", "items": ["type": "string", "pattern": "^[0-9]{6}([0-9]{3}){0,2}$"]]]
        let features: JSONValue = [
            "description": "RFC 7946 GeoJSON: no crs, exterior rings counter-clockwise, 7 decimals, id = code",
            "content": [MediaTypes.geoJSON: ["schema": ["type": "object"]],
                        FeatureFormat.geojsonseq.mediaType: ["schema": ["type": "string"]]],
        ]
        return [
            ("/boundaries/export", ["get": [
                "summary": "Boundary lines and divisions as RFC 7946 GeoJSON 界线导出", "tags": ["Data"],
                "parameters": [codes, format, metres("simplify", required: false, "Simplify at this tolerance in metres, shared borders once."), markers],
                "responses": responses(features, errors: ["400", "404"]),
            ]]),
            ("/boundaries/simplify", ["get": [
                "summary": "Divisions simplified with shared borders kept identical 保持拓扑的简化", "tags": ["Data"],
                "parameters": [metres("tolerance", required: true, "The tolerance in metres (Gauss-Krüger)."), level, optionalCodes, format],
                "responses": responses(features, errors: ["400", "404"]),
            ]]),
        ]
    }
}

import DimingBoundaries
import DimingCore

/// The markers' and inspections' routes in the OpenAPI document: the reads (open like the
/// layers) and the writes (boundary_inspector scoped to either side of the line, or admin,
/// bearer token; audited).
extension OpenAPIDocument {
    static var boundaryMarkersPaths: [(String, JSONValue)] {
        let lineQuery = markerQuery("line", "Only this line's markers (its code, e.g. 420505-420581).")
        return [
            ("/boundaries/markers", [
                "get": markerOperation("Boundary markers 界桩 (f=geojson: a FeatureCollection with the surveyed metres and EPSG code)",
                                       parameters: [lineQuery, markerQuery("f", "json (default) or geojson.", ["type": "string", "enum": ["json", "geojson"]])],
                                       ok: json("markers (number, line, x_cgcs2000_gk, y_cgcs2000_gk, epsg, lon, lat, status …)"), errors: ["400", "404"]),
                "post": markerWrite("Register a marker (JSON), or import a 界桩登记表 (text/csv, UTF-8 or GB18030; one transaction, a refused row names its row and field)",
                                    content: [MediaTypes.json: ["schema": markerSchema], "text/csv": ["schema": ["type": "string"]]], parameters: [],
                                    created: "The marker registered (JSON body), or the import's counts added/updated (CSV body)"),
            ]),
            ("/boundaries/markers.csv", ["get": markerOperation("The 界桩登记表 as CSV (UTF-8 with BOM, Chinese headers)", parameters: [lineQuery],
                                                                ok: content("text/csv", "The register"), errors: ["400", "404"])]),
            ("/boundaries/lines/{code}/markers.csv", ["get": markerOperation("A line's 界桩登记表 as CSV", parameters: [path("code", "The line's code.")],
                                                                             ok: content("text/csv", "The register"), errors: ["400", "404"])]),
            ("/boundaries/markers/{number}", ["get": markerOperation("A marker 界桩", parameters: [path("number", "The marker's number as printed.")],
                                                                     ok: json("The marker"), errors: ["400", "404"])]),
            ("/boundaries/markers/{number}/history", ["get": markerOperation("A marker's findings over all inspection rounds, oldest first",
                                                                             parameters: [path("number", "The marker's number as printed.")],
                                                                             ok: json("marker and findings (round, kind, displacement_m, bearing_deg …)"),
                                                                             errors: ["400", "404"])]),
            ("/boundaries/inspections", [
                "get": markerOperation("Joint inspection rounds 联检轮次", parameters: [markerQuery("line", "Only this line's rounds.")],
                                       ok: json("rounds"), errors: ["400", "404"]),
                "post": markerWrite("Open a joint inspection round of a line 开启联检",
                                    content: [MediaTypes.json: ["schema": roundSchema]], parameters: [], created: "The round, with its id"),
            ]),
            ("/boundaries/inspections/{round}", ["get": markerOperation("A round with its findings", parameters: [path("round", "The round's id.")],
                                                                        ok: json("round and findings"), errors: ["400", "404"])]),
            ("/boundaries/inspections/{round}/findings", ["post": markerWrite(
                "Record a finding: a marker's condition (intact, damaged, moved — with the measured x/y —, missing) or one along the line; a marker recorded again in the same round replaces that round's finding",
                content: [MediaTypes.json: ["schema": findingSchema]], parameters: [path("round", "The round's id.")],
                created: "The finding, with displacement_m and bearing_deg for a measured marker")]),
            ("/boundaries/inspections/{round}/report", ["get": markerOperation(
                "The 联检报告: JSON, or the printable page with a map of the line for f=html or Accept: text/html",
                parameters: [path("round", "The round's id."), ref("f")], ok: content(MediaTypes.json, "The report", html: true), errors: ["400", "404"])]),
        ]
    }

    private static func markerQuery(_ name: String, _ description: String, _ schema: JSONValue = ["type": "string", "minLength": 1]) -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "style": "form", "explode": false, "description": .string(description), "schema": schema]
    }

    private static func path(_ name: String, _ description: String) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "description": .string(description), "schema": ["type": "string", "minLength": 1]]
    }

    private static func markerOperation(_ summary: String, parameters: [JSONValue], ok: JSONValue, errors: [String]) -> JSONValue {
        ["summary": .string(summary), "tags": ["Boundaries"], "parameters": .array(parameters), "responses": responses(ok, errors: errors)]
    }

    private static func markerWrite(_ summary: String, content: JSONValue, parameters: [JSONValue], created: String) -> JSONValue {
        var answers: [(String, JSONValue)] = [("201", ["description": .string(created), "content": [MediaTypes.json: ["schema": ["type": "object"]]]])]
        if summary.contains("text/csv") { answers.append(("200", ["description": "The import's counts", "content": [MediaTypes.json: ["schema": ["type": "object"]]]])) }
        for code in ["400", "401", "403", "404", "408", "409", "413", "415", "422"] { answers.append((code, ["$ref": "#/components/responses/problem"])) }
        answers.append(("default", ["$ref": "#/components/responses/problem"]))
        return ["summary": .string(summary + " (roles: boundary_inspector of either side, admin; audited)"), "tags": ["Boundaries"],
                "security": [["bearer": []]], "parameters": .array(parameters),
                "requestBody": ["required": true, "content": content], "responses": .object(answers)]
    }

    private static func schemaObject(_ required: [String], _ properties: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object([("type", "object"), ("additionalProperties", false), ("properties", .object(properties.map { ($0.key, $0.value) })),
                 ("required", .array(required.map { .string($0) }))])
    }

    private static let text: JSONValue = ["type": "string", "minLength": 1]
    private static let number: JSONValue = ["type": "number"]

    private static var markerSchema: JSONValue {
        schemaObject(["number", "line", "x", "y"], [
            "number": text, "line": text, "x": ["type": "number", "description": "X, the northing in metres"],
            "y": ["type": "number", "description": "Y, the easting in metres, with the zone prefix when the CRS has one"],
            "epsg": ["type": "integer", "description": "4534–4554, or 4513–4533 with the zone prefix; recognised from Y when absent"],
            "sequence": ["type": "integer", "minimum": 0], "type_code": ["type": "string", "enum": ["Q", "A", "B", "C", "D", "E"]],
            "kind": ["type": "string", "enum": ["single", "paired", "tripled"]], "material": text, "height_m": number, "location": text,
            "reference_objects": ["type": "array", "items": ["type": "object", "properties": ["name": text, "bearing_deg": number, "distance_m": number]]],
            "photos": ["type": "array", "items": text], "registered_on": ["type": "string", "format": "date"], "note": text,
        ])
    }

    private static var roundSchema: JSONValue {
        schemaObject(["line", "started_on"], [
            "line": text, "round": ["type": "integer", "minimum": 1], "started_on": ["type": "string", "format": "date"],
            "finished_on": ["type": "string", "format": "date"], "team_left": text, "team_right": text, "documents": ["type": "array", "items": text],
            "report_number": text, "tolerance_m": ["type": "number", "exclusiveMinimum": true, "minimum": 0, "maximum": 1000, "default": 0.1],
        ])
    }

    private static var findingSchema: JSONValue {
        schemaObject(["kind"], [
            "marker": text, "kind": ["type": "string", "enum": .array(FindingKind.allCases.map { .string($0.rawValue) })],
            "inspection_date": ["type": "string", "format": "date"], "x": number, "y": number, "epsg": ["type": "integer"],
            "lon": ["type": "number", "minimum": -180, "maximum": 180], "lat": ["type": "number", "minimum": -90, "maximum": 90], "note": text,
        ])
    }
}

import DimingCore

/// The OpenAPI 3.0 description at `/api`: every route, with the shared parameters (`limit`,
/// `bbox`, `datetime`, `f`, `after`) under `components.parameters` and referenced from the
/// paths. QGIS reads `components.parameters.limit.schema` (maximum, default) and the simple
/// property parameters of each `/collections/{id}/items`; the conformance suite discovers
/// every path from here. A test walks the router and this document against each other.
enum OpenAPIDocument {
    static func build(catalog: LayerCatalog, origin: String) -> JSONValue {
        var paths: [(String, JSONValue)] = [
            ("/", get("Landing page 首页", tag: "Capabilities", parameters: [ref("f")], response: json("The landing page"))),
            ("/conformance", get("Conformance classes", tag: "Capabilities", parameters: [ref("f")], response: json("The conformance classes"))),
            ("/api", get("This OpenAPI document", tag: "Capabilities", parameters: [], response: content(MediaTypes.openAPI, "The API definition"))),
            ("/api.html", get("The API as a web page", tag: "Capabilities", parameters: [], response: content("text/html", "The API definition as HTML"))),
            ("/collections", get("The feature collections 数据集", tag: "Data", parameters: [ref("f")], response: json("The collections"))),
        ]
        for layer in catalog.layers {
            let base = "/collections/\(layer.name)"
            paths.append((base, get("\(layer.title): metadata", tag: "Data", parameters: [ref("f")], response: json("The collection"))))
            var itemParameters = [ref("limit"), ref("bbox")]
            if layer.temporalColumn != nil { itemParameters.append(ref("datetime")) }
            itemParameters += [ref("after"), ref("f"), ref("crs"), ref("bbox-crs")]
            itemParameters += layer.columns.map(propertyParameter)
            paths.append((base + "/items", get("\(layer.title): features", tag: "Data", parameters: itemParameters,
                                               response: content(MediaTypes.geoJSON, "A page of features", html: true),
                                               errors: ["400"]).merging(createOperation(layer))))
            paths.append((base + "/items/{featureId}", get("\(layer.title): one feature", tag: "Data",
                                                             parameters: [ref("featureId"), ref("f"), ref("crs")],
                                                             response: content(MediaTypes.geoJSON, "The feature", html: true),
                                                             errors: ["404"]).merging(changeOperations(layer))))
            paths += attachmentPaths(for: layer)
        }
        paths += gazetteerPaths
        paths += boundaryLinesPaths
        paths += boundaryExportPaths
        paths += boundaryMarkersPaths
        paths += disasterReportsPaths
        paths += disasterEventsPaths
        paths += disasterReviewPaths
        paths += disasterFilingsPaths
        paths += disasterFieldFormPaths
        paths += [
            ("/locate", get("Divisions containing a point, smallest first 定位", tag: "Data",
                            parameters: [ref("lon"), ref("lat")],
                            response: json("The division chain (divisions), on_border, the neighbours across the border "
                                           + "(code, name, level) and the point in Gauss-Krüger metres (gauss_kruger: epsg, easting, northing)"),
                            errors: ["400"])),
            ("/health", get("Database reachable, library versions", tag: "Operations", parameters: [], response: json("Healthy"), errors: ["503"])),
            ("/metrics", get("Request counts and latencies (Prometheus text)", tag: "Operations", parameters: [],
                             response: content("text/plain", "Prometheus exposition format"))),
            ("/audit", get("The audit log, newest first (admins)", tag: "Administration",
                           parameters: [ref("auditUser"), ref("auditLayer"), ref("auditLimit"), ref("auditBefore")],
                           response: json("A page of audit entries"), errors: ["400", "401", "403"], secured: true)),
            ("/settings/{key}", [
                "put": [
                    "summary": "Change a setting (admins); audited",
                    "tags": ["Administration"],
                    "security": [["bearer": []]],
                    "parameters": [ref("settingKey")],
                    "requestBody": ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/settingValue"]]]],
                    "responses": responses(json("The new value"), errors: ["400", "401", "403", "408", "413"]),
                ],
            ]),
            ("/map", get("The web map 地图", tag: "Map", parameters: [], response: content("text/html", "The map page"))),
            ("/map/config.json", get("Where the web map opens (the home_division setting) 地图初始范围", tag: "Map", parameters: [],
                                     response: content("application/json", "The home view"), errors: ["401"])),
            ("/map/messages.json", get("The web map's texts in the Accept-Language's language 地图文字", tag: "Map", parameters: [],
                                       response: content("application/json", "The texts by key"))),
            ("/map/{file}", get("A file of the web map", tag: "Map", parameters: [ref("mapFile")],
                                response: content("*/*", "The file"), errors: ["404"])),
            ("/map/js/{path}", get("An ES module of the web map (text/javascript)", tag: "Map", parameters: [ref("staticPath")],
                                   response: content("text/javascript", "The module"), errors: ["404"])),
            ("/static/leaflet/{path}", get("Leaflet (Debian libjs-leaflet, libjs-leaflet.markercluster)", tag: "Map", parameters: [ref("staticPath")],
                                           response: content("*/*", "The file"), errors: ["404"])),
        ]
        paths += searchPaths
        return [
            "openapi": "3.0.3",
            "info": [
                "title": "地名 Diming OGC API - Features",
                "version": "0.1.0",
                "description": .string("The layers of the county (\(catalog.layers.map(\.label.zh).joined(separator: "、"))) as OGC API - Features: Part 1 to read, Part 2 for CRSs, Part 4 to write single features; accounts, tokens and the audit log."),
                "contact": ["name": "民政局 Civil-affairs bureau"],
            ],
            "servers": [["url": .string(origin)]],
            "tags": [["name": "Capabilities"], ["name": "Data"], ["name": "Operations"], ["name": "Administration"], ["name": "Gazetteer"], ["name": "Map"]],
            "paths": .object(paths),
            "components": components,
        ]
    }

    private static func get(_ summary: String, tag: String, parameters: [JSONValue], response: JSONValue,
                            errors: [String] = [], secured: Bool = false) -> JSONValue {
        var operation: [(String, JSONValue)] = [
            ("summary", .string(summary)),
            ("tags", [.string(tag)]),
            ("parameters", .array(parameters)),
            ("responses", responses(response, errors: errors)),
        ]
        if secured { operation.append(("security", [["bearer": []]])) }
        return ["get": .object(operation)]
    }

    static func responses(_ ok: JSONValue, errors: [String]) -> JSONValue {
        var members: [(String, JSONValue)] = [("200", ok)]
        for code in errors { members.append((code, ["$ref": .string("#/components/responses/problem")])) }
        members.append(("default", ["$ref": "#/components/responses/problem"]))
        return .object(members)
    }

    static func json(_ description: String) -> JSONValue {
        content(MediaTypes.json, description, html: false)
    }

    static func content(_ type: String, _ description: String, html: Bool = false) -> JSONValue {
        var types: [(String, JSONValue)] = [(type, ["schema": ["type": "object"]])]
        if html || type == MediaTypes.json { types.append(("text/html", ["schema": ["type": "string"]])) }
        return ["description": .string(description), "content": .object(types)]
    }

    static func ref(_ name: String) -> JSONValue {
        ["$ref": .string("#/components/parameters/\(name)")]
    }

    /// An equality filter on a column, in the form QGIS recognises as a queryable.
    private static func propertyParameter(_ column: LayerColumn) -> JSONValue {
        var schema: [(String, JSONValue)] = [("type", .string(LayerMetadata.jsonType(column.kind)))]
        if let allowed = column.allowedValues { schema.append(("enum", .array(allowed.map { .string($0) }))) }
        return [
            "name": .string(column.name), "in": "query", "required": false,
            "description": .string("Only features whose \(column.name) equals this value: \(column.summary)"),
            "style": "form", "explode": false, "schema": .object(schema),
        ]
    }

    private static var components: JSONValue {
        [
            "parameters": [
                "limit": [
                    "name": "limit", "in": "query", "required": false, "style": "form", "explode": false,
                    "description": "Features per page, 1 to \(FeatureQuery.maximumLimit); a larger value is refused (400).",
                    "schema": ["type": "integer", "minimum": 1, "maximum": .integer(FeatureQuery.maximumLimit),
                               "default": .integer(FeatureQuery.defaultLimit)],
                ],
                "bbox": [
                    "name": "bbox", "in": "query", "required": false, "style": "form", "explode": false,
                    "description": "minLon,minLat,maxLon,maxLat in CRS84 (6 numbers with heights); minLon > maxLon crosses the antimeridian.",
                    // OGC's own parameter schema, as clients and the conformance suite read it; it
                    // cannot say "4 or 6" nor per-position ranges (tools/schemathesis/schemathesis.toml).
                    "schema": ["type": "array", "minItems": 4, "maxItems": 6, "items": ["type": "number"]],
                ],
                "datetime": [
                    "name": "datetime", "in": "query", "required": false, "style": "form", "explode": false,
                    "description": "An RFC 3339 instant or interval (a/b, ../b, a/.., a/P2D); only on collections with a time.",
                    "schema": ["type": "string"],
                ],
                "after": [
                    "name": "after", "in": "query", "required": false, "style": "form", "explode": false,
                    "description": "Paging cursor: taken from the next link, not made up.",
                    "schema": ["type": "integer", "format": "int64", "minimum": 0],
                ],
                "f": [
                    "name": "f", "in": "query", "required": false, "style": "form", "explode": false,
                    "description": "Output format; without it, Accept decides (JSON unless text/html is preferred).",
                    "schema": ["type": "string", "enum": .array(OutputFormat.parameterValues.map { .string($0) })],
                ],
                "crs": [
                    "name": "crs", "in": "query", "required": false, "style": "form", "explode": false,
                    "description": "The CRS of the response's coordinates; EPSG:4490 is written latitude first, the Gauss-Krüger EPSG:4546 and 4525 northing first, in metres.",
                    "schema": ["type": "string", "format": "uri", "enum": .array(CRSParameters.supported.map { .string($0) }),
                               "default": .string(CRSURI.crs84)],
                ],
                "bbox-crs": [
                    "name": "bbox-crs", "in": "query", "required": false, "style": "form", "explode": false,
                    "description": "The CRS of bbox; with EPSG:4490 the box is minLat,minLon,maxLat,maxLon, with EPSG:4546 or 4525 minNorthing,minEasting,maxNorthing,maxEasting in metres.",
                    "schema": ["type": "string", "format": "uri", "enum": .array(CRSParameters.supported.map { .string($0) }),
                               "default": .string(CRSURI.crs84)],
                ],
                "featureId": [
                    "name": "featureId", "in": "path", "required": true,
                    "description": "A division's code, or another feature's integer id.", "schema": ["type": "string"],
                ],
                "lon": ["name": "lon", "in": "query", "required": true, "description": "Longitude, degrees east (CGCS2000/WGS 84).",
                        "schema": ["type": "number", "minimum": -180, "maximum": 180]],
                "lat": ["name": "lat", "in": "query", "required": true, "description": "Latitude, degrees north.",
                        "schema": ["type": "number", "minimum": -90, "maximum": 90]],
                "auditUser": ["name": "user", "in": "query", "required": false, "description": "Only this account's entries.", "schema": ["type": "string"]],
                "auditLayer": ["name": "layer", "in": "query", "required": false, "description": "Only entries about this layer.", "schema": ["type": "string"]],
                "auditLimit": [
                    "name": "limit", "in": "query", "required": false, "description": "Entries per page, 1 to \(AuditLog.Query.maximumLimit); a larger value is refused (400).",
                    "schema": ["type": "integer", "minimum": 1, "maximum": .integer(AuditLog.Query.maximumLimit),
                               "default": .integer(AuditLog.Query.defaultLimit)],
                ],
                "auditBefore": ["name": "before", "in": "query", "required": false, "description": "Paging cursor from the next link.", "schema": ["type": "integer"]],
                "settingKey": [
                    "name": "key", "in": "path", "required": true,
                    "schema": ["type": "string", "enum": .array(Setting.allCases.map { .string($0.rawValue) })],
                ],
                "ifMatch": ifMatchParameter,
                "mapFile": ["name": "file", "in": "path", "required": true, "schema": ["type": "string"]],
                "staticPath": ["name": "path", "in": "path", "required": true, "schema": ["type": "string"]],
            ],
            "schemas": [
                "problem": [
                    "type": "object", "required": ["type", "title", "status", "detail", "instance"],
                    "properties": [
                        "type": ["type": "string"], "title": ["type": "string"], "status": ["type": "integer"],
                        "detail": ["type": "string"], "instance": ["type": "string"], "field": ["type": "string"],
                        "requestId": ["type": "string"],
                    ],
                ],
                "settingValue": [
                    "type": "object", "required": ["value"],
                    "properties": ["value": ["type": "string", "nullable": true, "description": "The new value; null removes the setting."]],
                ],
            ],
            "responses": [
                "problem": [
                    "description": "RFC 9457 problem details",
                    "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/problem"]]],
                ],
            ],
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer", "description": "An API token from `diming user token`."]],
        ]
    }
}

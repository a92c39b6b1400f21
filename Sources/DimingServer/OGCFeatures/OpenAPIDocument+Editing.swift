import DimingCore

/// The write operations of OGC API - Features Part 4 in the OpenAPI document, each with the
/// layer's feature schema (from the catalog) as its request body.
extension OpenAPIDocument {
    static let writeErrors = ["400", "401", "403", "404", "408", "409", "413", "415", "422"]

    static func createOperation(_ layer: Layer) -> JSONValue {
        ["post": [
            "summary": .string("\(layer.title): create a feature (\(editorsText(layer)))"),
            "tags": ["Editing"],
            "security": [["bearer": []]],
            "requestBody": body(layer, type: MediaTypes.geoJSON, schema: featureSchema(layer)),
            "responses": .object([
                ("201", content(MediaTypes.geoJSON, "Created; Location names the feature, ETag its version")),
                ("200", content(MediaTypes.geoJSON, "A retried create: the feature exists with this content")),
            ] + errorResponses(writeErrors)),
        ]]
    }

    static func changeOperations(_ layer: Layer) -> JSONValue {
        let precondition: [JSONValue] = [ref("featureId"), ref("ifMatch")]
        let changed = content(MediaTypes.geoJSON, "The feature as stored, with its new ETag")
        return [
            "put": [
                "summary": .string("\(layer.title): replace a feature (\(editorsText(layer)))"),
                "tags": ["Editing"], "security": [["bearer": []]], "parameters": .array(precondition),
                "requestBody": body(layer, type: MediaTypes.geoJSON, schema: featureSchema(layer)),
                "responses": .object([("200", changed)] + errorResponses(writeErrors + ["412", "428"])),
            ],
            "patch": [
                "summary": .string("\(layer.title): change some properties or the geometry (JSON merge patch)"),
                "tags": ["Editing"], "security": [["bearer": []]], "parameters": .array(precondition),
                "requestBody": body(layer, type: "application/merge-patch+json", schema: patchSchema(layer)),
                "responses": .object([("200", changed)] + errorResponses(writeErrors + ["412", "428"])),
            ],
            "delete": [
                "summary": .string("\(layer.title): delete a feature (\(editorsText(layer)))"),
                "tags": ["Editing"], "security": [["bearer": []]], "parameters": .array(precondition),
                "responses": .object([("204", ["description": "Deleted"])] + errorResponses(writeErrors + ["412", "428"])),
            ],
        ]
    }

    /// The `If-Match` header parameter: an ETag from a GET or a previous write.
    static let ifMatchParameter: JSONValue = [
        "name": "If-Match", "in": "header", "required": true,
        "description": "The ETag of the version being changed (428 without it, 412 when it is no longer current).",
        "schema": ["type": "string"],
    ]

    private static func editorsText(_ layer: Layer) -> String {
        "roles: " + Role.allCases.filter(layer.isEditable(by:)).map(\.rawValue).joined(separator: ", ")
    }

    private static func body(_ layer: Layer, type: String, schema: JSONValue) -> JSONValue {
        ["required": true, "content": .object([(type, JSONValue.object([("schema", schema)]))])]
    }

    private static func errorResponses(_ codes: [String]) -> [(String, JSONValue)] {
        codes.map { ($0, ["$ref": "#/components/responses/problem"]) } + [("default", ["$ref": "#/components/responses/problem"])]
    }

    /// A GeoJSON Feature of the layer: its properties typed and described from the catalog.
    static func featureSchema(_ layer: Layer) -> JSONValue {
        [
            "type": "object", "required": ["type", "geometry", "properties"],
            "properties": [
                "type": ["type": "string", "enum": ["Feature"]],
                "id": ["type": "string", "description": .string(layer.key == .uuid ? "a UUID the client chooses, so a retry is recognized; made by the server when absent" : "equal to \(layer.keyColumn)")],
                "geometry": geometrySchema(layer),
                "properties": propertiesSchema(layer, requiring: true),
            ],
        ]
    }

    /// A GeoJSON geometry of a type the layer takes (a single part is promoted to a multi).
    private static func geometrySchema(_ layer: Layer) -> JSONValue {
        let types = Set([layer.geometryType, layer.geometryType.singlePart].compactMap { $0 }).map(\.geoJSONName).sorted()
        return [
            "type": "object", "required": ["type", "coordinates"],
            "description": .string("a GeoJSON \(types.joined(separator: " or ")) in CRS84 (lon, lat), valid by RFC 7946 and GEOS"),
            "properties": ["type": ["type": "string", "enum": .array(types.map { .string($0) })], "coordinates": ["type": "array"]],
        ]
    }

    private static func patchSchema(_ layer: Layer) -> JSONValue {
        ["type": "object", "properties": ["properties": propertiesSchema(layer, requiring: false), "geometry": geometrySchema(layer)]]
    }

    private static func propertiesSchema(_ layer: Layer, requiring: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "object"), ("properties", .object(layer.columns.map { column in
            var schema: [(String, JSONValue)] = [("type", .string(LayerMetadata.jsonType(column.kind))),
                                                 ("description", .string(column.summary)), ("nullable", .bool(!column.isRequired))]
            if let allowed = column.allowedValues { schema.append(("enum", .array(allowed.map { .string($0) }))) }
            return (column.name, .object(schema))
        }))]
        let required = layer.columns.filter(\.isRequired).map { JSONValue.string($0.name) }
        if requiring && !required.isEmpty { members.append(("required", .array(required))) }
        return .object(members)
    }
}

extension JSONValue {
    /// The object's members followed by `other`'s (both objects).
    func merging(_ other: JSONValue) -> JSONValue {
        guard case let .object(members) = self, case let .object(more) = other else { return self }
        return .object(members + more)
    }
}

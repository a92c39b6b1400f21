import DimingCore
import DimingGazetteer

/// The gazetteer's routes in the OpenAPI document: the reads (open like the layers), the
/// naming workflow (placename_officer and admin, bearer token; audited) and the naming tools.
extension OpenAPIDocument {
    static var gazetteerPaths: [(String, JSONValue)] {
        let place = "/gazetteer/places/{placeId}"
        return [
            ("/gazetteer/places", [
                "get": operation("Places of the gazetteer 地名列表", parameters: [
                    query("status", "Only places in this status.", enumSchema(PlaceStatus.allCases.map(\.rawValue))),
                    query("category", "Only places of this category.", enumSchema(PlaceCategory.allCases.map(\.rawValue))),
                    query("in", "Only places in this division or below it (6, 9 or 12 digits).", divisionSchema),
                    query("datetime", "Only places with a standard name on this day, listed by that name.", daySchema),
                    query("limit", "Places per page, 1 to \(GazetteerQuery.maximumLimit).",
                          ["type": "integer", "minimum": 1, "maximum": .integer(GazetteerQuery.maximumLimit), "default": .integer(GazetteerQuery.defaultLimit)]),
                    query("offset", "Places to skip.", ["type": "integer", "minimum": 0, "maximum": .integer(Int(Int32.max)), "default": 0]),
                    query("include_reserved", "Also the reserved names of the 地名方案.", ["type": "string", "enum": ["true", "false"], "default": "false"]),
                ], ok: json("places (id, name, category, status, division, pinyin, lon, lat …) and links"), errors: ["400"]),
                "post": write("Propose a place, or reserve a planned name (planned: true); the naming checks run first and a reject finding refuses it (422, with the findings)",
                              body: draftSchema, created: true, onPlace: false),
            ]),
            (place, ["get": operation("A place with its names 地名详情 (datetime: the names valid that day)",
                                      parameters: [placeID, query("datetime", "The names valid on this day.", daySchema)],
                                      ok: json("place, names (kind, status, valid_from, valid_to, document, pinyin …), supersedes, superseded_by"),
                                      errors: ["400", "404"])]),
            (place + "/history", ["get": operation("A place's event log, oldest first 地名沿革", parameters: [placeID],
                                                   ok: json("events (at, account, role, action, from_status, to_status, document, reason …)"),
                                                   errors: ["400", "404"])]),
            (place + "/announcement", ["get": operation(
                "The 地名公告 record (name, pinyin, category, division, location, authority, date, document); the printable page for f=html or Accept: text/html",
                parameters: [placeID, ref("f")], ok: content(MediaTypes.json, "The announcement record, or its printable page", html: true),
                errors: ["400", "404", "409", "422"])]),
            (place + "/review", ["post": write("Start the review of a proposal 审核", body: object([], ["reason": longText]))]),
            (place + "/approve", ["post": write("Approve the name 批准: it becomes the standard name", body: approvalSchema)]),
            (place + "/announce", ["post": write("Record the announcement 公告", body: object(["date"], ["date": dateSchema, "authority": shortText]))]),
            (place + "/reject", ["post": write("Reject a proposal 不予批准", body: object(["reason"], ["reason": longText]))]),
            (place + "/rename", ["post": write("Rename 更名: the id stays, the old name becomes a former name",
                                               body: object(["name", "document", "date"], ["name": shortText, "document": shortText, "date": dateSchema,
                                                                                           "authority": shortText, "reason": longText, "reading": shortText]))]),
            (place + "/retire", ["post": write("Retire 销名: the place ended; its names stay searchable",
                                               body: object(["date", "reason"], ["date": dateSchema, "reason": longText, "document": shortText]))]),
            (place + "/deprecate", ["post": write("Mark the record erroneous (a data error), kept visible", body: object(["reason"], ["reason": longText]))]),
            (place + "/split", ["post": write("Split 拆分: the place ends, superseded by new ones",
                                              body: object(["into", "document", "date"], ["into": ["type": "array", "minItems": 2, "items": draftSchema],
                                                                                          "document": shortText, "date": dateSchema, "authority": shortText]),
                                              created: true)]),
            ("/gazetteer/merge", ["post": write("Merge 合并: the places end, superseded by one new place",
                                                body: object([GazetteerResponse.placesMember, "into", "document", "date"], [
                                                    GazetteerResponse.placesMember: ["type": "array", "minItems": 2, "items": shortText], "into": draftSchema,
                                                    "document": shortText, "date": dateSchema, "authority": shortText,
                                                ]), created: true, onPlace: false)]),
            ("/gazetteer/check", ["get": operation("The naming checks of a name, writing nothing 地名命名检查", parameters: [
                query("name", "The name to check.", nameSchema, required: true),
                query("category", "Its category.", enumSchema(PlaceCategory.allCases.map(\.rawValue)), required: true),
                query("in", "The division it lies in: scopes the duplicate checks.", divisionSchema),
                query("reading", "An officer's reading of the characters (zhang3 zi3 lu4).", nameSchema),
            ], ok: json("name and findings (code, severity, zh, en, conflicting), most severe first"), errors: ["400", "422"])]),
            ("/pinyin", ["get": operation("Hanyu Pinyin of a place name by the 1984 rules 地名拼写", parameters: [
                query("text", "The name to spell.", nameSchema, required: true),
                query("form", "toned, toneless (default) or sign.", enumSchema(PinyinForm.allCases.map(\.rawValue))),
                query("category", "Guides the split into specific and generic parts.", enumSchema(PlaceCategory.allCases.map(\.rawValue))),
                query("reading", "An officer's reading of the characters (zhang3 zi3 lu4).", nameSchema),
            ], ok: json("text, form, pinyin (in that form) and spelling (toned, toneless, sign, syllables)"), errors: ["400", "422"])]),
        ]
    }

    private static let placeID: JSONValue = ["name": "placeId", "in": "path", "required": true, "description": "The place's stable id.",
                                             "schema": ["type": "string", "minLength": 1, "maxLength": .integer(GazetteerBody.shortText)]]
    private static let shortText: JSONValue = ["type": "string", "minLength": 1, "maxLength": .integer(GazetteerBody.shortText), "pattern": "\\S"]
    private static let longText: JSONValue = ["type": "string", "minLength": 1, "maxLength": .integer(GazetteerBody.longText), "pattern": "\\S"]
    private static let nameSchema: JSONValue = ["type": "string", "minLength": 1, "maxLength": .integer(GazetteerQuery.maximumNameLength), "pattern": "\\S"]
    private static let dateSchema: JSONValue = ["type": "string", "format": "date", "description": "YYYY-MM-DD"]
    /// OGC's `datetime` as a day: `2015-06-01`, or an RFC 3339 instant on that day (anything else is 400).
    private static let daySchema: JSONValue = ["type": "string", "description": "YYYY-MM-DD, or an RFC 3339 date-time on that day"]
    private static let divisionSchema: JSONValue = ["type": "string", "pattern": "^([0-9]{6}|[0-9]{9}|[0-9]{12})$"]

    private static var approvalSchema: JSONValue {
        object(["document", "date"], ["document": shortText, "date": dateSchema, "authority": shortText])
    }

    /// A place draft: what `POST /gazetteer/places` takes, and each new place of a split or merge.
    private static var draftSchema: JSONValue {
        object(["name", "category", "geometry"], [
            "name": shortText, "category": enumSchema(PlaceCategory.allCases.map(\.rawValue)),
            "geometry": [
                "type": "object", "required": ["type", "coordinates"],
                "description": "A GeoJSON Point, LineString or Polygon (or a Multi) in CRS84 (lon, lat), valid by RFC 7946 and GEOS",
                "properties": ["type": enumSchema(["Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon"]),
                               "coordinates": ["type": "array"]],
            ],
            "division": divisionSchema, "specific": shortText, "generic": shortText, "meaning": longText, "history": longText,
            "sources": longText, "reading": shortText, "parent": shortText, "planned": ["type": "boolean"],
        ])
    }

    private static func object(_ required: [String], _ properties: KeyValuePairs<String, JSONValue>) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "object"), ("additionalProperties", false),
                                              ("properties", .object(properties.map { ($0.key, $0.value) }))]
        if !required.isEmpty { members.append(("required", .array(required.map { .string($0) }))) }
        return .object(members)
    }

    private static func enumSchema(_ values: [String]) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) })]
    }

    private static func query(_ name: String, _ description: String, _ schema: JSONValue, required: Bool = false) -> JSONValue {
        ["name": .string(name), "in": "query", "required": .bool(required), "style": "form", "explode": false,
         "description": .string(description), "schema": schema]
    }

    private static func operation(_ summary: String, parameters: [JSONValue], ok: JSONValue, errors: [String]) -> JSONValue {
        ["summary": .string(summary), "tags": ["Gazetteer"], "parameters": .array(parameters), "responses": responses(ok, errors: errors)]
    }

    /// A workflow step: JSON body, bearer token (placename_officer or admin within its division), audited.
    private static func write(_ summary: String, body: JSONValue, created: Bool = false, onPlace: Bool = true,
                              errors: [String] = ["400", "401", "403", "404", "409", "415", "422"]) -> JSONValue {
        let ok: JSONValue = ["description": .string(created ? "Created; the new place (or places) with names" : "The place as it now stands, with its names"),
                             "content": [MediaTypes.json: ["schema": ["type": "object"]]]]
        var answers: [(String, JSONValue)] = [(created ? "201" : "200", ok)]
        for code in errors + ["408", "413"] { answers.append((code, ["$ref": "#/components/responses/problem"])) }
        answers.append(("default", ["$ref": "#/components/responses/problem"]))
        return [
            "summary": .string(summary + " (roles: placename_officer, admin; audited)"), "tags": ["Gazetteer"],
            "security": [["bearer": []]],
            "parameters": .array(onPlace ? [placeID] : []),
            "requestBody": ["required": true, "content": [MediaTypes.json: ["schema": body]]],
            "responses": .object(answers),
        ]
    }
}

import DimingCore
import DimingDisaster

/// The submission path of rapid disaster reports in the OpenAPI document.
extension OpenAPIDocument {
    static var disasterReportsPaths: [(String, JSONValue)] {
        let id: JSONValue = ["name": "reportId", "in": "path", "required": true, "description": "The version's id (the client's UUID).",
                             "schema": ["type": "string", "minLength": 1]]
        var answers: [(String, JSONValue)] = [
            ("201", ["description": "Created: the version as stored (point as sent, flags, township, figures as exact decimals)",
                     "content": [MediaTypes.geoJSON: ["schema": ["type": "object"]]]]),
            ("200", ["description": "The same id with the same content again: nothing changed, the stored version",
                     "content": [MediaTypes.geoJSON: ["schema": ["type": "object"]]]]),
        ]
        for code in ["400", "401", "403", "408", "409", "413", "415", "422"] { answers.append((code, ["$ref": "#/components/responses/problem"])) }
        answers.append(("default", ["$ref": "#/components/responses/problem"]))
        let properties = (["event", "observed_at", "location_source", "accuracy_m", "crs", "replaces", "note", "photos", "houses"]
            + Indicator.allCases.map(\.apiName) + Indicator.allCases.compactMap(\.muName)).joined(separator: ", ")
        return [
            ("/reports", ["post": [
                "summary": .string("File a rapid disaster report 灾情速报: a GeoJSON Feature whose id is the client's UUID; properties \(properties). "
                    + "201 created, 200 resend of the same content, 409 same id with other content or replaces naming a version no longer current; "
                    + "answered once durable (roles: disaster_reporter, admin; audited). "
                    + "houses (optional, TC-3): one entry per load-bearing structure {household (text), structure (text, default main), "
                    + "class: collapsed | severe | general | auxiliary, rooms (1–9999)}; one class per structure, a structure listed twice is 422; "
                    + "the house figures are then counted from it (户 once per household, in its most severe class; 间 summed; auxiliary "
                    + "buildings apart, never dwellings) and house figures also given must agree (422 naming the field). "
                    + "crs (optional): WGS84 or CGCS2000 (the default, stored bit for bit), GCJ-02 (AMap, Tencent) or BD-09 (Baidu): "
                    + "a web-map point is converted to CGCS2000 before it is stored and placed, flagged converted_from_gcj02 / _bd09, "
                    + "the coordinates as sent kept in the report's content (TC-12)"),
                "tags": ["Disaster"], "security": [["bearer": []]],
                "requestBody": ["required": true, "content": [MediaTypes.geoJSON: ["schema": ["type": "object"]], MediaTypes.json: ["schema": ["type": "object"]],
                                                              "multipart/form-data": ["schema": ["type": "object", "description": "part report: the Feature; file parts: its photos (JPEG, PNG, WebP)"]]]],
                "responses": .object(answers),
            ]]),
            ("/reports/{reportId}", ["get": [
                "summary": "One version of a disaster report, with its review state, flags, township and photos expected",
                "tags": ["Disaster"], "parameters": [id],
                "responses": responses(content(MediaTypes.geoJSON, "The version"), errors: ["400", "404"]),
            ]]),
            ("/reports/{reportId}/photos", ["post": [
                "summary": "Add a photo to a report (one image a request, ?name= the file name it was listed as in photos): stored by content hash and fsynced before its row; the same photo again is 200 and no new file (roles: disaster_reporter of the report's township, admin; audited)",
                "tags": ["Disaster"], "security": [["bearer": []]],
                "parameters": [id, ["name": "name", "in": "query", "required": false, "description": "The photo's file name.", "schema": ["type": "string", "minLength": 1]]],
                "requestBody": ["required": true, "content": ["image/jpeg": ["schema": ["type": "string", "format": "binary"]],
                                                              "image/png": ["schema": ["type": "string", "format": "binary"]],
                                                              "image/webp": ["schema": ["type": "string", "format": "binary"]]]],
                "responses": .object([("201", ["description": "The report with the photo counted", "content": [MediaTypes.geoJSON: ["schema": ["type": "object"]]]]),
                                      ("200", ["description": "The photo was there already", "content": [MediaTypes.geoJSON: ["schema": ["type": "object"]]]])]
                    + ["400", "401", "403", "404", "413", "415"].map { ($0, ["$ref": "#/components/responses/problem"]) }
                    + [("default", ["$ref": "#/components/responses/problem"])]),
            ]]),
        ]
    }
}

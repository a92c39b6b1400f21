import DimingCore
import DimingDisaster

extension OpenAPIDocument {
    /// The review of disaster reports (``DisasterReviewController``) and their exports
    /// (``DisasterExportController``).
    static var disasterReviewPaths: [(String, JSONValue)] {
        let reportID: JSONValue = ["name": "reportId", "in": "path", "required": true, "description": "A version's id (the client's UUID).",
                                   "schema": ["type": "string", "minLength": 1]]
        let eventID: JSONValue = ["name": "event", "in": "path", "required": true, "description": "The event's id.",
                                  "schema": ["type": "integer", "minimum": 1]]
        let states: JSONValue = .array(ReviewState.allCases.map { .string($0.rawValue) })
        func query(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
            ["name": .string(name), "in": "query", "required": false, "description": .string(description), "schema": schema]
        }
        func body(_ type: String, _ description: String) -> JSONValue {
            let schema: JSONValue = type == MediaTypes.json || type == MediaTypes.geoJSON ? ["type": "object"] : ["type": "string"]
            let media: JSONValue = ["schema": schema]
            return ["description": .string(description), "content": .object([(type, media)])]
        }
        let allVersions = query("all_versions", "Every version (superseded ones too), not only the current ones.", ["type": "boolean"])
        let read = { (summary: String, parameters: [JSONValue], ok: JSONValue) -> JSONValue in
            ["summary": .string(summary), "tags": ["Disaster"], "parameters": .array(parameters), "responses": responses(ok, errors: ["400", "404"])]
        }
        var answers: [(String, JSONValue)] = [("200", body(MediaTypes.json, "The review row: id, report, state, at, account, note"))]
        for code in ["400", "401", "403", "404", "409", "413", "415"] { answers.append((code, ["$ref": "#/components/responses/problem"])) }
        answers.append(("default", ["$ref": "#/components/responses/problem"]))
        let reviewSchema: JSONValue = .object([
            ("type", "object"), ("additionalProperties", false), ("required", ["state"]),
            ("properties", ["state": ["type": "string", "enum": states],
                            "note": ["type": "string", "description": "Required for has_issues and rejected"]]),
        ])
        return [
            ("/reports/{reportId}/review", ["post": [
                "summary": "Review a report version 审核灾情速报 (roles: disaster_reviewer, disaster_approver, admin — never the version's submitter; audited)",
                "tags": ["Disaster"], "security": [["bearer": []]], "parameters": [reportID],
                "requestBody": ["required": true, "content": [MediaTypes.json: ["schema": reviewSchema]]],
                "responses": .object(answers),
            ]]),
            ("/reports/{reportId}/versions", ["get": read("Every version of the report with its review state, and the review history",
                                                    [reportID], body(MediaTypes.json, "versions and reviews"))]),
            ("/events/{event}/reports", ["get": read("An event's reports in the caller's scope, a page at a time", [
                eventID, query("state", "Only this review state.", ["type": "string", "enum": states]),
                query("township", "Only this township's code.", ["type": "string", "pattern": "^[0-9]{9}$"]), allVersions,
                query("limit", "Page size.", ["type": "integer", "minimum": 1, "maximum": .integer(ReportFilter.maximumLimit)]),
                query("offset", "Rows to skip.", ["type": "integer", "minimum": 0, "maximum": 2_147_483_647]),
            ], body(MediaTypes.json, "reports and links (next, prev)"))]),
            ("/events/{event}/reports.geojson", ["get": read("The event's reports as RFC 7946 GeoJSON (figures exact, units in their names)",
                                                          [eventID, allVersions], body(MediaTypes.geoJSON, "A FeatureCollection"))]),
            ("/events/{event}/reports.csv", ["get": read("The event's reports as CSV, one row per version (all_versions=false: current only)",
                                                      [eventID, allVersions], body("text/csv", "UTF-8 with BOM"))]),
            ("/events/{event}/archive.zip", ["get": read("The whole event: event.json, reports.geojson, reports.csv, reviews.json, files/, MISSING.txt",
                                                      [eventID], body("application/zip", "A ZIP archive"))]),
        ]
    }
}

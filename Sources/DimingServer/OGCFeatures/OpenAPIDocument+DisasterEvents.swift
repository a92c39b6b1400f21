import DimingCore
import DimingDisaster

/// The disaster events' routes in the OpenAPI document: the reads (open like the layers), the
/// writes (disaster_reviewer or admin, bearer token; audited), the summary and the deadlines.
extension OpenAPIDocument {
    static var disasterEventsPaths: [(String, JSONValue)] {
        let event = eventPath()
        let asOf = eventQuery("as_of", "The time the figures are as of: ISO 8601 with an offset (default now).", ["type": "string", "format": "date-time"])
        let level = eventQuery("level", "Rows per township (default) or per county.", ["type": "string", "enum": ["township", "county"]])
        return [
            ("/events", [
                "get": eventOperation("Disaster events 灾害过程, newest first",
                                      parameters: [eventQuery("status", "Only events in this status.", ["type": "string", "enum": ["active", "stabilised", "closed"]])],
                                      ok: jsonOnly("events"), errors: ["400"]),
                "post": eventWrite("Open a disaster event 登记灾害过程 (201 with the event and its Location)", schema: eventSchema,
                                   parameters: [], created: "The event, with its id"),
            ]),
            ("/events/{event}", ["get": eventOperation("A disaster event and its status changes", parameters: [event],
                                                       ok: jsonOnly("event and changes"), errors: ["400", "404"])]),
            ("/events/{event}/status", ["post": eventWrite("Move an event on: active → stabilised → closed (409 for any other step)",
                                                           schema: statusSchema, parameters: [event], created: "The event as changed", status: "200")]),
            ("/events/{event}/summary", ["get": eventOperation(
                "The event's figures per township (or county): {event, as_of, rows, unassigned, total}, total = Σ rows + unassigned; the 快报 table as CSV for f=csv or Accept: text/csv",
                parameters: [event, asOf, level, eventQuery("f", "json (default) or csv.", ["type": "string", "enum": ["json", "csv"]])],
                ok: ["description": "The summary", "content": [MediaTypes.json: ["schema": ["type": "object"]], "text/csv": ["schema": ["type": "string"]]]],
                errors: ["400", "404"])]),
            ("/events/{event}/summary.html", ["get": eventOperation("The 快报 table as a printable page", parameters: [event, asOf, level],
                                                                    ok: ["description": "The page", "content": ["text/html": ["schema": ["type": "string"]]]],
                                                                    errors: ["400", "404"])]),
            ("/events/{event}/deadlines", ["get": eventOperation(
                "The event's deadlines (初报, 续报, 核报: due_at, met_at, status met/open/overdue, years_without_holidays: the years a 核报 counted Monday–Friday in for want of a holiday notice) and escalation",
                parameters: [event, eventQuery("now", "Compute at this time: ISO 8601 with an offset (default now).", ["type": "string", "format": "date-time"])],
                ok: jsonOnly("event, now, profile, deadlines, escalation"), errors: ["400", "404"])]),
        ]
    }

    private static func eventQuery(_ name: String, _ description: String, _ schema: JSONValue) -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "style": "form", "explode": false, "description": .string(description), "schema": schema]
    }

    private static func eventPath() -> JSONValue {
        ["name": "event", "in": "path", "required": true, "description": "The event's id.", "schema": ["type": "integer", "minimum": 1]]
    }

    private static func jsonOnly(_ description: String) -> JSONValue {
        ["description": .string(description), "content": [MediaTypes.json: ["schema": ["type": "object"]]]]
    }

    private static func eventOperation(_ summary: String, parameters: [JSONValue], ok: JSONValue, errors: [String]) -> JSONValue {
        ["summary": .string(summary), "tags": ["Disaster"], "parameters": .array(parameters), "responses": responses(ok, errors: errors)]
    }

    private static func eventWrite(_ summary: String, schema: JSONValue, parameters: [JSONValue], created: String, status: String = "201") -> JSONValue {
        var answers: [(String, JSONValue)] = [(status, ["description": .string(created), "content": [MediaTypes.json: ["schema": ["type": "object"]]]])]
        for code in ["400", "401", "403", "404", "408", "409", "413", "415", "422"] { answers.append((code, ["$ref": "#/components/responses/problem"])) }
        answers.append(("default", ["$ref": "#/components/responses/problem"]))
        return ["summary": .string(summary + " (roles: disaster_reviewer, admin; audited)"), "tags": ["Disaster"],
                "security": [["bearer": []]], "parameters": .array(parameters),
                "requestBody": ["required": true, "content": [MediaTypes.json: ["schema": schema]]], "responses": .object(answers)]
    }

    private static var eventSchema: JSONValue {
        let text: JSONValue = ["type": "string", "minLength": 1]
        return .object([("type", "object"), ("additionalProperties", false), ("required", ["hazard", "name", "start"]), ("properties", .object([
            ("hazard", ["type": "string", "enum": .array(Hazard.allCases.map { .string($0.rawValue) })]),
            ("subtype", ["type": "string", "nullable": true, "description": "A sub-type of the hazard, e.g. rainstorm, landslide"]),
            ("name", text), ("start", ["type": "string", "format": "date-time", "description": "ISO 8601 with an offset"]),
            ("division", ["type": "string", "nullable": true, "description": "The division (county or township) that files the reports"]),
            (EventDraft.divisionsMember, ["type": "array", "nullable": true, "items": ["type": "string"]] as JSONValue),
            // OpenAPI 3.0.3: a nullable enum lists null among its values.
            ("deadline_profile", ["type": "string", "nullable": true, "enum": .array(DeadlineProfile.all.map { .string($0.name) } + [.null])]),
            ("mass_collapse", ["type": "boolean", "nullable": true]), ("note", ["type": "string", "nullable": true]),
        ]))])
    }

    private static var statusSchema: JSONValue {
        .object([("type", "object"), ("additionalProperties", false), ("required", ["status"]), ("properties", .object([
            ("status", ["type": "string", "enum": ["stabilised", "closed"]]),
            ("at", ["type": "string", "nullable": true, "format": "date-time", "description": "ISO 8601 with an offset (default now)"]),
            ("note", ["type": "string", "nullable": true]),
        ]))])
    }
}

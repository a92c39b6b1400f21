import DimingCore
import DimingDisaster

/// The county's filings (上报: 初报/续报/核报) and their approval (``DisasterFilingsController``),
/// and the review locks (``DisasterLocksController``).
extension OpenAPIDocument {
    static var disasterFilingsPaths: [(String, JSONValue)] {
        let event: JSONValue = ["name": "event", "in": "path", "required": true, "description": "The event's id.",
                                "schema": ["type": "integer", "minimum": 1]]
        let filing: JSONValue = ["name": "filing", "in": "path", "required": true, "description": "The filing's id.",
                                 "schema": ["type": "integer", "minimum": 1]]
        let reportID: JSONValue = ["name": "reportId", "in": "path", "required": true, "description": "A version's id (the client's UUID).",
                                   "schema": ["type": "string", "minLength": 1]]
        func answers(_ ok: String, _ description: String, _ codes: [String]) -> JSONValue {
            var members: [(String, JSONValue)] = [(ok, ["description": .string(description), "content": [MediaTypes.json: ["schema": ["type": "object"]]]])]
            for code in codes { members.append((code, ["$ref": "#/components/responses/problem"])) }
            members.append(("default", ["$ref": "#/components/responses/problem"]))
            return .object(members)
        }
        func write(_ summary: String, _ parameters: [JSONValue], schema: JSONValue?, ok: String, _ description: String, _ codes: [String]) -> JSONValue {
            var members: [(String, JSONValue)] = [("summary", .string(summary)), ("tags", ["Disaster"]), ("security", [["bearer": []]]),
                                                  ("parameters", .array(parameters))]
            if let schema { members.append(("requestBody", ["required": true, "content": [MediaTypes.json: ["schema": schema]]])) }
            members.append(("responses", answers(ok, description, codes)))
            return .object(members)
        }
        func read(_ summary: String, _ parameters: [JSONValue], _ description: String) -> JSONValue {
            ["summary": .string(summary), "tags": ["Disaster"], "parameters": .array(parameters), "responses": answers("200", description, ["400", "404"])]
        }
        let kinds: JSONValue = .array(FilingKind.allCases.map { .string($0.rawValue) })
        let prepareSchema: JSONValue = .object([
            ("type", "object"), ("additionalProperties", false), ("required", ["kind"]),
            ("properties", ["kind": ["type": "string", "enum": kinds],
                            "as_of": ["type": "string", "format": "date-time", "nullable": true,
                                      "description": "ISO 8601 with an offset, not later than now (default now)"],
                            "note": ["type": "string", "nullable": true]]),
        ])
        let decisionSchema: JSONValue = .object([
            ("type", "object"), ("additionalProperties", false), ("required", ["decision"]),
            ("properties", ["decision": ["type": "string", "enum": .array(FilingDecision.allCases.map { .string($0.rawValue) })],
                            "reason": ["type": "string", "nullable": true, "description": "Required to return a filing"]]),
        ])
        let writeCodes = ["400", "401", "403", "404", "409", "413", "415"]
        return [
            ("/events/{event}/filings", [
                "get": read("The event's filings 上报 (初报/续报/核报), oldest as_of first; empty when the caller's scope does not cover the event",
                            [event], "filings"),
                "post": write("Prepare a filing 准备上报: the event's summary frozen as of a time, with its SHA-256 (roles: disaster_reviewer, disaster_approver, admin; 201 with Location; audited)",
                              [event], schema: prepareSchema, ok: "201", "The filing (state prepared)", writeCodes),
            ]),
            ("/events/{event}/filings/{filing}", ["get": read("One filing with its frozen summary", [event, filing], "The filing")]),
            ("/events/{event}/filings/{filing}/approval", ["post": write(
                "Approve or return a prepared filing 审批上报 (roles: disaster_approver, admin — never its author; a decided filing never changes: 409; audited)",
                [event, filing], schema: decisionSchema, ok: "200", "The filing as decided", writeCodes)]),
            ("/reports/{reportId}/lock", [
                "get": read("The live review lock on a report (404 when there is none)", [reportID], "report, root, holder, taken_at, expires_at"),
                "post": write("Lock a report for review 审核锁 (15 min; renews your own; 409 naming the holder while another holds it; roles: disaster_reviewer, disaster_approver, admin; audited)",
                              [reportID], schema: nil, ok: "200", "The lock", ["400", "401", "403", "404", "409"]),
                "delete": write("Release your review lock, or break another's (roles: disaster_reviewer, disaster_approver, admin; audited as a break)",
                                [reportID], schema: nil, ok: "200", "lock (as removed) and broken", ["400", "401", "403", "404"]),
            ]),
        ]
    }
}

import DimingGazetteer

extension OpenAPIDocument {
    /// `GET /search` (``SearchController``), its parameters written in place.
    static var searchPaths: [(String, JSONValue)] {
        let parameters: [JSONValue] = [
            ["name": "q", "in": "query", "required": true,
             "description": "What to look for: Chinese text (simplified or traditional), pinyin (jiefanglu, jiefang lu), initials (jfl), a former name; a trailing N号 also finds the house number on the road.",
             "schema": ["type": "string", "minLength": 1, "maxLength": .integer(PlaceSearchQuery.maximumLength)]],
            ["name": "in", "in": "query", "required": false, "description": "Only places in this division (code) or below it.",
             "schema": ["type": "string", "pattern": "^[0-9]{6}([0-9]{3}){0,2}$"]],
            ["name": "category", "in": "query", "required": false, "description": "Only places of this category.",
             "schema": ["type": "string", "enum": .array(PlaceCategory.allCases.map { .string($0.rawValue) })]],
            ["name": "limit", "in": "query", "required": false, "description": "At most this many results.",
             "schema": ["type": "integer", "minimum": 1, "maximum": .integer(PlaceSearchQuery.maximumLimit),
                        "default": .integer(PlaceSearchQuery.defaultLimit)]],
        ]
        let summary = "Places by name, pinyin, initials, homophone, traditional characters or former name 地名检索"
        let response = json("q, normalized (the query in simplified characters) and results, best first: id, name, pinyin, category, "
                            + "division, matched_by (exact, prefix, substring, pinyin, initials, homophone, traditional, former, alias), "
                            + "score, status, historical, matched_name, label (原建设路), lon, lat")
        return [("/search", ["get": [
            "summary": .string(summary), "tags": ["Data"], "parameters": .array(parameters),
            "responses": responses(response, errors: ["400"]),
        ]])]
    }
}

import DimingCore

extension OpenAPIDocument {
    /// The attachment routes of one collection: list and add a feature's files, read one.
    static func attachmentPaths(for layer: Layer) -> [(String, JSONValue)] {
        let base = "/collections/\(layer.name)/items/{featureId}/attachments"
        let featureID: JSONValue = ["$ref": "#/components/parameters/featureId"]
        let binary: JSONValue = ["schema": ["type": "string", "format": "binary"]]
        let files = JSONValue.object(AttachmentMediaType.allCases.map { ($0.rawValue, binary) })
        let description: JSONValue = ["description": "The attachment: sha256, size, mediaType, name, createdAt, href",
                                      "content": [MediaTypes.json: ["schema": ["type": "object"]]]]
        return [
            (base, [
                "get": [
                    "summary": .string("\(layer.title): a feature's attachments 附件"),
                    "tags": ["Data"],
                    "parameters": [featureID],
                    "responses": attachmentResponses(["200": ["description": "The feature's attachments",
                                                              "content": [MediaTypes.json: ["schema": ["type": "object"]]]]],
                                                     errors: ["404"]),
                ],
                "post": [
                    "summary": .string("\(layer.title): attach a file (photo or PDF) to a feature; audited"),
                    "description": "The raw file as the body, with its Content-Type; streamed to disk up to --max-upload-bytes (20 MiB by default). The same file attached twice is kept once (200); an empty body is 400.",
                    "tags": ["Data"],
                    "security": [["bearer": []]],
                    "parameters": [featureID, [
                        "name": "name", "in": "query", "required": false,
                        "description": "The file's name, for display and download (at most \(AttachmentName.maximumBytes) bytes).",
                        // At most 255 bytes of UTF-8, which OpenAPI cannot state: longer names in few characters are 400.
                        "schema": ["type": "string", "minLength": 1, "maxLength": .integer(AttachmentName.maximumBytes),
                                   "pattern": "^[^/\\\\\\u0000-\\u001f\\u007f-\\u009f]+$"],
                    ]],
                    "requestBody": ["required": true, "content": files],
                    "responses": attachmentResponses(["201": description, "200": description],
                                                     errors: ["400", "401", "403", "404", "408", "413", "415"]),
                ],
            ]),
            (base + "/{sha256}", [
                "get": [
                    "summary": .string("\(layer.title): one attached file"),
                    "tags": ["Data"],
                    "parameters": [featureID, [
                        "name": "sha256", "in": "path", "required": true, "description": "The file's SHA-256 (its ETag).",
                        "schema": ["type": "string", "pattern": "^[0-9a-f]{64}$"],
                    ]],
                    "responses": attachmentResponses(["200": ["description": "The file", "content": files]], errors: ["404"]),
                ],
            ]),
        ]
    }

    private static func attachmentResponses(_ answers: KeyValuePairs<String, JSONValue>, errors: [String]) -> JSONValue {
        let problem: JSONValue = ["$ref": "#/components/responses/problem"]
        return .object(answers.map { ($0.key, $0.value) } + errors.map { ($0, problem) } + [("default", problem)])
    }
}

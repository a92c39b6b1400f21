import DimingCore

extension OpenAPIDocument {
    /// `GET /report` and `GET /report/{file}` (``DisasterFieldFormController``): the offline field form.
    static var disasterFieldFormPaths: [(String, JSONValue)] {
        let file: JSONValue = ["name": "file", "in": "path", "required": true, "schema": ["type": "string"]]
        func page(_ summary: String, _ type: String, parameters: [JSONValue], errors: [String]) -> JSONValue {
            ["get": [
                "summary": .string(summary), "tags": ["Map"], "parameters": .array(parameters),
                "responses": responses(content(type, "The file"), errors: errors),
            ]]
        }
        return [
            ("/report", page("The offline field form for rapid disaster reports 灾情速报填报", "text/html", parameters: [], errors: ["400"])),
            ("/report/{file}", page("A file of the field form (form.js, style.css)", "*/*", parameters: [file], errors: ["404"])),
        ]
    }
}

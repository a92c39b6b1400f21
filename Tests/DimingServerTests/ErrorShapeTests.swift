import Foundation
import Testing

/// Every error answer has the same RFC 9457 shape.
@Suite struct ErrorShapeTests {
    @Test func everyErrorIsAProblemDocument() async throws {
        let server = try await TestServer.start { $0.maxBodyBytes = 64 }
        defer { Task { await server.stop() } }
        let cases: [(path: String, method: String, body: String?, headers: [(String, String)], status: Int, field: String?)] = [
            ("/nowhere", "GET", nil, [], 404, nil),
            ("/collections/nope", "GET", nil, [], 404, "layer"),
            ("/collections/divisions/items/0", "GET", nil, [], 404, "featureId"),
            ("/collections/divisions/items?limit=unlimited", "GET", nil, [], 400, "limit"),
            ("/collections/divisions/items?bbox=1,2", "GET", nil, [], 400, "bbox"),
            ("/collections/divisions/items?unknownQueryParameter12345=1", "GET", nil, [], 400, "unknownQueryParameter12345"),
            ("/collections?f=pdf", "GET", nil, [], 400, "f"),
            ("/audit", "GET", nil, [], 401, nil),
            ("/audit", "GET", nil, [("Authorization", "Bearer dmt_x")], 401, nil),
            ("/settings/read_access", "PUT", String(repeating: "x", count: 200), [], 413, "body"),
            ("/settings/read_access", "PUT", "{}", [], 401, nil),
            ("/collections", "DELETE", nil, [], 405, nil),
            ("/collections/divisions/items/420581", "POST", nil, [], 405, nil),
            ("/collections/divisions/items?limit=10001", "GET", nil, [], 400, "limit"),
        ]
        for c in cases {
            let response = try await server.request(c.path, method: .init(rawValue: c.method), headers: c.headers, body: c.body)
            #expect(response.status == c.status, "\(c.method) \(c.path): \(response.text)")
            #expect(response.header("Content-Type") == "application/problem+json", "\(c.path)")
            let json = try response.json
            #expect((json["type"] as? String)?.hasPrefix("urn:diming:problem:") == true, "\(c.path)")
            #expect((json["title"] as? String)?.isEmpty == false, "\(c.path)")
            #expect(json["status"] as? Int == c.status, "\(c.path)")
            #expect((json["detail"] as? String)?.isEmpty == false, "\(c.path)")
            #expect(json["instance"] as? String == URLComponents(string: c.path)?.path, "\(c.path)")
            #expect(json["field"] as? String == c.field, "\(c.path)")
            #expect(json["requestId"] as? String == response.header("X-Request-Id"), "\(c.path)")
        }
    }
}

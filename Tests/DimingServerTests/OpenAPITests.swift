import DimingCore
import Foundation
import Hummingbird
import Testing
@testable import DimingServer

/// The OpenAPI document and the router describe the same API.
@Suite struct OpenAPITests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedPathIsRouted() async throws {
        let server = try await TestServer.shared.value
        let document = try await server.get("/api", [("Accept", "application/vnd.oai.openapi+json;version=3.0")])
        #expect(document.status == 200)
        #expect(document.header("Content-Type") == "application/vnd.oai.openapi+json;version=3.0")
        let paths = try #require(try document.json["paths"] as? [String: [String: Any]])

        let router = DimingServer.buildRouter(database: server.database, configuration: ServerConfiguration(), metrics: RequestMetrics())
        var routed = Set<String>()
        for route in router.routes where route.method != .head {
            let template = route.path.description.replacingOccurrences(of: "**", with: "{path}")
            let expanded = template.contains("{collectionId}")
                ? server.database.catalog.layers.map { template.replacingOccurrences(of: "{collectionId}", with: $0.name) }
                : [template]
            for path in expanded {
                routed.insert("\(route.method.rawValue.lowercased()) \(path)")
                #expect(paths[path]?[route.method.rawValue.lowercased()] != nil, "\(route.method) \(path) is not in /api")
            }
        }
        for (path, operations) in paths {
            for method in operations.keys {
                #expect(routed.contains("\(method) \(path)"), "\(method) \(path) is in /api but not routed")
            }
        }
        #expect(paths.keys.contains("/health") && paths.keys.contains("/metrics") && paths.keys.contains("/audit") && paths.keys.contains("/map"))
    }

    @Test func sharedParametersAreComponentsAsQGISAndTheSuiteReadThem() async throws {
        let server = try await TestServer.shared.value
        let json = try await server.get("/api").json
        #expect((json["openapi"] as? String)?.hasPrefix("3.0") == true)
        let parameters = try #require((json["components"] as? [String: Any])?["parameters"] as? [String: [String: Any]])
        let limit = try #require(parameters["limit"]?["schema"] as? [String: Any])
        #expect(limit["minimum"] as? Int == 1)
        #expect(limit["maximum"] as? Int == 10000)
        #expect(limit["default"] as? Int == 10)
        let bbox = try #require(parameters["bbox"])
        #expect(bbox["style"] as? String == "form" && bbox["explode"] as? Bool == false)
        let bboxSchema = try #require(bbox["schema"] as? [String: Any])
        #expect(bboxSchema["type"] as? String == "array" && bboxSchema["minItems"] as? Int == 4 && bboxSchema["maxItems"] as? Int == 6)
        #expect((parameters["datetime"]?["schema"] as? [String: Any])?["type"] as? String == "string")
        #expect(parameters["f"] != nil)

        let paths = try #require(json["paths"] as? [String: Any])
        let items = try #require((paths["/collections/roads/items"] as? [String: Any])?["get"] as? [String: Any])
        let itemParameters = try #require(items["parameters"] as? [[String: Any]])
        #expect(itemParameters.contains { $0["$ref"] as? String == "#/components/parameters/limit" })
        #expect(itemParameters.contains { $0["$ref"] as? String == "#/components/parameters/bbox" })
        // Property filters in the form QGIS lists as queryables.
        let roadClass = try #require(itemParameters.first { $0["name"] as? String == "class" })
        #expect(roadClass["in"] as? String == "query" && roadClass["style"] as? String == "form" && roadClass["explode"] as? Bool == false)
    }
}

import DimingCore
import Foundation
import Testing

/// OGC API - Features Part 4 over HTTP for every core layer: create, replace, update, delete
/// with ETags and If-Match, the audit trail, retried creates, and who may write what.
@Suite struct FeatureEditingTests {
    /// A new feature for each core layer, inside 陆城街道 (420581001).
    static func sample(_ layer: Layer, name: String = "测试") -> [String: Any] {
        let point: [String: Any] = ["type": "Point", "coordinates": [111.452, 30.392]]
        switch layer.name {
        case Layer.divisions.name:
            return ["type": "Feature", "properties": ["code": "420581001201", "name": name + "村"],
                    "geometry": ["type": "Polygon", "coordinates": [[[111.45, 30.39], [111.451, 30.39], [111.451, 30.391], [111.45, 30.391], [111.45, 30.39]]]]]
        case Layer.roads.name:
            return ["type": "Feature", "properties": ["name": name + "路", "class": "branch", "division": "420581001"],
                    "geometry": ["type": "LineString", "coordinates": [[111.45, 30.39], [111.455, 30.395]]]]
        case Layer.addresses.name:
            return ["type": "Feature", "properties": ["road": "人民大道", "number": 999, "division": "420581001"], "geometry": point]
        case Layer.places.name:
            return ["type": "Feature", "properties": ["name": name + "桥", "category": "bridge", "division": "420581001"], "geometry": point]
        default:
            return ["type": "Feature", "properties": ["name": name + "广场", "kind": "outdoor", "capacity": 100, "division": "420581001"], "geometry": point]
        }
    }

    static func text(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func headers(_ token: String, ifMatch: String? = nil, type: String = "application/geo+json") throws -> [(String, String)] {
        try AuthTests.bearer(token) + [("Content-Type", type)] + (ifMatch.map { [("If-Match", $0)] } ?? [])
    }

    @Test(arguments: LayerCatalog.core.layers.map(\.name))
    func theWholeLifeOfAFeature(_ name: String) async throws {
        let layer = try LayerCatalog.core.layer(named: name)
        let (server, tokens) = try await AuthTests.serverWithAccounts()
        defer { Task { await server.stop() } }
        let admin = try #require(tokens["ada"])
        let items = "/collections/\(name)/items"

        let created = try await server.request(items, method: .POST, headers: try Self.headers(admin), body: try Self.text(Self.sample(layer)))
        #expect(created.status == 201, "\(created.text)")
        let id = try #require(try created.json["id"] as? String)
        let location = try #require(created.header("Location"))
        #expect(location.hasSuffix("\(items)/\(id)"))
        let firstTag = try #require(created.header("ETag"))
        let read = try await server.get("\(items)/\(id)")
        #expect(read.status == 200 && read.header("ETag") == firstTag)

        var changed = Self.sample(layer, name: "改名")
        changed["id"] = id
        let body = try Self.text(changed)
        let withoutPrecondition = try await server.request("\(items)/\(id)", method: .PUT, headers: try Self.headers(admin), body: body)
        #expect(withoutPrecondition.status == 428, "\(withoutPrecondition.text)")
        #expect(withoutPrecondition.header("Content-Type") == "application/problem+json")
        let stale = try await server.request("\(items)/\(id)", method: .PUT,
                                             headers: try Self.headers(admin, ifMatch: "\"00000000000000000000000000000000\""), body: body)
        #expect(stale.status == 412, "\(stale.text)")
        let replaced = try await server.request("\(items)/\(id)", method: .PUT, headers: try Self.headers(admin, ifMatch: firstTag), body: body)
        #expect(replaced.status == 200, "\(replaced.text)")
        let secondTag = try #require(replaced.header("ETag"))
        #expect(secondTag != firstTag || name == Layer.addresses.name)

        let patch = #"{"properties":{"division":"420581001"}}"#
        let stalePatch = try await server.request("\(items)/\(id)", method: .PATCH,
                                                  headers: try Self.headers(admin, ifMatch: "\"0123\"", type: "application/merge-patch+json"), body: patch)
        #expect(stalePatch.status == 412 || name == Layer.divisions.name, "\(stalePatch.text)")

        let deleted = try await server.request("\(items)/\(id)", method: .DELETE, headers: try Self.headers(admin, ifMatch: secondTag))
        #expect(deleted.status == 204, "\(deleted.text)")
        #expect(try await server.get("\(items)/\(id)").status == 404)

        // Each write is in the audit log, newest first, with what it changed.
        let audit = try await server.get("/audit?layer=\(name)", try AuthTests.bearer(admin))
        let entries = try #require(try audit.json["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["action"] as? String } == ["feature.delete", "feature.replace", "feature.create"])
        #expect(entries.allSatisfy { $0["featureId"] as? String == id && $0["account"] as? String == "ada" })
        let replace = try #require(entries.dropFirst().first)
        #expect((replace["before"] as? [String: Any])?["id"] as? String == id)
        #expect((replace["after"] as? [String: Any])?["properties"] != nil)
        #expect(entries.first?["after"] is NSNull && entries.last?["before"] is NSNull)
    }

    @Test func aRetriedCreateWithTheSameIdChangesNothing() async throws {
        let (server, tokens) = try await AuthTests.serverWithAccounts()
        defer { Task { await server.stop() } }
        let officer = try #require(tokens["li"])
        var place = Self.sample(.places)
        let id = UUID().uuidString.lowercased()
        place["id"] = id
        let first = try await server.request("/collections/places/items", method: .POST, headers: try Self.headers(officer), body: try Self.text(place))
        #expect(first.status == 201, "\(first.text)")
        let again = try await server.request("/collections/places/items", method: .POST, headers: try Self.headers(officer), body: try Self.text(place))
        #expect(again.status == 200, "\(again.text)")
        #expect(again.header("ETag") == first.header("ETag"))
        let all = try await server.get("/collections/places/items?name=%E6%B5%8B%E8%AF%95%E6%A1%A5")
        #expect((try all.json["features"] as? [[String: Any]])?.count == 1)

        place["properties"] = ["name": "另一座桥", "division": "420581001"]
        let conflicting = try await server.request("/collections/places/items", method: .POST, headers: try Self.headers(officer), body: try Self.text(place))
        #expect(conflicting.status == 409, "\(conflicting.text)")
        place["id"] = "17"
        let notAUUID = try await server.request("/collections/places/items", method: .POST, headers: try Self.headers(officer), body: try Self.text(place))
        #expect(notAUUID.status == 400 && notAUUID.text.contains("UUID"), "\(notAUUID.text)")
    }

    /// Every role against every layer, as each layer's `editors` say; anonymous is 401.
    @Test func eachRoleWritesOnlyTheLayersItEdits() async throws {
        let (server, accounts) = try await AuthTests.serverWithAccounts()
        defer { Task { await server.stop() } }
        var tokens = accounts
        var unscoped: [(String, Role)] = []
        for role in Role.allCases {
            let name = "every-\(role.rawValue)"
            tokens[name] = try await server.database.pool.write { db in
                try AccessStore.addAccount(name: name, role: role, in: db)
                return try AccessStore.issueToken(for: name, in: db).secret
            }
            unscoped.append((name, role))
        }
        for layer in LayerCatalog.core.layers {
            let body = try Self.text(Self.sample(layer, name: "权限"))
            let anonymous = try await server.request("/collections/\(layer.name)/items", method: .POST,
                                                     headers: [("Content-Type", "application/geo+json")], body: body)
            #expect(anonymous.status == 401, "\(layer.name): \(anonymous.text)")
            for (account, role) in unscoped {
                let token = try #require(tokens[account])
                let answer = try await server.request("/collections/\(layer.name)/items", method: .POST, headers: try Self.headers(token), body: body)
                let expected = layer.isEditable(by: role) ? [201, 200] : [403]
                #expect(expected.contains(answer.status), "\(role.rawValue) on \(layer.name): \(answer.status) \(answer.text)")
                if answer.status == 201, let id = try answer.json["id"] as? String, let tag = answer.header("ETag") {
                    _ = try await server.request("/collections/\(layer.name)/items/\(id)", method: .DELETE,
                                                 headers: try Self.headers(token, ifMatch: tag))
                }
            }
        }
        // A boundary inspector limited to 宜都市 writes divisions there only.
        let inspector = try #require(tokens["boss"])
        var elsewhere = Self.sample(.divisions)
        elsewhere["properties"] = ["code": "420506001", "name": "外区测试"]
        let outside = try await server.request("/collections/divisions/items", method: .POST, headers: try Self.headers(inspector),
                                               body: try Self.text(elsewhere))
        #expect(outside.status == 403, "\(outside.text)")
        let inside = try await server.request("/collections/divisions/items", method: .POST, headers: try Self.headers(inspector),
                                              body: try Self.text(Self.sample(.divisions)))
        #expect(inside.status == 201, "\(inside.text)")
    }

    /// A method a resource does not have is 405 naming the ones it has.
    @Test func aWrongMethodIs405WithAllow() async throws {
        let server = try await TestServer.shared.value
        let onItem = try await server.request("/collections/places/items/x", method: .POST, body: "{}")
        #expect(onItem.status == 405)
        let allowed = Set((onItem.header("Allow") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        #expect(allowed.isSuperset(of: ["GET", "PUT", "PATCH", "DELETE"]), "\(allowed)")
        let onItems = try await server.request("/collections/places/items", method: .DELETE)
        #expect(onItems.status == 405)
        #expect(onItems.header("Allow")?.contains("POST") == true)
    }

    /// Renaming a road renames its house numbers; a road with house numbers cannot go.
    @Test func houseNumbersFollowTheirRoad() async throws {
        let (server, tokens) = try await AuthTests.serverWithAccounts()
        defer { Task { await server.stop() } }
        let officer = try #require(tokens["li"])
        let address = try #require(try await server.get("/collections/addresses/items?limit=1").json["features"] as? [[String: Any]]).first
        let properties = try #require(address?["properties"] as? [String: Any])
        let roadID = try #require(properties["road_id"] as? String)
        let road = try await server.get("/collections/roads/items/\(roadID)")
        let tag = try #require(road.header("ETag"))
        let renamed = try await server.request("/collections/roads/items/\(roadID)", method: .PATCH,
                                               headers: try Self.headers(officer, ifMatch: tag, type: "application/merge-patch+json"),
                                               body: #"{"properties":{"name":"新人民大道"}}"#)
        #expect(renamed.status == 200, "\(renamed.text)")
        let addressID = try #require(address?["id"] as? String)
        let after = try await server.get("/collections/addresses/items/\(addressID)").json
        #expect((after["properties"] as? [String: Any])?["road"] as? String == "新人民大道")

        let newTag = try #require(renamed.header("ETag"))
        let removal = try await server.request("/collections/roads/items/\(roadID)", method: .DELETE, headers: try Self.headers(officer, ifMatch: newTag))
        #expect(removal.status == 409, "\(removal.text)")
        #expect(try await server.get("/collections/roads/items/\(roadID)").status == 200)
    }

    @Test func badBodiesAreRefusedAndWriteNothing() async throws {
        let (server, tokens) = try await AuthTests.serverWithAccounts()
        defer { Task { await server.stop() } }
        let officer = try #require(tokens["li"])
        let before = try await server.get("/collections/places/items?limit=1").json["numberMatched"] as? Int
        let swapped = #"{"type":"Feature","properties":{"name":"颠倒"},"geometry":{"type":"Point","coordinates":[30.39,111.45]}}"#
        let answer = try await server.request("/collections/places/items", method: .POST, headers: try Self.headers(officer), body: swapped)
        #expect(answer.status == 422, "\(answer.text)")
        #expect(try answer.json["field"] as? String == "geometry")
        let unknownRoad = #"{"type":"Feature","properties":{"road":"不存在路","number":1},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#
        let orphan = try await server.request("/collections/addresses/items", method: .POST, headers: try Self.headers(officer), body: unknownRoad)
        #expect(orphan.status == 422, "\(orphan.text)")
        #expect(try orphan.json["field"] as? String == "road")
        let wrongType = try await server.request("/collections/places/items", method: .POST, headers: try Self.headers(officer, type: "text/csv"), body: "a,b")
        #expect(wrongType.status == 415, "\(wrongType.text)")
        #expect(try await server.get("/collections/places/items?limit=1").json["numberMatched"] as? Int == before)
    }
}

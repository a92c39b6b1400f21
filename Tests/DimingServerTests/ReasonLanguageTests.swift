import Foundation
import Testing

/// The reason inside a 400's detail is in the asked language too: a Chinese officer read
/// `limit："abc" is not an integer from 1 to 10000`.
@Suite struct ReasonLanguageTests {
    @Test func aBadLimitIsExplainedInChinese() async throws {
        let server = try await TestServer.shared.value
        let zh = try await server.get("/collections/divisions/items?limit=abc", LanguageTests.chinese)
        #expect(zh.status == 400)
        let detail = try #require(try zh.json["detail"] as? String, "\(zh.text)")
        #expect(detail == "limit：\"abc\" 不是 1 到 10000 之间的整数", "\(detail)")
        #expect(!detail.contains("is not"))
        LanguageTests.expectLanguage(zh, "zh")

        let en = try await server.get("/collections/divisions/items?limit=abc")
        #expect(try en.json["detail"] as? String == "limit: \"abc\" is not an integer from 1 to 10000", "\(en.text)")
    }

    @Test func aBadLatitudeIsExplainedInChinese() async throws {
        let server = try await TestServer.shared.value
        let zh = try await server.get("/locate?lon=111.45&lat=abc", LanguageTests.chinese)
        #expect(zh.status == 400)
        let detail = try #require(try zh.json["detail"] as? String, "\(zh.text)")
        #expect(detail == "lat：\"abc\" 不是数字", "\(detail)")
        #expect(!detail.contains("is not"))
        let missing = try await server.get("/locate?lon=111.45", LanguageTests.chinese)
        #expect(try missing.json["detail"] as? String == "lat：必须给出", "\(missing.text)")

        let en = try await server.get("/locate?lon=111.45&lat=abc")
        #expect(try en.json["detail"] as? String == "lat: \"abc\" is not a number", "\(en.text)")
    }

    @Test func aBadBoundingBoxIsExplainedInChinese() async throws {
        let server = try await TestServer.shared.value
        let zh = try await server.get("/collections/divisions/items?bbox=111,31,112,30", LanguageTests.chinese)
        #expect(zh.status == 400)
        let detail = try #require(try zh.json["detail"] as? String, "\(zh.text)")
        #expect(detail.contains("南边 31.0 大于北边 30.0"), "\(detail)")
        #expect(!detail.contains("greater"))
    }

    /// 403 and 401 say what was refused and why in Chinese, the action included.
    @Test func aRefusedAccountIsToldWhyInChinese() async throws {
        let (server, tokens) = try await AuthTests.serverWithAccounts()
        defer { Task { await server.stop() } }
        let viewer = try await server.get("/audit", try AuthTests.bearer(tokens["wang"]) + LanguageTests.chinese)
        #expect(viewer.status == 403)
        #expect(try viewer.json["detail"] as? String == "wang 不能查看审计日志：只有管理员可以这样做", "\(viewer.text)")
        let english = try await server.get("/audit", try AuthTests.bearer(tokens["wang"]))
        #expect(try english.json["detail"] as? String == "wang may not read the audit log: only an admin may", "\(english.text)")
        let malformed = try await server.get("/audit", [("Authorization", "Basic x")] + LanguageTests.chinese)
        #expect(malformed.status == 401)
        #expect(try malformed.json["detail"] as? String == "Authorization 请求头必须是 \"Bearer <token>\"", "\(malformed.text)")
    }
}

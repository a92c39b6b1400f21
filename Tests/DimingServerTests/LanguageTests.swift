import Foundation
import Testing

/// Problems and HTML pages speak the language of `Accept-Language`: Chinese when asked,
/// English otherwise (also for languages Diming does not speak and for garbage), and say so in
/// `Content-Language` with `Vary: Accept-Language`.
@Suite struct LanguageTests {
    static let chinese = [("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")]

    static func isChinese(_ text: String?) -> Bool {
        text?.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } == true
    }

    static func expectLanguage(_ response: TestResponse, _ language: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.header("Content-Language") == language, sourceLocation: sourceLocation)
        let vary = response.headers[canonicalForm: "Vary"].joined(separator: ",").lowercased()
        #expect(vary.contains("accept-language"), "Vary: \(vary)", sourceLocation: sourceLocation)
    }

    @Test func aNotFoundProblemIsInChineseWhenAskedAndInEnglishOtherwise() async throws {
        let server = try await TestServer.shared.value
        let zh = try await server.get("/collections/nope", Self.chinese)
        #expect(zh.status == 404)
        #expect(try zh.json["title"] as? String == "未知图层")
        #expect(try (zh.json["detail"] as? String)?.hasPrefix("没有名为 \"nope\" 的图层；图层有 ") == true, "\(zh.text)")
        #expect(try zh.json["field"] as? String == "layer")
        Self.expectLanguage(zh, "zh")

        let en = try await server.get("/collections/nope")
        #expect(try en.json["title"] as? String == "Unknown layer")
        #expect(try (en.json["detail"] as? String)?.hasPrefix("no layer named \"nope\"; the layers are ") == true, "\(en.text)")
        Self.expectLanguage(en, "en")
    }

    @Test func aBadQueryParameterIsRefusedInChinese() async throws {
        let server = try await TestServer.shared.value
        let zh = try await server.get("/collections/divisions/items?unknownQueryParameter12345=1", Self.chinese)
        #expect(zh.status == 400)
        #expect(try zh.json["title"] as? String == "未知查询参数")
        #expect(try (zh.json["detail"] as? String)?.hasPrefix("未知查询参数 \"unknownQueryParameter12345\"；此资源接受 ") == true, "\(zh.text)")
        Self.expectLanguage(zh, "zh")
        let noRoute = try await server.get("/nowhere", Self.chinese)
        #expect(try noRoute.json["detail"] as? String == "没有资源 GET /nowhere；接口说明见 /api")
    }

    @Test func anInvalidFeatureIsRefusedInChinese() async throws {
        let (server, tokens) = try await AuthTests.serverWithAccounts()
        defer { Task { await server.stop() } }
        let officer = try #require(tokens["li"])
        let swapped = #"{"type":"Feature","properties":{"name":"颠倒"},"geometry":{"type":"Point","coordinates":[30.39,111.45]}}"#
        let headers = try FeatureEditingTests.headers(officer)
        let zh = try await server.request("/collections/places/items", method: .POST, headers: headers + Self.chinese, body: swapped)
        #expect(zh.status == 422, "\(zh.text)")
        #expect(Self.isChinese(try zh.json["title"] as? String), "\(zh.text)")
        #expect(Self.isChinese(try zh.json["detail"] as? String), "\(zh.text)")
        Self.expectLanguage(zh, "zh")
        let en = try await server.request("/collections/places/items", method: .POST, headers: headers, body: swapped)
        #expect(en.status == 422)
        #expect(!Self.isChinese(try en.json["title"] as? String), "\(en.text)")
        Self.expectLanguage(en, "en")
    }

    /// Languages Diming does not speak, wildcards and garbage get English, never a 500.
    @Test(arguments: ["fr", "*", "en-GB,en;q=0.9", "zh;q=0, en", ";;;q=abc,,", "garbage;q=2;;=", "fr-CA, zh-TW;q=0.1, en;q=0.5"])
    func otherLanguagesGetEnglish(_ header: String) async throws {
        let server = try await TestServer.shared.value
        let response = try await server.get("/collections/nope", [("Accept-Language", header)])
        #expect(response.status == 404)
        #expect(try response.json["title"] as? String == "Unknown layer")
        #expect(response.header("Content-Language") == "en")
    }

    @Test func htmlPagesAreInTheAskedLanguage() async throws {
        let server = try await TestServer.shared.value
        let zh = try await server.get("/collections?f=html", Self.chinese)
        #expect(zh.status == 200)
        #expect(zh.text.contains("<html lang=\"zh-CN\">"))
        #expect(zh.text.contains("<h1>数据集</h1>"))
        #expect(zh.text.contains("行政区划"))
        Self.expectLanguage(zh, "zh")

        let en = try await server.get("/collections?f=html")
        #expect(en.text.contains("<html lang=\"en\">"))
        #expect(en.text.contains("<h1>Collections</h1>"))
        #expect(!en.text.contains("数据集"))
        Self.expectLanguage(en, "en")
        #expect(zh.header("ETag") != en.header("ETag"), "the two languages are two representations")
    }
}

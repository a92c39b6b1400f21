import DimingCore
import DimingTestSupport
import Foundation
import Testing
@testable import DimingGazetteer

/// The profiles of `gazetteer/profiles/`, and a county's own file tightening the national one.
@Suite struct JurisdictionProfileTests {
    /// A profile file in a new folder.
    static func write(_ json: String, named name: String = "county.json") throws -> String {
        let folder = ScratchFolder.url("profiles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func theNationalProfileComesFromItsFile() throws {
        let national = JurisdictionProfile.national
        #expect(national.problem == nil)
        #expect(national.name == "national")
        #expect(national.scopeLevel(for: .road, generic: "路") == .township)
        #expect(national.scopeLevel(for: .village, generic: "村") == .township)
        #expect(national.scopeLevel(for: .administrativeArea, generic: "镇") == .county)
        #expect(national.scopeLevel(for: .administrativeArea, generic: "县") == .all)
        #expect(national.severities["N-DUP"] == .reject && national.severities["N-HOMO"] == .warn)
        #expect(national.words["N-PERSON"]?.contains("鲁迅") == true)
        #expect(national.words["N-PERSON-LEADER"]?.contains("毛泽东") == true)
        #expect(national.words["N-FOREIGN"]?.contains("威尼斯") == true)
        #expect(national.words["N-BRAND"]?.contains("万达") == true)
        #expect(JurisdictionProfile.knownNames() == ["national", "tongling-style"])
    }

    @Test func theStricterCountyProfileExtendsTheNationalOne() throws {
        let strict = try JurisdictionProfile.named("tongling-style")
        #expect(strict.scopeLevel(for: .road, generic: "路") == .county)
        #expect(strict.severities["N-HOMO"] == .reject && strict.severities["N-DUP-AFFIX"] == .reject)
        #expect(strict.affixes == ["新", "大", "老", "{city}", "{county}"])
        #expect(strict.words == JurisdictionProfile.national.words, "the national word lists still apply")
    }

    @Test func aCountyFileTightensTheNationalRules() throws {
        let path = try Self.write("""
            {"extends": "national", "name": "宜都", "scopes": {"road": "county"},
             "severities": {"N-BRAND": "reject"}, "words": {"N-BRAND": ["宜都化工"]}}
            """)
        let profile = try JurisdictionProfile.load(path: path)
        #expect(profile.name == "宜都")
        let fixture = try CheckFixture()
        let brand = try fixture.findings("宜都化工路", profile: profile)
        #expect(brand.map(\.code) == ["N-BRAND"] && brand.rejects)
        #expect(try fixture.findings("万达路", profile: profile).first?.severity == .reject, "the national list at the county's severity")
        #expect(try fixture.findings("人民路", in: CheckFixture.xinqiao, profile: profile).coded("N-DUP").first?.severity == .reject)
        #expect(try fixture.findings("曼哈顿大道", profile: profile).rejects, "what the county does not mention stays national")
    }

    @Test func aCountyFileMayNotLoosenTheRulesItExtends() throws {
        let lower = try Self.write(#"{"extends": "national", "severities": {"N-DUP": "warn"}}"#)
        #expect(throws: NamingCheckError.profileLoosens(path: lower, rule: "N-DUP", base: "reject", value: "warn")) {
            try JurisdictionProfile.load(path: lower)
        }
        let narrower = try Self.write(#"{"extends": "national", "scopes": {"default": "township"}}"#)
        #expect(throws: NamingCheckError.profileLoosens(path: narrower, rule: "scopes.default", base: "county", value: "township")) {
            try JurisdictionProfile.load(path: narrower)
        }
    }

    @Test func badProfilesAreRefusedWithTheReason() throws {
        #expect(throws: NamingCheckError.unknownProfile("tongling", known: ["national", "tongling-style"])) {
            try JurisdictionProfile.resolve("tongling")
        }
        let unknownField = try Self.write(#"{"extends": "national", "scope": {"road": "county"}}"#)
        let error = try #require(throws: NamingCheckError.self) { try JurisdictionProfile.load(path: unknownField) }
        #expect(error.detail(in: .en).contains("unknown field scope"))
        #expect(error.detail(in: .zh).hasPrefix("地名规则配置 "))
        let badLevel = try Self.write(#"{"scopes": {"road": "town"}}"#)
        #expect(throws: NamingCheckError.self) { try JurisdictionProfile.load(path: badLevel) }
        let badRule = try Self.write(#"{"severities": {"N-DUPE": "reject"}}"#)
        let ruleError = try #require(throws: NamingCheckError.self) { try JurisdictionProfile.load(path: badRule) }
        #expect(ruleError.detail.contains("unknown rule N-DUPE"))
        let missingList = try Self.write(#"{"wordlists": {"N-BRAND": ["nowhere.txt"]}}"#)
        let listError = try #require(throws: NamingCheckError.self) { try JurisdictionProfile.load(path: missingList) }
        #expect(listError.detail.contains("word list nowhere.txt not found"))
        #expect(throws: NamingCheckError.self) { try JurisdictionProfile.load(path: "/nonexistent/profile.json") }
    }

    /// Without its file the national profile refuses to check rather than find nothing.
    @Test func aProfileThatCouldNotLoadRefusesToCheck() throws {
        let missing = JurisdictionProfile(name: "national", problem: .badProfile(path: "gazetteer/profiles/national.json", reason: "not found"))
        let fixture = try CheckFixture()
        #expect(throws: NamingCheckError.badProfile(path: "gazetteer/profiles/national.json", reason: "not found")) {
            try fixture.database.pool.read { db in
                try NamingChecker(profile: missing).findings(for: NameProposal(name: "人民路", category: .road), in: db)
            }
        }
    }

    @Test func checkMessagesSpeakBothLanguages() {
        var keys = Set<String>()
        for message in CheckMessages.all {
            #expect(keys.insert(message.key).inserted, "\(message.key) twice")
            #expect(!message.zh.isEmpty && !message.en.isEmpty && message.zh != message.en || message.key == "cli.place.check.finding")
            #expect(Message.placeholders(in: message.zh) == Message.placeholders(in: message.en), "\(message.key)")
            // As the core catalog's test asks: Chinese characters or punctuation, unless both texts are the same.
            let chinese = message.zh.unicodeScalars.contains {
                (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
            }
            #expect(chinese || message.zh == message.en, "\(message.key)")
        }
    }
}

import DimingCore
import Foundation
import GRDB
import Testing
@testable import DimingGazetteer

/// gazetteer.md §4.2, NM-01 … NM-11, through ``NamingChecker`` on a real SpatiaLite file.
@Suite struct NamingCheckerTests {
    @Test func nm01DuplicateInTheSameTownRejects() throws {
        let fixture = try CheckFixture()
        let findings = try fixture.findings("人民路")
        let duplicate = try #require(findings.coded("N-DUP").first)
        #expect(duplicate.severity == .reject)
        #expect(duplicate.conflicting == .init(id: fixture.uids["人民路"]!, name: "人民路", division: CheckFixture.chengguan, status: "approved"))
        #expect(duplicate.zh == "与城关镇（420581100）内已批准的“人民路”重名")
        #expect(duplicate.en == "the same name as 人民路 (approved) in 城关镇 (420581100)")
        #expect(findings.first == duplicate, "most severe first")
        #expect(findings.coded("N-HOMO").isEmpty, "an identical name is a duplicate, not also a homophone")
    }

    @Test func nm02HomophoneWarnsNationallyAndRejectsInTheStricterProfile() throws {
        let fixture = try CheckFixture()
        let national = try #require(try fixture.findings("仁民路").coded("N-HOMO").first)
        #expect(national.severity == .warn)
        #expect(national.conflicting?.name == "人民路")
        #expect(national.en.contains("renminlu, tones ignored"))
        let strict = try fixture.findings("仁民路", profile: CheckFixture.tongling)
        #expect(strict.coded("N-HOMO").first?.severity == .reject)
    }

    @Test func nm03TonesAreIgnored() throws {
        let fixture = try CheckFixture()
        let findings = try fixture.findings("护心路")   // Hùxīn against 湖心路 Húxīn
        #expect(findings.coded("N-HOMO").map(\.conflicting?.name) == ["湖心路"])
    }

    @Test func nm04SameSpecificWithAnotherGenericWarns() throws {
        let fixture = try CheckFixture()
        let findings = try fixture.findings("青龙街")
        let suffix = try #require(findings.coded("N-SUFFIX-ONLY").first)
        #expect(suffix.severity == .warn)
        #expect(suffix.conflicting?.id == fixture.uids["青龙路"], "青龙路 counts by places.name without a name record")
        #expect(suffix.zh.contains("专名相同（青龙）"))
        #expect(!findings.rejects)
    }

    @Test func nm05AffixWarnsNationallyAndRejectsInTheStricterProfile() throws {
        let fixture = try CheckFixture()
        let national = try fixture.findings("新长江路")
        #expect(national.map(\.code) == ["N-DUP-AFFIX"])
        #expect(national.first?.severity == .warn)
        #expect(national.first?.conflicting?.name == "长江路")
        #expect(national.first?.zh == "加减“新”后与城关镇（420581100）内已批准的“长江路”同名")
        let strict = try fixture.findings("新长江路", profile: CheckFixture.tongling)
        #expect(strict.coded("N-DUP-AFFIX").first?.severity == .reject)
        #expect(strict.coded("N-DUP-AFFIX").first?.conflicting?.name == "长江路")
    }

    @Test func nm06TheScopeIsConfiguration() throws {
        let fixture = try CheckFixture()
        #expect(try fixture.findings("人民路", in: CheckFixture.xinqiao).isEmpty, "another town: passes under the same-城镇 scope")
        let strict = try fixture.findings("人民路", in: CheckFixture.xinqiao, profile: CheckFixture.tongling)
        let duplicate = try #require(strict.coded("N-DUP").first)
        #expect(duplicate.severity == .reject)
        #expect(duplicate.conflicting?.division == CheckFixture.chengguan)
        #expect(duplicate.zh.contains("宜都市（420581）"))
    }

    @Test func nm07ForeignPlaceNameRejects() throws {
        let findings = try CheckFixture().findings("曼哈顿大道")
        #expect(findings.map(\.code) == ["N-FOREIGN"])
        #expect(findings.first?.severity == .reject)
        #expect(findings.first?.en == "contains a foreign place or person name, 曼哈顿")
    }

    @Test func nm08PenNamesGoToReviewAndLeadersReject() throws {
        let fixture = try CheckFixture()
        let luxun = try fixture.findings("鲁迅路")
        #expect(luxun.map(\.code) == ["N-PERSON"])
        #expect(luxun.first?.severity == .review)
        let leader = try fixture.findings("邓小平路")
        #expect(leader.map(\.code) == ["N-PERSON"])
        #expect(leader.first?.severity == .reject)
        #expect(leader.first?.zh.contains("国家领导人") == true)
    }

    @Test func nm09BrandGoesToReview() throws {
        let findings = try CheckFixture().findings("万达路")
        #expect(findings.map(\.code) == ["N-BRAND"])
        #expect(findings.first?.severity == .review)
    }

    @Test func nm10NoGenericStackedGenericsAndBareOrdinalsReject() throws {
        let fixture = try CheckFixture()
        let bare = try fixture.findings("幸福")
        #expect(bare.map(\.code) == ["N-STRUCT"] && bare.rejects)
        let stacked = try fixture.findings("幸福大厦广场", category: .building)
        #expect(stacked.map(\.code) == ["N-STACK"] && stacked.rejects)
        #expect(stacked.first?.zh == "通名重叠：“大厦”之后又有“广场”")
        // 二马路 is 2 Malu (PY-06): an ordinal before the generic 马路, bare like 一路.
        for ordinal in ["一路", "第三街", "十二巷", "二马路"] {
            let findings = try fixture.findings(ordinal)
            #expect(findings.map(\.code) == ["N-ORD"] && findings.rejects, "\(ordinal)")
        }
        // Names made of numerals, and serial names, are not bare ordinals (PY-07 … PY-09, PY-21).
        for name in ["三八路", "经五路", "人民路一巷"] {
            #expect(try fixture.findings(name).coded("N-ORD").isEmpty, "\(name)")
        }
        #expect(try fixture.findings("五一广场", category: .square).isEmpty)
        #expect(try fixture.findings("路").map(\.code) == ["N-STRUCT"], "only a generic")
    }

    /// NM-11 with the officer's reading: 长子路 read Zhǎngzǐ is a homophone of 张子路.
    @Test func nm11TheReadingDecidesTheHomophone() throws {
        let fixture = try CheckFixture()
        let findings = try fixture.findings("长子路", reading: "zhang3 zi3 lu4")
        #expect(findings.coded("N-HOMO").map(\.conflicting?.name) == ["张子路"])
        #expect(try fixture.findings("长子路", reading: "Zhǎng zǐ lù").coded("N-HOMO").count == 1, "toned readings too")
        #expect(try fixture.findings("长子路", reading: "chang2 zi3 lu4").coded("N-HOMO").isEmpty, "read Chángzǐ it is another name")
    }

    /// NM-11 from the speller alone, without a reading: the place-name reading dictionary
    /// (and already ICU, which knows the word 长子) reads 长子 as zhangzi.
    @Test func nm11TheDictionaryDecidesTheHomophone() throws {
        let findings = try CheckFixture().findings("长子路")
        #expect(findings.coded("N-HOMO").map(\.conflicting?.name) == ["张子路"])
    }

    /// An existing name's recorded reading is its sound: 长子街 read Chángzǐ (not the dictionary's Zhǎngzǐ).
    @Test func anExistingNamesReadingIsItsSound() throws {
        var fixture = try CheckFixture()
        let uid = try fixture.add("长子街", in: CheckFixture.xinqiao)
        try fixture.database.pool.write { db in
            try db.execute(sql: #"UPDATE "place_names" SET "reading" = 'chang2 zi3 jie1' WHERE "place" = ?"#, arguments: [uid])
        }
        #expect(try fixture.findings("常子街", in: CheckFixture.xinqiao).coded("N-HOMO").map(\.conflicting?.name) == ["长子街"])
        #expect(try fixture.findings("张子街", in: CheckFixture.xinqiao).coded("N-HOMO").isEmpty)
    }

    /// N-NEAR is off nationally; a profile that sets it finds 谐音 (one initial or final apart).
    @Test func nearHomophonesWhenTheProfileAsks() throws {
        let fixture = try CheckFixture()
        #expect(try fixture.findings("人明路").isEmpty)
        var baotou = JurisdictionProfile.national
        baotou.severities["N-NEAR"] = .warn
        let near = try fixture.findings("人明路", profile: baotou)
        #expect(near.map(\.code) == ["N-NEAR"] && near.first?.conflicting?.name == "人民路")
        #expect(near.first?.en.contains("ren ming lu and ren min lu differ in one initial or final") == true)
        #expect(try fixture.findings("新民路", profile: baotou).isEmpty, "xin and ren differ in both")
        #expect(try fixture.findings("仁民路", profile: baotou).map(\.code) == ["N-HOMO"], "a homophone is not also near")
    }

    @Test func pendingAndReservedNamesBlockAndEndedOnesDoNot() throws {
        var fixture = try CheckFixture()
        try fixture.add("解放路", in: CheckFixture.chengguan, status: "proposed")
        try fixture.add("滨江路", in: CheckFixture.chengguan, status: "reserved")
        try fixture.add("和平路", in: CheckFixture.chengguan, status: "rejected")
        try fixture.add("建设大道", in: CheckFixture.chengguan, nameRecords: [("建设路", "former", "historical"), ("建设大道", "standard", "approved")])
        let pending = try #require(try fixture.findings("解放路").coded("N-DUP").first)
        #expect(pending.severity == .reject && pending.conflicting?.status == "proposed")
        #expect(pending.zh.contains("申报中的“解放路”"))
        let reserved = try #require(try fixture.findings("滨江路").coded("N-DUP").first)
        #expect(reserved.conflicting?.status == "reserved" && reserved.en.contains("reserved in the 地名方案"))
        #expect(try fixture.findings("和平路").isEmpty, "a rejected proposal frees the name")
        #expect(try fixture.findings("建设路").coded("N-DUP").isEmpty, "a former name is not in force")
    }

    @Test func aRenameIsNotItsOwnDuplicate() throws {
        let fixture = try CheckFixture()
        #expect(try fixture.findings("人民路", place: fixture.uids["人民路"]).isEmpty)
    }

    @Test func aCoarseDivisionWidensTheScopeAndSaysSo() throws {
        let fixture = try CheckFixture()
        let county = try fixture.findings("人民路", in: CheckFixture.county)
        #expect(county.coded("N-DUP").count == 1)
        #expect(county.coded("N-SCOPE").first?.en == "duplicates are looked for within one township, but only 宜都市 (420581) was given: compared within all of it")
        let nowhere = try fixture.findings("人民路", in: nil)
        #expect(nowhere.coded("N-DUP").count == 1)
        #expect(nowhere.coded("N-SCOPE").first?.severity == .warn)
    }

    @Test func theCountysOwnNameIsAnAffixInTheStricterProfile() throws {
        let fixture = try CheckFixture()
        let findings = try fixture.findings("宜都人民路", profile: CheckFixture.tongling)
        let affix = try #require(findings.coded("N-DUP-AFFIX").first)
        #expect(affix.severity == .reject && affix.conflicting?.name == "人民路")
        #expect(try fixture.findings("宜都人民路").coded("N-DUP-AFFIX").isEmpty, "not an affix in the national rules")
    }

    @Test func anUnknownDivisionIsRefused() throws {
        #expect(throws: NamingCheckError.unknownDivision("420581999")) { try CheckFixture().findings("人民路", in: "420581999") }
    }

    @Test func ordinalsAreComparedBySound() {
        #expect(SoundKey.normalized("2malu") == "ermalu")
        #expect(SoundKey.normalized("dongsi12tiao") == "dongsishiertiao")
        #expect(SoundKey.spoken("20") == "ershi" && SoundKey.spoken("105") == "yibailingwu")
        #expect(SoundKey.of("绿水路", category: .road, reading: "Lǜ shuǐ lu4", speller: PinyinSpeller()) == "lushuilu")
    }

    /// A reading that does not fit the name is refused, not quietly replaced by the dictionary's.
    @Test func aReadingThatDoesNotFitTheNameIsRefused() throws {
        let fixture = try CheckFixture()
        #expect(throws: PinyinReadingError.wrongCount(reading: "ren2 min2", syllables: 2, characters: 3)) {
            try fixture.findings("仁民路", reading: "ren2 min2")
        }
        #expect(throws: PinyinReadingError.self) { try fixture.findings("仁民路", reading: "ren2 min2 xyz") }
    }

    @Test func theFacadeChecksWithItsProfile() async throws {
        let fixture = try CheckFixture()
        let gazetteer = Gazetteer(fixture.database, profile: try CheckFixture.tongling)
        let findings = try await gazetteer.check(NameProposal(name: "人民路", category: .road, division: CheckFixture.xinqiao))
        #expect(findings.coded("N-DUP").first?.severity == .reject)
    }
}

import Foundation
import Testing
@testable import DimingGazetteer

/// The split into specific, qualifiers, ordinal, modifier and generic that the checks and the
/// spelling share.
@Suite struct NamePartsTests {
    @Test(arguments: [
        ("延安东路", PlaceCategory?.some(.road), NameParts(specific: "延安", modifier: "东", generic: "路")),
        ("长江大道", .road, NameParts(specific: "长江", generic: "大道")),
        ("幸福", nil, NameParts(specific: "幸福", generic: "")),
        ("解放路南小街", .road, NameParts(specific: "解放路", modifier: "南小", generic: "街")),
        ("南小街", .road, NameParts(specific: "南", modifier: "小", generic: "街")),
        ("东四十二条", .road, NameParts(specific: "东四", generic: "条", ordinal: "十二")),
        ("经五路", .road, NameParts(specific: "经", generic: "路", ordinal: "五")),
        ("第九弄", .road, NameParts(specific: "", generic: "弄", ordinal: "第九")),
        ("三八路", .road, NameParts(specific: "三八", generic: "路")),
        ("长阳土家族自治县", .administrativeArea, NameParts(specific: "长阳", generic: "自治县", qualifiers: ["土家族"])),
        ("市中区", .administrativeArea, NameParts(specific: "市中", generic: "区")),
        ("人民路", nil, NameParts(specific: "人民", generic: "路")),
        ("路", nil, NameParts(specific: "路", generic: "")),
    ] as [(String, PlaceCategory?, NameParts)])
    func split(_ name: String, _ category: PlaceCategory?, _ expected: NameParts) {
        #expect(NameParts.split(name, category: category) == expected)
    }

    /// 一 before 巷 is an ordinal only in a street; 五一 is never a number.
    @Test func ordinalsOnlyInStreets() {
        #expect(NameParts.split("一号桥", category: .bridge).ordinal == "")
        #expect(NameParts.split("五一路", category: .road).ordinal == "")
        #expect(NameParts.split("人民路一巷", category: .road).ordinal == "一")
    }

    @Test func aSplitStoredWithThreePartsStillDecodes() throws {
        let parts = try JSONDecoder().decode(NameParts.self, from: Data(#"{"specific":"延安","modifier":"东","generic":"路"}"#.utf8))
        #expect(parts == NameParts(specific: "延安", modifier: "东", generic: "路"))
        let full = NameParts.split("长阳土家族自治县", category: .administrativeArea)
        #expect(try JSONDecoder().decode(NameParts.self, from: JSONEncoder().encode(full)) == full)
    }

    @Test func chineseNumerals() {
        #expect(ChineseNumeral.value(of: "十二".unicodeScalars) == 12)
        #expect(ChineseNumeral.value(of: "四十二".unicodeScalars) == 42)
        #expect(ChineseNumeral.value(of: "二十".unicodeScalars) == 20)
        #expect(ChineseNumeral.value(of: "一百零五".unicodeScalars) == 105)
        #expect(ChineseNumeral.value(of: "三八".unicodeScalars) == nil)
        #expect(ChineseNumeral.value(of: "五一".unicodeScalars) == nil)
    }
}

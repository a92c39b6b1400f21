import DimingCore
import Testing
@testable import DimingGazetteer

/// The worked cases of gazetteer.md §4.1 (PY-01 … PY-24) and the rule examples of §2.7.
@Suite struct PinyinSpellerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let id: String
        let name: String
        let category: PlaceCategory?
        let expected: String
        var testDescription: String { "\(id) \(name) → \(expected)" }
    }

    static let speller = PinyinSpeller()

    /// §4.1, toneless (the canonical form); one row per name.
    static let worked: [Case] = [
        Case(id: "PY-01", name: "解放路", category: .road, expected: "Jiefang Lu"),
        Case(id: "PY-02", name: "长江大道", category: .road, expected: "Changjiang Dadao"),
        Case(id: "PY-03", name: "西安路", category: .road, expected: "Xi'an Lu"),
        Case(id: "PY-04", name: "延安东路", category: .road, expected: "Yan'an Donglu"),
        Case(id: "PY-05", name: "中山北路", category: .road, expected: "Zhongshan Beilu"),
        Case(id: "PY-06", name: "二马路", category: .road, expected: "2 Malu"),
        Case(id: "PY-07", name: "经五路", category: .road, expected: "Jing 5 Lu"),
        Case(id: "PY-08", name: "三八路", category: .road, expected: "Sanba Lu"),
        Case(id: "PY-09", name: "五一广场", category: .square, expected: "Wuyi Guangchang"),
        Case(id: "PY-10", name: "张之洞路", category: .road, expected: "Zhangzhidong Lu"),
        Case(id: "PY-11", name: "王村", category: .village, expected: "Wangcun"),
        Case(id: "PY-11", name: "周口店", category: .village, expected: "Zhoukoudian"),
        Case(id: "PY-12", name: "黑龙江省", category: .administrativeArea, expected: "Heilongjiang Sheng"),
        Case(id: "PY-13", name: "解放路南小街", category: .road, expected: "Jiefanglu Nanxiaojie"),
        Case(id: "PY-14", name: "景山后街", category: .road, expected: "Jingshan Houjie"),
        Case(id: "PY-15", name: "朝阳门内大街", category: .road, expected: "Chaoyangmennei Dajie"),
        Case(id: "PY-16", name: "大运河", category: .river, expected: "Da Yunhe"),
        Case(id: "PY-16", name: "太湖", category: .lake, expected: "Tai Hu"),
        Case(id: "PY-16", name: "通县", category: .administrativeArea, expected: "Tong Xian"),
        Case(id: "PY-17", name: "十里堡", category: .village, expected: "Shilipu"),
        Case(id: "PY-17", name: "大黄堡", category: .village, expected: "Dahuangbao"),
        Case(id: "PY-17", name: "吴堡", category: .village, expected: "Wubu"),
        Case(id: "PY-18", name: "盆儿胡同", category: .road, expected: "Penr Hutong"),
        Case(id: "PY-19", name: "第二松花江", category: .river, expected: "Di'er Songhua Jiang"),
        Case(id: "PY-20", name: "东四十二条", category: .road, expected: "Dongsi 12 Tiao"),
        Case(id: "PY-21", name: "大川淀一巷", category: .road, expected: "Dachuandian 1 Xiang"),
        Case(id: "PY-21", name: "人民路一巷", category: .road, expected: "Renminlu 1 Xiang"),
        Case(id: "PY-22", name: "天峨县", category: .administrativeArea, expected: "Tian'e Xian"),
        Case(id: "PY-22", name: "建瓯市", category: .administrativeArea, expected: "Jian'ou Shi"),
        Case(id: "PY-23", name: "长安街", category: .road, expected: "Chang'an Jie"),
    ]

    @Test(arguments: worked)
    func workedCase(_ row: Case) {
        #expect(Self.speller.spell(row.name, category: row.category).toneless == row.expected)
    }

    /// The same names without a category: the generic alone must give the same split (the
    /// villages of PY-11 and PY-17 are left out: only their category makes them one word).
    @Test(arguments: worked.filter { $0.category != .village })
    func workedCaseWithoutCategory(_ row: Case) {
        #expect(Self.speller.spell(row.name).toneless == row.expected)
    }

    @Test func py24TonedForm() {
        #expect(Self.speller.spell("北京市", category: .administrativeArea).toned == "Běijīng Shì")
    }

    @Test func py01SignFormIsAllCapitals() {
        let spelling = Self.speller.spell("解放路", category: .road)
        #expect(spelling.sign == "JIEFANG LU")
        #expect(spelling.text(.sign) == "JIEFANG LU")
        #expect(Self.speller.spell("长安街").sign == "CHANG'AN JIE")
    }

    /// More examples of the 1984 rules and GB/T 16159 (gazetteer.md §2.7).
    @Test(arguments: [
        ("南小街", PlaceCategory.road, "Nan Xiaojie"), ("小南街", .road, "Xiao Nanjie"),
        ("潮白新河", .river, "Chaobai Xinhe"), ("西辽河", .river, "Xiliao He"), ("南横东街", .road, "Nanheng Dongjie"),
        ("修文西小巷", .road, "Xiuwen Xixiaoxiang"), ("东直门外南后街", .road, "Dongzhimenwai Nanhoujie"),
        ("朝阳门内南小街", .road, "Chaoyangmennei Nanxiaojie"), ("太行山", .mountain, "Taihang Shan"),
        ("松花江", .river, "Songhua Jiang"), ("密云水库", .reservoir, "Miyun Shuiku"), ("江苏省", .administrativeArea, "Jiangsu Sheng"),
        ("南京路", .road, "Nanjing Lu"), ("梧桐巷", .road, "Wutong Xiang"), ("门框胡同", .road, "Menkuang Hutong"),
        ("江镇", .townshipSeat, "Jiangzhen"), ("铁匠营", .village, "Tiejiangying"), ("南王家荡", .village, "Nanwangjiadang"),
        ("渤海湾", .river, "Bohai Wan"), ("景德镇市", .administrativeArea, "Jingdezhen Shi"), ("左权县", .administrativeArea, "Zuoquan Xian"),
        ("欧阳海水库", .reservoir, "Ouyanghai Shuiku"), ("五指山", .mountain, "Wuzhi Shan"), ("三门峡", .mountain, "Sanmen Xia"),
        ("三眼井胡同", .road, "Sanyanjing Hutong"), ("八角场东街", .road, "Bajiaochang Dongjie"), ("三环路", .road, "3 Huanlu"),
        ("第九弄", .road, "Di-9 Long"), ("1203高地", .mountain, "1203 Gaodi"), ("河北省", .administrativeArea, "Hebei Sheng"),
        ("鸭绿江", .river, "Yalu Jiang"), ("洞庭湖", .lake, "Dongting Hu"), ("台湾海峡", .river, "Taiwan Haixia"),
        ("长子县", .administrativeArea, "Zhangzi Xian"), ("长阳土家族自治县", .administrativeArea, "Changyang Tujiazu Zizhixian"),
        ("阿拉善左旗", .administrativeArea, "Alashan Zuoqi"), ("科尔沁左翼中旗", .administrativeArea, "Ke'erqin Zuoyi Zhongqi"),
        ("市中区", .administrativeArea, "Shizhong Qu"), ("大东区", .administrativeArea, "Dadong Qu"), ("台儿庄区", .administrativeArea, "Tai'erzhuang Qu"),
        ("天宁寺西里一巷", .road, "Tianningsi Xili 1 Xiang"), ("長安街", .road, "Chang'an Jie"),
    ] as [(String, PlaceCategory, String)])
    func ruleExample(_ name: String, _ category: PlaceCategory, _ expected: String) {
        #expect(Self.speller.spell(name, category: category).toneless == expected)
    }

    @Test func gbt16159TonedExamples() {
        #expect(Self.speller.spell("河北省").toned == "Héběi Shěng")
        #expect(Self.speller.spell("泰山").toned == "Tài Shān")
        #expect(Self.speller.spell("王村", category: .village).toned == "Wángcūn")
        #expect(Self.speller.spell("长安街").toned == "Cháng'ān Jiē")
        #expect(Self.speller.spell("盆儿胡同").toned == "Pénr Hútòng")
    }

    @Test func syllablesKeyHomophonesAndInitials() {
        let spelling = Self.speller.spell("解放路", category: .road)
        #expect(spelling.syllables == ["jie", "fang", "lu"])
        #expect(spelling.homophoneKey == "jiefanglu")
        #expect(spelling.initials == "jfl")
        #expect(Self.speller.spell("仁民路").homophoneKey == Self.speller.spell("人民路").homophoneKey)
        #expect(Self.speller.spell("二马路", category: .road).syllables == ["2", "ma", "lu"])
        #expect(Self.speller.spell("长江").syllables == ["chang", "jiang"])
    }

    /// NM-11 of the checks: 长子 is read zhǎng zǐ, so 掌子路 is its homophone.
    @Test func zhangziIsReadZhang() {
        #expect(Self.speller.spell("长子路").homophoneKey == Self.speller.spell("掌子路").homophoneKey)
    }

    @Test func readingOverrideReplacesTheDictionary() throws {
        #expect(Self.speller.spell("长子路", reading: "chang2 zi3 lu4").toneless == "Changzi Lu")
        #expect(Self.speller.spell("长子路", reading: "cháng zǐ lù").toned == "Chángzǐ Lù")
        #expect(Self.speller.spell("堡子街", reading: "pu4 zi jie1").toned == "Pùzi Jiē")
        #expect(try PinyinSpeller.validateReading("zhang3 zi3 lu4", for: "长子路") == ["zhǎng", "zǐ", "lù"])
        #expect(try PinyinSpeller.validateReading("lv4 shui3", for: "绿水") == ["lǜ", "shuǐ"])
    }

    @Test func aBadOverrideIsRefusedByTheValidatorAndIgnoredBySpell() {
        #expect(throws: PinyinReadingError.wrongCount(reading: "zhang3 zi3", syllables: 2, characters: 3)) {
            try PinyinSpeller.validateReading("zhang3 zi3", for: "长子路")
        }
        #expect(throws: PinyinReadingError.notASyllable(reading: "zhang3 xx9 lu4", syllable: "xx9")) {
            try PinyinSpeller.validateReading("zhang3 xx9 lu4", for: "长子路")
        }
        let error = PinyinReadingError.wrongCount(reading: "zhang3 zi3", syllables: 2, characters: 3)
        #expect(error.detail(in: .zh).contains("3 个汉字"))
        #expect(error.field == "reading")
        #expect(Self.speller.spell("长子路", reading: "chang2").toneless == "Zhangzi Lu")
    }

    @Test func odditiesDoNotCrash() {
        #expect(Self.speller.spell("").toneless == "")
        #expect(Self.speller.spell("路").toneless == "Lu")
        #expect(Self.speller.spell("A区").toneless == "A Qu")
        #expect(Self.speller.spell("儿童公园").toneless == "Ertong Gongyuan")
        #expect(Self.speller.spell("𠮷野路").syllables.count == 3)
    }

    /// ICU reads 长江 zhǎng jiāng; the ICU-only speller is the baseline the dictionary corrects.
    @Test func icuAloneIsTheBaseline() {
        #expect(PinyinSpeller(readings: .icuOnly).spell("长江大道").toneless == "Zhangjiang Dadao")
    }
}

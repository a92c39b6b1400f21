@testable import DimingCore
import Testing

/// The one catalog of every message a user reads: each in Chinese and English.
@Suite struct MessageCatalogTests {
    @Test func everyMessageHasBothTextsWithTheSamePlaceholders() {
        #expect(MessageCatalog.all.count > 200)
        for message in MessageCatalog.all {
            #expect(!message.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key) has no Chinese text")
            #expect(!message.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(message.key) has no English text")
            #expect(Message.placeholders(in: message.zh) == Message.placeholders(in: message.en),
                    "\(message.key): zh takes \(Message.placeholders(in: message.zh).sorted()), en \(Message.placeholders(in: message.en).sorted())")
            if message.key.hasPrefix("help.section") || message.key.hasPrefix("cli.layers") || message.key.hasPrefix("cli.user") { continue }
            // Chinese characters, or at least Chinese punctuation (`{name}：{reason}`).
            let chinese = message.zh.unicodeScalars.contains {
                (0x4E00...0x9FFF).contains($0.value) || (0x3000...0x303F).contains($0.value) || (0xFF00...0xFFEF).contains($0.value)
            }
            #expect(chinese || message.zh == message.en,
                    "\(message.key): the Chinese text \(message.zh) has no Chinese")
        }
    }

    @Test func keysAreUnique() {
        var seen = Set<String>()
        for message in MessageCatalog.all {
            #expect(seen.insert(message.key).inserted, "key \(message.key) is used twice")
        }
    }

    @Test func placeholdersAreFilledInOnePass() {
        let message = Message("test", zh: "{a} 与 {b}", en: "{a} and {b}")
        #expect(message.text(.zh, ["a": "{b}", "b": "乙"]) == "{b} 与 乙")
        #expect(message.text(.en, ["a": "x"]) == "x and {b}")
        #expect(Message.placeholders(in: "POST /collections/{id}/items and {count}") == ["id", "count"])
    }

    /// Every problem a user can meet has a title and detail in both languages, from the catalog.
    @Test func problemsSpeakBothLanguages() {
        let problems: [any Problem] = [
            StoreError.missing(path: "x.sqlite"), StoreError.busy(seconds: 10), AccessError.unknownAccount("li"),
            EditError.preconditionRequired, GeometryError.outOfRange(lon: 200, lat: 30), SettingError.unknownKey("srid"),
            LayerError.unknownLayer("rivers", known: ["roads"]), QueryError.repeatedParameter("bbox"),
            LocateError.rowsRefused(refused: 2, rows: 5), AttachmentError.emptyFile, FormatError.gdalFormat(path: "a.shp", use: .write),
            ImportError.emptyInput,
        ]
        for problem in problems {
            let catalog = Set(MessageCatalog.all.flatMap { [$0.zh, $0.en] })
            #expect(catalog.contains(problem.title(in: .zh)) && catalog.contains(problem.title(in: .en)), "\(problem)")
            #expect(problem.title(in: .zh) != problem.title(in: .en), "\(problem)")
            #expect(problem.detail(in: .zh) != problem.detail(in: .en), "\(problem)")
            #expect(problem.detail == problem.detail(in: .en))
        }
        #expect(StoreError.busy(seconds: 10).detail(in: .zh).hasPrefix("数据库正被另一个程序写入"))
    }

    @Test func levelsAreNamedTheWayTheBureauNamesThem() {
        #expect(DivisionLevel.allCases.map { $0.message.text(.zh) } == ["省级", "地级", "县级", "乡级", "村级"])
        #expect(DivisionLevel.allCases.map { $0.message.text(.en) } == DivisionLevel.allCases.map(\.rawValue))
    }

    @Test func theLanguageIsChosenByLocaleAndAcceptLanguage() {
        #expect(Language(environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language(environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(Language(environment: ["LANG": "C", "LC_MESSAGES": "zh_TW.UTF-8"]) == .zh)
        #expect(Language(environment: [:]) == .en)
        for header in ["fr", "*", "", "garbage;q=x", "zh;q=0", "en,zh;q=0.5"] {
            #expect(Language(acceptLanguage: header) == .en, "\(header)")
        }
        for header in ["zh-CN", "zh-TW,en;q=0.5", "zh-Hans-CN", "fr,zh;q=0.8,en;q=0.7"] {
            #expect(Language(acceptLanguage: header) == .zh, "\(header)")
        }
    }
}

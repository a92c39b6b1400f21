import ArgumentParser
import DimingCore
import DimingGazetteer

extension Diming {
    /// `diming pinyin TEXT…`: one spelling per line.
    struct Pinyin: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: PinyinMessages.helpAbstract.localized(),
            discussion: PinyinMessages.helpDiscussion.localized())

        @Argument(help: ArgumentHelp(PinyinMessages.helpText.localized(), valueName: "text"))
        var texts: [String] = []

        @Option(help: ArgumentHelp(PinyinMessages.helpForm.localized()))
        var form = PinyinForm.toneless.rawValue

        @Option(help: ArgumentHelp(PinyinMessages.helpCategory.localized()))
        var category: String?

        @Option(help: ArgumentHelp(PinyinMessages.helpReading.localized()))
        var reading: String?

        func run() throws {
            let form = try PinyinForm(parsing: form)
            let category = try category.map { try PlaceCategory(parsingForPinyin: $0) }
            guard !texts.isEmpty else { throw PinyinRequestError.noText }
            if let reading { for text in texts { try PinyinSpeller.validateReading(reading, for: text) } }
            let speller = PinyinSpeller()
            for text in texts { print(speller.spell(text, category: category, reading: reading).text(form)) }
        }
    }
}

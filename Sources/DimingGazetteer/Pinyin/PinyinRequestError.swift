import DimingCore

/// A request to spell that names no form or category the engine knows (`diming pinyin`,
/// and any route that spells on request).
public enum PinyinRequestError: Problem, Equatable {
    case unknownForm(String)
    case unknownCategory(String)
    case noText

    public var status: Int { 400 }
    public var type: String { "invalid-parameter" }

    public var field: String? {
        switch self {
        case .unknownForm: "form"
        case .unknownCategory: "category"
        case .noText: "text"
        }
    }

    public func title(in language: Language) -> String { language == .zh ? "参数无效" : "Invalid parameter" }

    public func detail(in language: Language) -> String {
        switch self {
        case let .unknownForm(form):
            PinyinMessages.unknownForm.text(language, ["form": form, "forms": PinyinForm.allCases.map(\.rawValue).joined(separator: ", ")])
        case let .unknownCategory(category):
            PinyinMessages.unknownCategory.text(language, ["category": category,
                                                           "categories": PlaceCategory.allCases.map(\.rawValue).joined(separator: ", ")])
        case .noText: PinyinMessages.noText.text(language)
        }
    }
}

extension PinyinForm {
    /// The form named `text` (`toned`, `toneless`, `sign`), or a problem naming the choices.
    public init(parsing text: String) throws {
        guard let form = PinyinForm(rawValue: text) else { throw PinyinRequestError.unknownForm(text) }
        self = form
    }
}

extension PlaceCategory {
    /// The category named `text` (`road`, `village` …), or a problem naming the choices.
    public init(parsingForPinyin text: String) throws {
        guard let category = PlaceCategory(rawValue: text) else { throw PinyinRequestError.unknownCategory(text) }
        self = category
    }
}

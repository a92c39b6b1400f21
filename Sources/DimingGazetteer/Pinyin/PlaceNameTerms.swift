/// The terms a place name is split by (`gazetteer/pinyin/terms.tsv`): generics with their
/// class, one-syllable modifiers, words of their own before a generic (左翼) and ethnic names
/// before 自治区/州/县/旗.
struct PlaceNameTerms: Sendable {
    enum GenericClass: String, Sendable {
        case road, roadNumbered = "road-numbered", admin, natural, transport, landmark, waterworks, building
    }

    struct Generic: Sendable {
        var kind: GenericClass
        /// How many characters must come before it for it to count (新林区 is Xinlin Qu).
        var shortestSpecific: Int
    }

    private(set) var generics: [ScalarKey: Generic] = [:]
    private(set) var longestGeneric = 0
    private(set) var modifiers: Set<Unicode.Scalar> = []
    /// Longest first, so that 土家族 is taken before 家族 could be.
    private(set) var segments: [[Unicode.Scalar]] = []
    private(set) var ethnicNames: [[Unicode.Scalar]] = []

    init(rows: [[Substring]]) {
        for row in rows where row.count >= 2 {
            let term = String(row[0])
            switch row[1] {
            case "generic":
                let kind = row.count > 2 ? GenericClass(rawValue: String(row[2])) ?? .natural : .natural
                let length = term.unicodeScalars.count
                let shortest = row.count > 3 ? Int(row[3]) : nil
                guard let key = ScalarKey(term) else { continue }
                generics[key] = Generic(kind: kind, shortestSpecific: shortest ?? (kind == .admin && length >= 2 ? 2 : 1))
                longestGeneric = max(longestGeneric, term.unicodeScalars.count)
            case "modifier": if let scalar = term.unicodeScalars.first { modifiers.insert(scalar) }
            case "segment": segments.append(Array(term.unicodeScalars))
            case "ethnic": ethnicNames.append(Array(term.unicodeScalars))
            default: continue
            }
        }
        if generics.isEmpty { self = Self.builtIn }
        segments.sort { $0.count > $1.count }
        ethnicNames.sort { $0.count > $1.count }
    }

    private init() {}

    /// What splits names when `gazetteer/` cannot be found: the commonest generics.
    static let builtIn: PlaceNameTerms = {
        var terms = PlaceNameTerms()
        for (names, kind) in [("路 街 巷 道 大道 大街 胡同 弄 条", GenericClass.road), ("马路 环路", .roadNumbered),
                              ("省 市 县 区 旗 镇 乡 村 社区 街道 自治区 自治州 自治县 自治旗", .admin),
                              ("山 江 河 湖 海 湾 峡 运河 水库", .natural), ("桥 大桥", .transport), ("广场 公园", .landmark)] {
            for name in names.split(separator: " ") {
                terms.generics[ScalarKey(String(name))!] = Generic(kind: kind, shortestSpecific: kind == .admin && name.count >= 2 ? 2 : 1)
                terms.longestGeneric = max(terms.longestGeneric, name.unicodeScalars.count)
            }
        }
        terms.modifiers = Set("东西南北中前后上下左右新老大小".unicodeScalars)
        return terms
    }()
}

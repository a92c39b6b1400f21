/// An administrative division code: GB/T 2260's six digits for province, city and county, and
/// the statistical 9-digit (township, 乡镇街道) and 12-digit (village, 村居) extensions.
public struct DivisionCode: Hashable, Sendable, CustomStringConvertible {
    public let digits: String

    public init?(_ text: String) {
        guard [6, 9, 12].contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              Self.hasPossibleShape(Array(text.utf8)) else { return nil }
        digits = text
    }

    /// GB/T 2260's province codes: the first two digits of every division code.
    public static let provinces: Set<String> = Set(
        [11...15, 21...23, 31...37, 41...46, 50...54, 61...65, 71...71, 81...82].flatMap { $0.map(String.init) })

    /// Whether the digits can name a division: a real province, and no level skipped or left
    /// empty. `420081` (a county under no city) and `420581000` (township 000) name nothing;
    /// the 2 + 2 + 2 + 3 + 3 digits are province, city, county, township and village.
    private static func hasPossibleShape(_ digits: [UInt8]) -> Bool {
        func part(_ range: Range<Int>) -> Bool { digits[range].allSatisfy { $0 == UInt8(ascii: "0") } }
        guard provinces.contains(String(decoding: digits[0..<2], as: UTF8.self)) else { return false }
        // A county under city 00 names nothing, except in Hong Kong (81) and Macau (82), whose
        // districts GB/T 2260 codes directly under the region: 810001 中西区 … 820008 圣方济各堂区.
        let directDistricts = digits[0] == UInt8(ascii: "8") && (digits[1] == UInt8(ascii: "1") || digits[1] == UInt8(ascii: "2"))
        if part(2..<4) && !part(4..<6) && !directDistricts { return false }
        switch digits.count {
        case 9: return !part(2..<6) && !part(6..<9)        // a township lies in a county (or a city without counties)
        case 12: return !part(2..<6) && !part(6..<9) && !part(9..<12)
        default: return true
        }
    }

    public var description: String { digits }

    /// The level the code's shape implies: `420000` province, `420500` city, `420581` county.
    public var level: DivisionLevel {
        switch digits.count {
        case 9: return .township
        case 12: return .village
        default:
            if digits.hasSuffix("0000") { return .province }
            if digits.hasSuffix("00") { return .city }
            return .county
        }
    }

    /// The levels a division with this code may have: the implied one, and for a city code also
    /// county, since prefecture-level cities without districts (东莞 441900, 中山 442000, 嘉峪关
    /// 620200) stand among the county-level units.
    public var allowedLevels: [DivisionLevel] {
        level == .city ? [.city, .county] : [level]
    }

    /// The code of the division one level up, as the code's shape implies; nil for a province.
    public var impliedParent: DivisionCode? {
        let d = Array(digits)
        switch level {
        case .province: return nil
        case .city: return DivisionCode(String(d[0..<2]) + "0000")
        case .county: return DivisionCode(String(d[0..<4]) + "00")
        case .township: return DivisionCode(String(d[0..<6]))
        case .village: return DivisionCode(String(d[0..<9]))
        }
    }

    /// The digits every division inside this one shares: 2 for a province, 4 for a city, 6 for
    /// a county, 9 for a township, 12 for a village.
    public var significantDigits: Substring {
        let length = switch level {
        case .province: 2
        case .city: 4
        case .county: 6
        case .township: 9
        case .village: 12
        }
        return digits.prefix(length)
    }

    /// Whether `other` lies inside this division by its code, at a lower level: `420500`
    /// contains `420581` and `420581001`; `420000` contains `429004` (a county-level city under
    /// the province itself).
    public func contains(_ other: DivisionCode) -> Bool {
        other.level > level && other.digits.hasPrefix(significantDigits)
    }

    /// Why a text is not a division code, for messages.
    public static let formatRule = "must be a 6-digit GB/T 2260 code, or a 9- or 12-digit township or village code, starting with a province code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82)"
}

/// 级别: the level of an administrative division.
public enum DivisionLevel: String, Sendable, CaseIterable, Comparable {
    case province, city, county, township, village

    /// 省级 … 村级.
    public var label: LocalizedText {
        switch self {
        case .province: LocalizedText("省级", "Province")
        case .city: LocalizedText("地级", "City")
        case .county: LocalizedText("县级", "County")
        case .township: LocalizedText("乡级", "Township")
        case .village: LocalizedText("村级", "Village")
        }
    }

    /// Depth from the top: province 0 … village 4.
    public var depth: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (a: DivisionLevel, b: DivisionLevel) -> Bool { a.depth < b.depth }
}

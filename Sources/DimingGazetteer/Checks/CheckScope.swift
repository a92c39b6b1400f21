/// Where the duplicate, affix, homophone and same-specific checks look: the places whose
/// division code begins with `prefix` (GB/T 2260 / 10114 codes nest by prefix: township
/// 420581001 lies in county 420581, city 4205…, province 42…). An empty prefix is the whole file.
public struct CheckScope: Sendable, Hashable {
    /// How wide a scope a rule asks for, narrowest first.
    public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// 同一城镇: the same township-level division (9-digit code)
        case township
        case county
        case city
        case province
        /// 全国: every place in the file
        case all

        /// The significant digits of a code at this level.
        var digits: Int {
            switch self {
            case .township: 9
            case .county: 6
            case .city: 4
            case .province: 2
            case .all: 0
            }
        }

        public static func < (a: Level, b: Level) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

        /// The level of a division code: 12 and 9 digits are village and township, a 6-digit
        /// code is a county, city (…00) or province (…0000).
        static func of(code: String) -> Level {
            switch code.count {
            case 9, 12: .township
            default: code.hasSuffix("0000") ? .province : code.hasSuffix("00") ? .city : .county
            }
        }
    }

    public var prefix: String
    public var level: Level
    /// The narrower level the rule asked for, when the proposal's division was too coarse (or
    /// missing) to give it: the scope was widened to the division given.
    public var wanted: Level?

    /// The scope a rule of `level` gives a proposal in `division`. A division coarser than
    /// the level (a county for a road) cannot be narrowed: the whole division is the scope,
    /// the widest sensible reading, and `wanted` says so. No division means the whole file.
    public static func resolve(_ level: Level, division: String?) -> CheckScope {
        guard let division, !division.isEmpty else {
            return CheckScope(prefix: "", level: .all, wanted: level == .all ? nil : level)
        }
        let given = Level.of(code: division)
        if given > level {
            return CheckScope(prefix: String(division.prefix(given.digits)), level: given, wanted: level)
        }
        return CheckScope(prefix: String(division.prefix(level.digits)), level: level)
    }

    /// The code of the division the scope is (`4205` → `420500`), nil for the whole file.
    var divisionCode: String? {
        switch prefix.count {
        case 0: nil
        case 2: prefix + "0000"
        case 4: prefix + "00"
        default: prefix
        }
    }
}

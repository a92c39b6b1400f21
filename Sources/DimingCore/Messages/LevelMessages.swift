/// The names of the levels of divisions in output: 省级、地级、县级、乡级、村级, the words of the
/// civil-affairs statistics (县级行政区, 乡级行政区), in English the level's own name.
public enum LevelMessages {
    public static let province = Message("level.province", zh: "省级", en: "province")
    public static let city = Message("level.city", zh: "地级", en: "city")
    public static let county = Message("level.county", zh: "县级", en: "county")
    public static let township = Message("level.township", zh: "乡级", en: "township")
    public static let village = Message("level.village", zh: "村级", en: "village")

    static let all = [province, city, county, township, village]
}

extension DivisionLevel {
    /// The level as output names it: `县级` in Chinese, `county` in English.
    public var message: Message {
        switch self {
        case .province: LevelMessages.province
        case .city: LevelMessages.city
        case .county: LevelMessages.county
        case .township: LevelMessages.township
        case .village: LevelMessages.village
        }
    }
}

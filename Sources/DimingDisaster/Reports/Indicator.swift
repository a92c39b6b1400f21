/// One indicator of the rapid report (快报, disaster.md §3.3): its name in the API (with its
/// unit), the column that stores it and how many stored units make one API unit. People,
/// households and rooms are counts; areas are stored in m² (0.0001 ha) and the loss in yuan
/// (0.0001 万元), so that sums are exact integers and `0.1 + 0.2` ha is `0.3`.
public enum Indicator: String, CaseIterable, Sendable {
    case affectedPeople = "affected_people"
    case dead
    case missing
    case relocatedPeople = "relocated_people"
    case relocatedConcentrated = "relocated_concentrated"
    case relocatedDispersed = "relocated_dispersed"
    case needAidPeople = "need_aid_people"
    case collapsedHouseholds = "collapsed_households"
    case collapsedRooms = "collapsed_rooms"
    case severeHouseholds = "severe_households"
    case severeRooms = "severe_rooms"
    case generalHouseholds = "general_households"
    case generalRooms = "general_rooms"
    case cropsAffectedHa = "crops_affected_ha"
    case cropsHitHa = "crops_hit_ha"
    case cropsLostHa = "crops_lost_ha"
    case directLoss10kYuan = "direct_loss_10k_yuan"

    /// The property name in reports, summaries and exports (the unit in the name).
    public var apiName: String { rawValue }

    /// The integer column of `disaster_reports` holding it.
    public var column: String {
        switch self {
        case .cropsAffectedHa: "crops_affected_m2"
        case .cropsHitHa: "crops_hit_m2"
        case .cropsLostHa: "crops_lost_m2"
        case .directLoss10kYuan: "direct_loss_yuan"
        default: rawValue
        }
    }

    /// Stored units per API unit: 10,000 m² in a hectare, 10,000 yuan in 万元, else 1.
    public var scale: Int {
        switch self {
        case .cropsAffectedHa, .cropsHitHa, .cropsLostHa, .directLoss10kYuan: 10_000
        default: 1
        }
    }

    /// The `_mu` alias an area may be entered in (15 亩 = 1 ha), nil for the others.
    public var muName: String? {
        switch self {
        case .cropsAffectedHa: "crops_affected_mu"
        case .cropsHitHa: "crops_hit_mu"
        case .cropsLostHa: "crops_lost_mu"
        default: nil
        }
    }

    /// Whether the API value is a decimal (areas and money) rather than a whole count.
    public var isDecimal: Bool { scale != 1 }
}

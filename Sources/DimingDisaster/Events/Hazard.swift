import Foundation
import DimingCore

/// 灾种: the hazard types of 《自然灾害情况统计调查制度》 (应急〔2020〕19号, disaster.md §3.1:
/// "floods and droughts; typhoon, wind-hail, low-temperature freeze, snow, sand-dust storms;
/// earthquake; collapse, landslide, debris flow; storm surge, tsunami; forest and grassland
/// fire; major biological disasters"). Counties report the sub-type; the sub-type names below
/// follow GB/T 28921-2012 《自然灾害分类与代码》 as far as the note could check them [M].
public enum Hazard: String, CaseIterable, Sendable, Codable {
    case flood
    case drought
    case typhoon
    case windHail = "wind_hail"
    case lowTemperatureFreeze = "low_temperature_freeze"
    case snow
    case sandDust = "sand_dust"
    case earthquake
    case geological
    case stormSurge = "storm_surge"
    case tsunami
    case forestGrasslandFire = "forest_grassland_fire"
    case biological

    public var label: LocalizedText {
        switch self {
        case .flood: LocalizedText("洪涝灾害", "Flood")
        case .drought: LocalizedText("干旱灾害", "Drought")
        case .typhoon: LocalizedText("台风灾害", "Typhoon")
        case .windHail: LocalizedText("风雹灾害", "Wind and hail")
        case .lowTemperatureFreeze: LocalizedText("低温冷冻灾害", "Low temperature and freeze")
        case .snow: LocalizedText("雪灾", "Snow")
        case .sandDust: LocalizedText("沙尘暴灾害", "Sand and dust storm")
        case .earthquake: LocalizedText("地震灾害", "Earthquake")
        case .geological: LocalizedText("地质灾害", "Geological hazard")
        case .stormSurge: LocalizedText("风暴潮灾害", "Storm surge")
        case .tsunami: LocalizedText("海啸灾害", "Tsunami")
        case .forestGrasslandFire: LocalizedText("森林草原火灾", "Forest and grassland fire")
        case .biological: LocalizedText("生物灾害", "Biological hazard")
        }
    }

    /// The sub-types a county may report for this hazard (none: the hazard is its own sub-type).
    public var subtypes: [HazardSubtype] {
        switch self {
        case .flood: [.init("rainstorm", "暴雨", "Rainstorm"), .init("river_flood", "江河洪水", "River flood"),
                      .init("flash_flood", "山洪", "Flash flood"), .init("waterlogging", "城乡内涝", "Waterlogging")]
        case .drought: [.init("agricultural_drought", "农业干旱", "Agricultural drought"),
                        .init("water_shortage", "城乡缺水", "Water shortage")]
        case .windHail: [.init("gale", "大风", "Gale"), .init("hail", "冰雹", "Hail"), .init("tornado", "龙卷风", "Tornado"),
                         .init("lightning", "雷电", "Lightning")]
        case .lowTemperatureFreeze: [.init("cold_wave", "寒潮", "Cold wave"), .init("frost", "霜冻", "Frost"),
                                     .init("chilling", "低温冷害", "Chilling"), .init("freezing_rain", "冻雨", "Freezing rain")]
        case .snow: [.init("blizzard", "暴雪", "Blizzard"), .init("ice", "冰冻", "Ice")]
        case .geological: [.init("collapse", "崩塌", "Collapse"), .init("landslide", "滑坡", "Landslide"),
                           .init("debris_flow", "泥石流", "Debris flow"), .init("ground_subsidence", "地面塌陷", "Ground subsidence")]
        case .forestGrasslandFire: [.init("forest_fire", "森林火灾", "Forest fire"), .init("grassland_fire", "草原火灾", "Grassland fire")]
        case .biological: [.init("crop_pests", "农作物病虫害", "Crop pests and diseases"),
                           .init("forest_pests", "森林病虫害", "Forest pests and diseases"), .init("rodents", "鼠害", "Rodents")]
        case .typhoon, .sandDust, .earthquake, .stormSurge, .tsunami: []
        }
    }

    /// Whether the follow-ups come every 10 days instead of the daily zero report (§3.2, drought).
    public var hasDailyFollowUps: Bool { self != .drought }

    /// The hazard named `text` (its code), or nil.
    public static func named(_ text: String) -> Hazard? {
        Hazard(rawValue: text.trimmingCharacters(in: .whitespaces))
    }
}

/// A sub-type of a hazard: its code and its name in both languages.
public struct HazardSubtype: Sendable, Equatable {
    public let code: String
    public let label: LocalizedText

    init(_ code: String, _ zh: String, _ en: String) {
        self.code = code
        self.label = LocalizedText(zh, en)
    }
}

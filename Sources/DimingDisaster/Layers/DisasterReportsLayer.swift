import DimingCore

extension Layer {
    /// 灾情速报: every version of every field report, at the device's point as sent, with the
    /// township and county it falls in, its review state and its figures. Read like any
    /// collection; written only through the reports' own path (`Disaster.submit`), which keeps
    /// versions, idempotency and the review trail — the generic feature writes refuse it.
    public static let disasterReports = Layer(
        name: "disaster_reports",
        label: LocalizedText("灾情速报", "Rapid disaster reports"),
        summary: "Rapid disaster reports (灾情速报) from the field: every version, with the point as sent, its township, review state and the 快报 indicators.",
        geometryType: .point,
        columns: [
            // The reporter's own scope first: it decides who may add photos to the report.
            reportDivisionColumn("scope_code", label: LocalizedText("报送单位", "Filed for")),
            LayerColumn("event", .integer, required: true, label: LocalizedText("灾害过程", "Event")),
            LayerColumn("root", .text, label: LocalizedText("首版编号", "First version"), note: "the id of the report's first version"),
            LayerColumn("replaces", .text, label: LocalizedText("更正的版本", "Replaces"), note: "the id of the version this one corrects"),
            LayerColumn("version", .integer, label: LocalizedText("版本", "Version")),
            LayerColumn("is_current", .integer, label: LocalizedText("当前版本", "Current"), note: "1 or 0"),
            LayerColumn("review_state", .text, label: LocalizedText("审核状态", "Review state"), values: ReviewState.codedValues),
            LayerColumn("submitted_by", .text, label: LocalizedText("报送人", "Submitted by")),
            LayerColumn("received_at", .text, label: LocalizedText("接收时间", "Received at")),
            LayerColumn("observed_at", .text, required: true, label: LocalizedText("观测时间", "Observed at"), note: "ISO 8601 with offset"),
            LayerColumn("location_source", .text, required: true, label: LocalizedText("位置来源", "Location source"), values: [
                CodedValue("gps", "卫星定位", "GPS"), CodedValue("map", "地图选点", "Picked on a map"), CodedValue("typed", "手工输入", "Typed"),
            ]),
            LayerColumn("accuracy_m", .real, label: LocalizedText("定位精度", "Accuracy"), unit: LocalizedText("米", "m")),
            LayerColumn("flags", .text, label: LocalizedText("提示", "Flags"), note: "JSON array, e.g. outside_jurisdiction"),
            reportDivisionColumn("township_code", label: LocalizedText("所在乡镇（街道）", "Township")),
            LayerColumn("township_name", .text, label: LocalizedText("乡镇名称", "Township name")),
            reportDivisionColumn("county_code", label: LocalizedText("所在县（市、区）", "County")),
            LayerColumn("nearest_address", .text, label: LocalizedText("最近门牌", "Nearest house number")),
            LayerColumn("nearest_address_m", .real, label: LocalizedText("距最近门牌", "Distance to it"), unit: LocalizedText("米", "m")),
            LayerColumn("nearest_road", .text, label: LocalizedText("最近道路", "Nearest road")),
            LayerColumn("nearest_road_m", .real, label: LocalizedText("距最近道路", "Distance to it"), unit: LocalizedText("米", "m")),
            LayerColumn("nearest_shelter", .text, label: LocalizedText("最近避难场所", "Nearest open shelter")),
            LayerColumn("nearest_shelter_m", .real, label: LocalizedText("距最近避难场所", "Distance to it"), unit: LocalizedText("米", "m")),
            LayerColumn("note", .text, label: LocalizedText("说明", "Note")),
            LayerColumn("photos_expected", .integer, label: LocalizedText("应附照片数", "Photos expected")),
        ] + Indicator.allCases.map(\.layerColumn),
        key: .uuid,
        editors: [.disasterReporter],
        style: LayerStyle(drawer: "points-by-class", color: "#c0392b", radius: 6, labelProperty: "township_name",
                          classProperty: "review_state", classes: [
                              .init("received", color: "#2e86c1"),
                              .init("has_issues", color: "#f39c12"),
                              .init("approved", color: "#1e8449"),
                              .init("rejected", color: "#7f8c8d"),
                          ]),
        normalize: { (_: inout [String: PropertyValue]) throws(LayerRuleViolation) in
            throw LayerRuleViolation(field: "id", reason: Reason(DisasterMessages.writeThroughReports))
        }
    )
}

extension Layer {
    /// A division code of a report; an account scoped to any of them sees the report.
    fileprivate static func reportDivisionColumn(_ name: String, label: LocalizedText) -> LayerColumn {
        LayerColumn(name, .text, label: label, references: (layer: "divisions", column: "code"), check: divisionCodeCheck)
    }
}

extension Indicator {
    /// The column as the collection shows it: API name and unit (the `_ha` and `_10k_yuan`
    /// columns are computed from the exact stored integers).
    var layerColumn: LayerColumn {
        LayerColumn(apiName, isDecimal ? .real : .integer, label: label, unit: unit, check: Layer.nonNegative)
    }

    /// 快报 column heading.
    public var label: LocalizedText {
        switch self {
        case .affectedPeople: LocalizedText("受灾人口", "Affected people")
        case .dead: LocalizedText("因灾死亡人口", "Dead")
        case .missing: LocalizedText("因灾失踪人口", "Missing")
        case .relocatedPeople: LocalizedText("紧急转移安置人口", "Emergency relocated")
        case .relocatedConcentrated: LocalizedText("其中：集中安置", "of which concentrated")
        case .relocatedDispersed: LocalizedText("其中：分散安置", "of which dispersed")
        case .needAidPeople: LocalizedText("需紧急生活救助人口", "In need of emergency aid")
        case .collapsedHouseholds: LocalizedText("倒塌房屋户数", "Collapsed: households")
        case .collapsedRooms: LocalizedText("倒塌房屋间数", "Collapsed: rooms")
        case .severeHouseholds: LocalizedText("严重损坏房屋户数", "Severely damaged: households")
        case .severeRooms: LocalizedText("严重损坏房屋间数", "Severely damaged: rooms")
        case .generalHouseholds: LocalizedText("一般损坏房屋户数", "Generally damaged: households")
        case .generalRooms: LocalizedText("一般损坏房屋间数", "Generally damaged: rooms")
        case .cropsAffectedHa: LocalizedText("农作物受灾面积", "Crops affected")
        case .cropsHitHa: LocalizedText("其中：成灾面积", "of which severely hit")
        case .cropsLostHa: LocalizedText("其中：绝收面积", "of which destroyed")
        case .directLoss10kYuan: LocalizedText("直接经济损失", "Direct economic loss")
        }
    }

    /// The unit, as the 快报 prints it.
    public var unit: LocalizedText {
        switch self {
        case .affectedPeople, .dead, .missing, .relocatedPeople, .relocatedConcentrated, .relocatedDispersed, .needAidPeople:
            LocalizedText("人", "persons")
        case .collapsedHouseholds, .severeHouseholds, .generalHouseholds: LocalizedText("户", "households")
        case .collapsedRooms, .severeRooms, .generalRooms: LocalizedText("间", "rooms")
        case .cropsAffectedHa, .cropsHitHa, .cropsLostHa: LocalizedText("公顷", "ha")
        case .directLoss10kYuan: LocalizedText("万元", "10,000 yuan")
        }
    }
}

/// 状态: where a place or one of its names stands in the naming workflow.
///
/// proposed → under_review → approved (→ announced) → historical, plus rejected and erroneous;
/// `reserved` is a planned name of the 地名方案: never on a sign or plate, out of default search.
public enum PlaceStatus: String, Sendable, CaseIterable, Codable {
    /// 申报中
    case proposed
    /// 审核中 (综合评估、专家论证、征求意见)
    case underReview = "under_review"
    /// 已批准: the standard name
    case approved
    /// 已公告
    case announced
    /// 已销名 / 曾用: ended after a real change
    case historical
    /// 未批准
    case rejected
    /// 错误: never correct (a data error), kept visible
    case erroneous
    /// 规划预留: a planned name of the 地名方案
    case reserved

    /// Whether the name is in force: approved or announced.
    public var isStandard: Bool { self == .approved || self == .announced }
}

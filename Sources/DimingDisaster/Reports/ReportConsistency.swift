import DimingCore

/// The consistency rules of the 快报 (disaster.md §3.3, TC-2): each broken rule is a 422
/// naming the field that is too large, so the reporter sees every one at once.
enum ReportConsistency {
    static func issues(_ figures: Indicators) -> [ReportFieldIssue] {
        var issues: [ReportFieldIssue] = []
        func atMost(_ part: Indicator, _ whole: Indicator) {
            guard figures[part] > figures[whole] else { return }
            issues.append(ReportFieldIssue(part.apiName, ReportsMessages.notAtMost, [
                "field": part.apiName, "value": figures.decimalText(part), "other": whole.apiName, "limit": figures.decimalText(whole),
            ]))
        }
        // 绝收 ≤ 成灾 ≤ 受灾
        atMost(.cropsHitHa, .cropsAffectedHa)
        atMost(.cropsLostHa, .cropsHitHa)
        atMost(.relocatedPeople, .affectedPeople)
        atMost(.needAidPeople, .affectedPeople)
        // 集中 + 分散 = 紧急转移安置, when the split is given at all.
        let concentrated = figures[.relocatedConcentrated], dispersed = figures[.relocatedDispersed]
        if concentrated + dispersed > 0, concentrated + dispersed != figures[.relocatedPeople] {
            issues.append(ReportFieldIssue(Indicator.relocatedDispersed.apiName, ReportsMessages.relocatedSplit, [
                "concentrated": String(concentrated), "dispersed": String(dispersed), "relocated": String(figures[.relocatedPeople]),
            ]))
        }
        // Per house class: rooms ≥ households, and zero together.
        for (households, rooms) in [(Indicator.collapsedHouseholds, Indicator.collapsedRooms), (.severeHouseholds, .severeRooms),
                                    (.generalHouseholds, .generalRooms)] {
            if (figures[households] == 0) != (figures[rooms] == 0) {
                issues.append(ReportFieldIssue(rooms.apiName, ReportsMessages.zeroTogether, ["field": rooms.apiName]))
            } else if figures[rooms] < figures[households] {
                issues.append(ReportFieldIssue(rooms.apiName, ReportsMessages.fewerRooms, [
                    "field": rooms.apiName, "rooms": String(figures[rooms]), "households": String(figures[households]),
                ]))
            }
        }
        return issues
    }

    /// The people figures a correction may not lower, nor raise by more than half, without a note (TC-5).
    static let jumpChecked: [Indicator] = [.affectedPeople, .dead, .missing, .relocatedPeople, .needAidPeople]

    /// The first people figure that fell or rose by more than 50 % against `previous`. A figure
    /// that was 0 has no ratio to rise by: new figures after a zero pass.
    static func jump(from previous: Indicators, to figures: Indicators) -> ReportFieldIssue? {
        for indicator in jumpChecked {
            let old = previous[indicator], new = figures[indicator]
            if new < old || (old > 0 && 2 * new > 3 * old) {
                return ReportFieldIssue("note", ReportsMessages.jump, ["field": indicator.apiName, "old": String(old), "new": String(new)])
            }
        }
        return nil
    }
}

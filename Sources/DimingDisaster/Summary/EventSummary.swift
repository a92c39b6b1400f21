import DimingCore

/// 汇总: an event's figures per township (or per county), the reports no division holds, and
/// the total — which is always the sum of the rows and the unassigned (built by adding them,
/// never by a query of its own: the InaSAFE #641 lesson, disaster.md §1.1).
public struct EventSummary: Sendable, Equatable {
    public var event: Int64
    public var eventName: String
    /// The time the figures are as of (UTC).
    public var asOf: String
    public var level: SummaryLevel
    public var rows: [SummaryRow]
    public var unassigned: SummaryFigures

    /// Σ rows + unassigned.
    public var total: SummaryFigures {
        rows.reduce(unassigned) { $0 + $1.figures }
    }
}

/// The level of a summary's rows.
public enum SummaryLevel: String, CaseIterable, Sendable {
    case township, county

    public var label: LocalizedText {
        switch self {
        case .township: LocalizedText("乡镇（街道）", "Township")
        case .county: LocalizedText("县（市、区）", "County")
        }
    }
}

/// One row: a division's code and name and its figures.
public struct SummaryRow: Sendable, Equatable {
    public var division: String
    public var name: String
    public var figures: SummaryFigures
}

/// Figures summed over some report versions, and how many versions.
public struct SummaryFigures: Sendable, Equatable {
    public var indicators: Indicators
    public var reports: Int

    public static let zero = SummaryFigures(indicators: .zero, reports: 0)

    public static func + (a: SummaryFigures, b: SummaryFigures) -> SummaryFigures {
        SummaryFigures(indicators: a.indicators + b.indicators, reports: a.reports + b.reports)
    }
}

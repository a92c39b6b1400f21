/// 管辖范围: the division an account is limited to, if any. A township reporter
/// (`420581001`) sees and writes only features whose division code lies inside its township.
public struct AccessScope: Hashable, Sendable {
    /// nil: the whole database.
    public let division: DivisionCode?

    public init(division: DivisionCode?) {
        self.division = division
    }

    public static let everywhere = AccessScope(division: nil)

    /// The column by which `layer`'s features fall inside a scope: a division's own `code`, or
    /// the `division` column of the layers that reference divisions; nil when it has neither.
    public static func column(of layer: Layer) -> String? {
        columns(of: layer).first
    }

    /// Every column naming a division a feature belongs to: a boundary line (and its markers
    /// and inspections) belongs to the divisions on both sides, and an account scoped to
    /// either side sees it.
    public static func columns(of layer: Layer) -> [String] {
        if layer.name == Layer.divisions.name { return ["code"] }
        return layer.columns.filter { $0.references?.layer == Layer.divisions.name }.map(\.name)
    }

    /// Whether a feature in the division `code` is inside the scope. GB/T 2260 codes nest by
    /// prefix once the padding zeros of the scope's level are dropped: city `420500` covers
    /// `4205…`, county `420581` covers `420581001`. A feature without a division code is only
    /// inside an unlimited scope.
    public func allows(divisionCode code: String?) -> Bool {
        guard let division else { return true }
        guard let code, DivisionCode(code) != nil else { return false }
        return code.hasPrefix(Self.significantPrefix(of: division))
    }

    /// The digits that every division inside `code` shares (``DivisionCode/significantDigits``).
    public static func significantPrefix(of code: DivisionCode) -> String {
        String(code.significantDigits)
    }
}

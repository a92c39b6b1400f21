/// The figures of one report, or of a sum of reports, in stored units (see ``Indicator``).
/// Adding two sets adds every figure exactly.
public struct Indicators: Sendable, Equatable {
    /// Stored units by indicator; a missing entry is zero.
    public private(set) var stored: [Indicator: Int]

    public init(stored: [Indicator: Int] = [:]) {
        self.stored = stored.filter { $0.value != 0 }
    }

    public static let zero = Indicators()

    /// The stored value (people, m², yuan).
    public subscript(_ indicator: Indicator) -> Int {
        get { stored[indicator] ?? 0 }
        set { stored[indicator] = newValue == 0 ? nil : newValue }
    }

    public static func + (lhs: Indicators, rhs: Indicators) -> Indicators {
        var sum = lhs
        for (indicator, value) in rhs.stored { sum[indicator] += value }
        return sum
    }

    public static func += (lhs: inout Indicators, rhs: Indicators) {
        lhs = lhs + rhs
    }

    /// The value in API units as exact decimal text: `18.6` for 186,000 m², `3` for 3 people.
    public func decimalText(_ indicator: Indicator) -> String {
        Self.decimalText(self[indicator], scale: indicator.scale)
    }

    /// `value / scale` written out exactly, without binary floating point: trailing zeros of
    /// the fraction dropped (`38`, `17.7`, `0.3`).
    public static func decimalText(_ value: Int, scale: Int) -> String {
        guard scale > 1 else { return String(value) }
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        let whole = magnitude / UInt(scale)
        var fraction = String(magnitude % UInt(scale))
        let digits = String(scale - 1).count
        fraction = String(repeating: "0", count: digits - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

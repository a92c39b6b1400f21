/// Reads a quantity from its JSON text with integer arithmetic: a count, a decimal in
/// hectares or 万元 scaled to m² or yuan, or an area in 亩 converted exactly (15 亩 = 1 ha).
enum ReportQuantity {
    enum Failure: Error, Equatable {
        /// Not a plain non-negative decimal (sign, exponent, too many digits).
        case notADecimal
        /// More fraction digits than the stored unit holds.
        case tooPrecise(maximum: Int)
        /// A count with a fraction.
        case notWhole
    }

    /// Largest magnitude accepted before scaling, to keep every product inside `Int`.
    static let maximumDigits = 12

    /// `text` × 10^`fractionDigits` as an exact integer: `"18.6"`, 4 → 186000.
    static func scaled(_ text: String, fractionDigits: Int) throws(Failure) -> Int {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= maximumDigits,
              whole.allSatisfy(\.isASCIIDigit), parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigit)) else {
            throw .notADecimal
        }
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        guard fraction.count <= fractionDigits else { throw fractionDigits == 0 ? .notWhole : .tooPrecise(maximum: fractionDigits) }
        fraction += String(repeating: "0", count: fractionDigits - fraction.count)
        guard let wholeValue = Int(whole), let fractionValue = Int(fraction.isEmpty ? "0" : fraction) else { throw .notADecimal }
        var power = 1
        for _ in 0..<fractionDigits { power *= 10 }
        return wholeValue * power + fractionValue
    }

    /// The stored value of `indicator` from the API text (its scale's digits at most).
    static func stored(_ text: String, for indicator: Indicator) throws(Failure) -> Int {
        try scaled(text, fractionDigits: String(indicator.scale - 1).count * (indicator.scale > 1 ? 1 : 0))
    }

    /// Square metres of an area entered in 亩 (up to 4 decimals): m² = 亩 × 10000 / 15,
    /// rounded half up to the square metre. 279 亩 → 186,000 m² (18.6 ha).
    static func squareMetres(mu text: String) throws(Failure) -> Int {
        let tenThousandthsOfMu = try scaled(text, fractionDigits: 4)
        // m² = (units / 10^4) × 10^4 / 15 = units / 15; half up: (2·units + 15) / 30.
        return (2 * tenThousandthsOfMu + 15) / 30
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

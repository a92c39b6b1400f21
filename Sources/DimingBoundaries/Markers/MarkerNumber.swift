import Foundation

/// The parts of a printed marker number, when it follows a known pattern; the number itself is
/// always kept verbatim (boundary.md §1.3: Hubei's own county rule is not known).
///
/// - GB/T 17796 (provincial, applied to county lines by reference): line number + 3-digit
///   sequence + type code — `4243012Q`, `420505-420581-001Q`.
/// - County practice: `<side A>—<side B> N号` — `灵川—东海2号`.
public struct MarkerNumber: Sendable, Equatable {
    public var line: String?
    public var sequence: Int?
    /// Q single, A/B paired, C/D/E tripled.
    public var typeCode: String?

    public init(line: String? = nil, sequence: Int? = nil, typeCode: String? = nil) {
        self.line = line; self.sequence = sequence; self.typeCode = typeCode
    }

    /// single, paired or tripled, from the type code.
    public var kind: String? { typeCode.flatMap(Self.kind(typeCode:)) }

    public static func kind(typeCode: String) -> String? {
        switch typeCode {
        case "Q": "single"
        case "A", "B": "paired"
        case "C", "D", "E": "tripled"
        default: nil
        }
    }

    /// The parts of `number`, or nil when it follows neither pattern.
    public static func parse(_ number: String) -> MarkerNumber? {
        let text = number.trimmingCharacters(in: .whitespaces)
        let scalars = Array(text.unicodeScalars)
        // Provincial: …ddd + type letter.
        if scalars.count >= 5, let type = scalars.last, "QABCDE".unicodeScalars.contains(type) {
            let digits = scalars.dropLast().suffix(3)
            if digits.allSatisfy({ ("0"..."9").contains($0) }) {
                var line = String(String.UnicodeScalarView(scalars.dropLast(4)))
                while line.hasSuffix("-") { line.removeLast() }
                if !line.isEmpty {
                    return MarkerNumber(line: line, sequence: Int(String(String.UnicodeScalarView(digits))), typeCode: String(type))
                }
            }
        }
        // County: A—B N号 (em dash, or a plain hyphen typed for it).
        if text.hasSuffix("号") {
            let body = text.dropLast()
            let digits = body.reversed().prefix { $0.isASCII && $0.isNumber }
            let sides = body.dropLast(digits.count)
            if !digits.isEmpty, sides.contains(where: { "—-–".contains($0) }) {
                return MarkerNumber(line: String(sides).trimmingCharacters(in: .whitespaces), sequence: Int(String(digits.reversed())))
            }
        }
        return nil
    }
}

import DimingCore

/// What a simplification refuses.
public enum SimplifyError: Problem, Equatable {
    /// A tolerance that is negative or not a number; `field` is the option or parameter that gave it.
    case invalidTolerance(field: String, value: String)

    public var status: Int { 400 }
    public var type: String { "invalid-tolerance" }

    public var field: String? {
        switch self {
        case let .invalidTolerance(field, _): field
        }
    }

    public func title(in language: Language) -> String { SimplifyMessages.invalidToleranceTitle.text(language) }

    public func detail(in language: Language) -> String {
        switch self {
        case let .invalidTolerance(field, value): SimplifyMessages.invalidTolerance.text(language, ["field": field, "value": value])
        }
    }

    /// `value` as a tolerance in metres, or the error naming `field`.
    public static func tolerance(_ value: Double, field: String) throws(SimplifyError) -> Double {
        guard value.isFinite, value >= 0 else { throw .invalidTolerance(field: field, value: String(value)) }
        return value
    }
}

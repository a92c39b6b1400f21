import DimingCore

/// What deriving, reading and checking lines refuses.
public enum LinesError: Problem, Equatable {
    /// A tolerance that is negative, NaN or infinite (`field` is the parameter's name).
    case invalidTolerance(field: String, value: String)
    case unknownLine(String)
    /// The account may read lines but not derive them or record an agreement.
    case notInspector(account: String, role: String)

    public var status: Int {
        switch self {
        case .invalidTolerance: 400
        case .unknownLine: 404
        case .notInspector: 403
        }
    }

    public var type: String {
        switch self {
        case .invalidTolerance: "invalid-tolerance"
        case .unknownLine: "unknown-line"
        case .notInspector: "forbidden"
        }
    }

    public var field: String? {
        switch self {
        case let .invalidTolerance(field, _): field
        case .unknownLine: "code"
        case .notInspector: nil
        }
    }

    public func title(in language: Language) -> String {
        switch self {
        case .invalidTolerance: LinesMessages.invalidToleranceTitle.text(language)
        case .unknownLine: LinesMessages.unknownLineTitle.text(language)
        case .notInspector: LinesMessages.roleTitle.text(language)
        }
    }

    public func detail(in language: Language) -> String {
        switch self {
        case let .invalidTolerance(_, value): LinesMessages.invalidTolerance.text(language, ["value": value])
        case let .unknownLine(code): LinesMessages.unknownLine.text(language, ["code": code])
        case let .notInspector(account, role): LinesMessages.role.text(language, ["account": account, "role": role])
        }
    }

    /// The largest snapping tolerance: it absorbs survey noise between neighbours, and more than
    /// this is not noise (a huge one also made every pair's GEOS work run for seconds).
    public static let maximumTolerance = 100.0

    /// `tolerance` when it is a finite number of metres from 0 to ``maximumTolerance``.
    public static func checked(tolerance: Double, field: String = "tolerance") throws(LinesError) -> Double {
        guard tolerance.isFinite, tolerance >= 0, tolerance <= maximumTolerance else { throw .invalidTolerance(field: field, value: "\(tolerance)") }
        return tolerance
    }
}

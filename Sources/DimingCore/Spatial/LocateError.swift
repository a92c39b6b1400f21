/// Why a point could not be located.
public enum LocateError: Problem, Equatable {
    case badLine(line: Int, reason: Reason)
    case invalidPosition(GeometryError)
    /// A batch answered its good rows but refused `refused` of its `rows` data rows.
    case rowsRefused(refused: Int, rows: Int)

    public var status: Int { 400 }
    public var type: String { "invalid-point" }
    public func title(in language: Language) -> String { QueryMessages.invalidPointTitle.text(language) }
    public var field: String? {
        if case .invalidPosition = self { return "lon,lat" }
        return nil
    }
    public func detail(in language: Language) -> String {
        switch self {
        case let .badLine(line, reason): QueryMessages.badLine.text(language, ["line": String(line), "reason": reason.text(in: language)])
        case let .invalidPosition(error): error.detail(in: language)
        case let .rowsRefused(refused, rows): QueryMessages.rowsRefused.text(language, ["refused": String(refused), "rows": String(rows)])
        }
    }
}

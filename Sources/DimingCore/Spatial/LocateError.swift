/// Why a point could not be located.
public enum LocateError: Problem, Equatable {
    case badLine(line: Int, reason: String)
    case invalidPosition(GeometryError)
    /// A batch answered its good rows but refused `refused` of its `rows` data rows.
    case rowsRefused(refused: Int, rows: Int)

    public var status: Int { 400 }
    public var type: String { "invalid-point" }
    public var title: String { "Invalid point" }
    public var field: String? {
        if case .invalidPosition = self { return "lon,lat" }
        return nil
    }
    public var detail: String {
        switch self {
        case let .badLine(line, reason): "line \(line): \(reason)"
        case let .invalidPosition(error): error.detail
        case let .rowsRefused(refused, rows): "\(refused) of \(rows) rows refused"
        }
    }
}

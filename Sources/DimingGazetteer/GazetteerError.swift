import DimingCore

/// What the gazetteer refuses, with what the officer needs to put it right.
public enum GazetteerError: Problem, Equatable {
    /// Skeleton only; gone once the store work lands.
    case notImplemented

    public var status: Int { 501 }
    public var type: String { "not-implemented" }
    public func title(in language: Language) -> String { language == .zh ? "尚未实现" : "Not implemented" }
    public func detail(in language: Language) -> String { title(in: language) }
}

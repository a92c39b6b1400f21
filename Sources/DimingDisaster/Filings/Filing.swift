import DimingCore

/// 上报: the county's filing of an event's figures to the next level — 初报, 续报 or 核报 —
/// frozen as they stood at `asOf` (the summary JSON and its SHA-256), prepared by one account
/// and approved (or returned) by an approver who is not its author. An approved or returned
/// filing never changes again (a trigger refuses it).
public struct Filing: Sendable, Equatable {
    public var id: Int64
    public var event: Int64
    public var kind: FilingKind
    /// The time the figures stand at (UTC, ISO 8601).
    public var asOf: String
    /// The event summary (``EventSummary/json``) at `asOf`, as frozen.
    public var summary: String
    public var summarySHA256: String
    public var author: String
    public var createdAt: String
    public var note: String?
    public var state: FilingState
    public var decidedBy: String?
    public var decidedAt: String?
    public var reason: String?

    /// The filing as JSON, the frozen summary embedded as an object.
    public var json: String {
        var out = JSONOutput(capacity: summary.utf8.count + 512)
        out.append("{\"id\":")
        out.appendInteger(id)
        out.append(",\"event\":")
        out.appendInteger(event)
        for (name, value) in [("kind", kind.rawValue), ("as_of", asOf), ("state", state.rawValue), ("author", author),
                              ("created_at", createdAt), ("note", note), ("decided_by", decidedBy), ("decided_at", decidedAt),
                              ("reason", reason), ("summary_sha256", summarySHA256)] as [(StaticString, String?)] {
            out.append(",\"")
            out.append(name)
            out.append("\":")
            if let value { out.appendString(value) } else { out.append("null") }
        }
        out.append(",\"summary\":")
        out.appendRaw(summary)
        out.append("}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

/// 初报 / 续报 / 核报.
public enum FilingKind: String, Sendable, CaseIterable, Codable {
    case initial
    case followUp = "follow_up"
    case final

    /// Parses a kind, or throws naming the kinds (400).
    public init(parsing text: String) throws(FilingsError) {
        guard let kind = FilingKind(rawValue: text) else {
            throw .invalidValue(field: "kind", value: text, allowed: Self.allCases.map(\.rawValue))
        }
        self = kind
    }
}

/// Where a filing stands: prepared (waiting for an approver), approved or returned (final).
public enum FilingState: String, Sendable, CaseIterable, Codable {
    case prepared, approved, returned
}

/// An approver's decision on a prepared filing.
public enum FilingDecision: String, Sendable, CaseIterable {
    case approved, returned

    public init(parsing text: String) throws(FilingsError) {
        guard let decision = FilingDecision(rawValue: text) else {
            throw .invalidValue(field: "decision", value: text, allowed: Self.allCases.map(\.rawValue))
        }
        self = decision
    }
}

/// What a change request said about the version it changes (`If-Match`, RFC 9110 §13.1.1).
public enum EditPrecondition: Sendable, Equatable {
    /// No `If-Match`: a change is refused (428), so no edit silently overwrites another.
    case none
    /// `If-Match: *`: any current version.
    case any
    /// The entity tags the client holds, without quotes; one must be current.
    case tags([String])

    /// Parses an `If-Match` header value; tags of other representations (`"<tag>-html"`)
    /// name the same content.
    public init(ifMatch header: String?) {
        guard let header else { self = .none; return }
        let items = header.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if items.contains("*") { self = .any; return }
        self = .tags(items.compactMap { item in
            guard !item.hasPrefix("W/"), item.count >= 2, item.hasPrefix("\""), item.hasSuffix("\"") else { return nil }
            let opaque = item.dropFirst().dropLast()
            return String(opaque.split(separator: "-", maxSplits: 1).first ?? opaque)
        })
    }

    /// Throws 428 without a precondition, 412 when `current` is not what the client holds.
    func check(current: String) throws(EditError) {
        switch self {
        case .none: throw .preconditionRequired
        case .any: return
        case let .tags(tags): guard tags.contains(current) else { throw .preconditionFailed(current: current) }
        }
    }
}

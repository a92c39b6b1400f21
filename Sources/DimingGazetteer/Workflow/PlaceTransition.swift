/// The enforced lifecycle: from which statuses each step of the workflow may start.
///
/// proposed → under_review → approved (→ announced) → historical; proposed / under_review →
/// rejected; reserved (地名方案) → approved; any record but an erroneous one → erroneous.
enum PlaceTransition {
    static let allowed: [String: Set<PlaceStatus>] = [
        "review": [.proposed],
        "approve": [.proposed, .underReview, .reserved],
        "announce": [.approved],
        "reject": [.proposed, .underReview],
        "rename": [.approved, .announced],
        "retire": [.approved, .announced],
        "deprecate": Set(PlaceStatus.allCases).subtracting([.erroneous]),
        "split": [.approved, .announced],
        "merge": [.approved, .announced],
    ]

    /// Refuses `action` (409, naming the current status) unless the workflow allows it from `status`.
    static func check(_ action: String, from status: PlaceStatus, id: String) throws {
        guard allowed[action]?.contains(status) == true else {
            throw GazetteerError.illegalTransition(id: id, action: action, status: status)
        }
    }
}

extension ReviewState {
    /// Where a review may take a version from this state: a received version is approved,
    /// rejected or returned with issues; one with issues comes back to received (answered), or
    /// is approved or rejected. Approved and rejected are final: a wrong figure after approval
    /// is put right by a corrected version, which starts as received.
    public var nextStates: [ReviewState] {
        switch self {
        case .received: [.hasIssues, .approved, .rejected]
        case .hasIssues: [.received, .approved, .rejected]
        case .approved, .rejected: []
        }
    }

    /// Whether moving to this state needs a note saying why (returning or rejecting).
    public var needsNote: Bool { self == .hasIssues || self == .rejected }

    /// Parses the `state` field, or throws naming the states.
    public init(parsing text: String, field: String = "state") throws(ReviewError) {
        guard let state = ReviewState(rawValue: text) else {
            throw .invalidValue(field: field, value: text, allowed: ReviewState.allCases.map(\.rawValue))
        }
        self = state
    }
}

/// What `diming place check --format json` prints (and an HTTP check can return): the name
/// checked, under which profile, the findings most severe first, and the verdict.
public struct CheckReport: Sendable, Hashable, Codable {
    public var name: String
    public var category: PlaceCategory
    public var division: String?
    public var profile: String
    /// The most severe finding's severity, or `pass`.
    public var verdict: String
    public var findings: [NamingFinding]

    public init(_ proposal: NameProposal, profile: JurisdictionProfile, findings: [NamingFinding]) {
        name = proposal.name
        category = proposal.category
        division = proposal.division
        self.profile = profile.name
        verdict = findings.map(\.severity).max()?.rawValue ?? "pass"
        self.findings = findings
    }

    /// Whether a finding blocks the name.
    public var rejects: Bool { findings.contains { $0.severity == .reject } }
}

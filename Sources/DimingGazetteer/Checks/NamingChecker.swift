import GRDB

/// Checks a proposed name against the naming rules of a jurisdiction profile and the names
/// already in the gazetteer.
///
/// PLACEHOLDER (to be replaced by the checks work): finds nothing.
public struct NamingChecker: Sendable {
    public let profile: JurisdictionProfile
    public let speller: PinyinSpeller

    public init(profile: JurisdictionProfile = .national, speller: PinyinSpeller = PinyinSpeller()) {
        self.profile = profile
        self.speller = speller
    }

    /// The findings for `proposal`, most severe first, inside the caller's transaction.
    public func findings(for proposal: NameProposal, in db: Database) throws -> [NamingFinding] { [] }
}

extension Gazetteer {
    /// The naming checks of `proposal` (``NamingChecker``) under the gazetteer's profile,
    /// without writing anything. It compares with `places.name` too, so places another writer
    /// added since the last sync count without one.
    public func check(_ proposal: NameProposal) async throws -> [NamingFinding] {
        let checker = NamingChecker(profile: profile, speller: speller)
        return try await database.pool.read { db in try checker.findings(for: proposal, in: db) }
    }
}

import DimingCore
import DimingGazetteer

/// A proposal the naming checks rejected carries its findings in the problem document
/// (`findings`: code, severity, zh, en, conflicting), so that the officer sees each rule
/// and the place it conflicts with, not only the first.
extension GazetteerError: ProblemExtensionMembers {
    func extensionMembers(in language: Language) -> [(String, JSONValue)] {
        guard case let .namingRejected(_, findings) = self, let json = try? GazetteerResponse.json(findings) else { return [] }
        return [("findings", json)]
    }
}

import Foundation

/// A word list of `gazetteer/wordlists/`: UTF-8, one word a line, `#` starts a comment.
enum WordList {
    /// The words of `file`, looked for beside the profile, in its sibling `wordlists/`, then
    /// in `gazetteer/wordlists/`. A one-character word would match half the names: refused.
    static func load(_ file: String, beside folder: URL, profile: String) throws -> [String] {
        let candidates = [folder.appendingPathComponent(file),
                          folder.deletingLastPathComponent().appendingPathComponent("wordlists").appendingPathComponent(file)]
            + (JurisdictionProfile.gazetteerFolder().map { [$0.appendingPathComponent("wordlists").appendingPathComponent(file)] } ?? [])
        guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw NamingCheckError.badProfile(path: profile, reason: "word list \(file) not found")
        }
        let words = text.split(whereSeparator: \.isNewline).map { line in
            String(line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "").trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        if let short = words.first(where: { $0.count < 2 }) {
            throw NamingCheckError.badProfile(path: profile, reason: "word list \(file): \(short) is one character")
        }
        return words
    }
}

import Foundation
import Testing

/// The server and the command line are shells over `DimingCore`: neither imports GRDB nor
/// spells SQL; whatever they need of the database is a function of the core (`HealthCheck`,
/// `DimingDatabase.checkpoint()` …). Checked on the source files, comments left out.
@Suite struct SQLStaysInCoreTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shells = ["Sources/DimingServer", "Sources/diming"]
    static let keywords = ["SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "PRAGMA "]

    /// The Swift files under `folder`, relative to the package root.
    static func swiftFiles(in folder: String) throws -> [String] {
        let root = packageRoot.appendingPathComponent(folder)
        let paths = try #require(FileManager.default.enumerator(atPath: root.path)).compactMap { $0 as? String }
        return paths.filter { $0.hasSuffix(".swift") }.sorted().map { "\(folder)/\($0)" }
    }

    @Test(arguments: shells)
    func theShellsNeitherImportGRDBNorSpellSQL(_ folder: String) throws {
        let files = try Self.swiftFiles(in: folder)
        #expect(files.count > 5, "\(folder) was not found")
        for file in files {
            let code = Self.withoutComments(try String(contentsOf: Self.packageRoot.appendingPathComponent(file), encoding: .utf8))
            for line in code.split(separator: "\n") {
                let words = line.split(whereSeparator: \.isWhitespace)
                let shown = line.trimmingCharacters(in: .whitespaces)
                if words.contains("import") && words.last == "GRDB" {
                    Issue.record("\(file) imports GRDB (\(shown)): use a DimingCore function instead")
                }
                for keyword in Self.keywords where line.contains(keyword) {
                    Issue.record("\(file) spells SQL (\(shown)): move it behind a DimingCore function")
                }
            }
        }
    }

    /// The check sees what it is meant to: SQL in a string and an import, not prose in comments.
    @Test func theCheckSeesCodeAndStringsButNotComments() {
        let source = #"""
            /// Runs SELECT 1 (a comment)
            import GRDB
            let url = "http://example.org" // UPDATE in a comment
            let sql = "SELECT 1"
            /* DELETE FROM
               nested /* INSERT */ still a comment */
            let block = """
                DELETE FROM x
                """
            """#
        let code = Self.withoutComments(source)
        #expect(code.contains("import GRDB") && code.contains("\"SELECT 1\"") && code.contains("DELETE FROM x"))
        #expect(code.contains("http://example.org"))
        #expect(!code.contains("SELECT 1 (a comment)") && !code.contains("UPDATE") && !code.contains("INSERT"))
    }

    /// Swift source without its `//` and (nested) `/* */` comments; string literals, `"…"`,
    /// `"""…"""` and raw `#"…"#`, are kept whole, so `//` in a URL stays.
    static func withoutComments(_ source: String) -> String {
        let s = Array(source.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        func at(_ j: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return j + t.count <= s.count && Array(s[j..<(j + t.count)]) == t
        }
        while i < s.count {
            if at(i, "//") {
                while i < s.count && s[i] != "\n" { i += 1 }
            } else if at(i, "/*") {
                var depth = 0
                repeat {
                    if at(i, "/*") { depth += 1; i += 2 } else if at(i, "*/") { depth -= 1; i += 2 } else { i += 1 }
                } while depth > 0 && i < s.count
            } else if s[i] == "\"" || (s[i] == "#" && (s[i...].drop { $0 == "#" }.first == "\"")) {
                // A string literal: its opening hashes and quotes, then up to the same closing.
                var hashes = ""
                while s[i] == "#" { hashes.append("#"); out.append(s[i]); i += 1 }
                let quotes = at(i, "\"\"\"") ? "\"\"\"" : "\""
                let closing = quotes + hashes
                out.append(contentsOf: quotes.unicodeScalars)
                i += quotes.count
                while i < s.count && !at(i, closing) {
                    if hashes.isEmpty && s[i] == "\\" && i + 1 < s.count { out.append(s[i]); i += 1 }
                    out.append(s[i])
                    i += 1
                }
                out.append(contentsOf: closing.unicodeScalars)
                i += closing.unicodeScalars.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}

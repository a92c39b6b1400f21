import DimingCore
import Foundation

/// ArgumentParser writes its own words into every help page (`OVERVIEW:`, `Show help
/// information.` …) in English, and wraps lines by counting characters, which makes Chinese
/// lines twice as wide as the terminal. In a Chinese locale the words are replaced by the
/// catalog's, and the help (asked for unwrapped) is wrapped here by display width.
enum HelpWords {
    static func translate(_ help: String, to language: Language, columns: Int = terminalColumns) -> String {
        guard language != .en else { return help }
        let sections = [HelpMessages.sectionOverview, HelpMessages.sectionUsage, HelpMessages.sectionArguments,
                        HelpMessages.sectionOptions, HelpMessages.sectionSubcommands]
        let phrases = [HelpMessages.showVersion, HelpMessages.showHelp]
        return help.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            var line = String(line)
            for section in sections where line.hasPrefix(section.en) {
                line = section.text(language) + line.dropFirst(section.en.count).drop { $0 == " " }
            }
            for phrase in phrases where line.hasSuffix(phrase.en) {
                line = line.dropLast(phrase.en.count) + phrase.text(language)
            }
            for (message, name) in [(HelpMessages.defaultValue, "value"), (HelpMessages.values, "values")] {
                let opening = message.en.replacingOccurrences(of: "{\(name)})", with: "")
                if let range = line.range(of: opening), line.hasSuffix(")") {
                    let value = String(line[range.upperBound...].dropLast())
                    line = line[..<range.lowerBound] + message.text(language, [name: value])
                }
            }
            if let command = subcommandHint(line) {
                line = HelpMessages.seeSubcommandHelp.text(language, ["command": command])
            }
            return wrap(line, columns: columns)
        }.joined(separator: "\n")
    }

    /// The width ArgumentParser wraps to: `COLUMNS`, else 80.
    static var terminalColumns: Int {
        ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).map { max($0, 40) } ?? 80
    }

    /// `line` in lines of at most `columns` cells (a CJK character takes two), continued at the
    /// column its text starts (an option's description, or the indentation), broken at a space
    /// or beside a CJK character, never inside a Latin word.
    static func wrap(_ line: String, columns: Int) -> [String] {
        guard width(line) > columns else { return [line] }
        let characters = Array(line)
        let indent = continuationIndent(characters)
        var lines: [String] = []
        var current = Array(characters)
        var prefix = ""
        while width(prefix) + width(String(current)) > columns {
            var cells = width(prefix), end = 0, lastBreak: Int?
            while end < current.count, cells + width(current[end]) <= columns {
                cells += width(current[end])
                end += 1
                if end < current.count, canBreak(between: current[end - 1], and: current[end]) { lastBreak = end }
            }
            guard let cut = lastBreak, cut > 0 else { break }
            lines.append(prefix + String(String(current[..<cut]).reversed().drop { $0 == " " }.reversed()))
            current = Array(current[cut...].drop { $0 == " " })
            prefix = String(repeating: " ", count: indent)
        }
        lines.append(prefix + String(current))
        return lines
    }

    /// Where a wrapped line continues: under an option's description (`  --db <path>   text`),
    /// else under the line's own indentation.
    private static func continuationIndent(_ characters: [Character]) -> Int {
        let leading = characters.prefix { $0 == " " }.count
        guard leading == 2 else { return leading }
        var index = leading
        while index < characters.count - 2 {
            if characters[index] == " ", characters[index + 1] == " " {
                var start = index
                while start < characters.count, characters[start] == " " { start += 1 }
                return start < characters.count ? start : leading
            }
            index += 1
        }
        return leading
    }

    private static func canBreak(between a: Character, and b: Character) -> Bool {
        if b == " " { return false }
        if a == " " { return true }
        if "，。；：、）」』”！？".contains(b) || "（「『“".contains(a) { return false }
        return isWide(a) || isWide(b)
    }

    /// East Asian wide characters (CJK, full-width forms), which take two cells of a terminal.
    private static func isWide(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || v >= 0x20000
    }

    private static func width(_ c: Character) -> Int { isWide(c) ? 2 : 1 }

    private static func width(_ text: String) -> Int { text.reduce(0) { $0 + width($1) } }

    /// The command named in ArgumentParser's `  See 'diming help <subcommand>' for detailed help.`
    private static func subcommandHint(_ line: String) -> String? {
        let prefix = "  See '", suffix = " help <subcommand>' for detailed help."
        guard line.hasPrefix(prefix), line.hasSuffix(suffix) else { return nil }
        return String(line.dropFirst(prefix.count).dropLast(suffix.count))
    }
}

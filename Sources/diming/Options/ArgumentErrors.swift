import DimingCore

/// ArgumentParser refuses a command line in English (`Missing expected argument '<layer>'`,
/// `Usage: …`); in a Chinese locale its sentences are replaced by the catalog's, line by line,
/// and wrapped by display width. A sentence it does not know is left as it is.
enum ArgumentErrors {
    static func translate(_ message: String, to language: Language, columns: Int = HelpWords.terminalColumns) -> String {
        guard language != .en else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            HelpWords.wrap(translateLine(String(line), language), columns: columns)
        }.joined(separator: "\n")
    }

    private static func translateLine(_ line: String, _ language: Language) -> String {
        let m = CommandMessages.self
        for label in [m.helpLine, m.usageLine] where line.hasPrefix(label.en) {
            return label.text(language) + line.dropFirst(label.en.count).drop { $0 == " " }
        }
        let patterns: [(Message, String, [String])] = [
            (m.seeHelp, "^  See (.+) for more information\\.$", ["command"]),
            (m.missingArgument, "^Missing expected argument (.+)$", ["name"]),
            (m.missingValue, "^Missing value for (.+)$", ["name"]),
            (m.unexpectedArgument, "^Unexpected argument (.+)$", ["name"]),
            (m.unexpectedArguments, "^([0-9]+) unexpected arguments: (.+)$", ["count", "names"]),
        ]
        for (message, pattern, names) in patterns {
            if let values = captures(line, pattern), values.count == names.count {
                return message.text(language, Dictionary(uniqueKeysWithValues: zip(names, values)))
            }
        }
        if let values = captures(line, "^The value ('.*') is invalid for ('[^']+')(\\. Please provide one of (.+)\\.)?$") {
            return m.invalidValue.text(language, ["value": values[0], "name": values[1]])
                + (values.count > 3 && !values[3].isEmpty ? m.oneOf.text(language, ["values": values[3]]) : "")
        }
        if let values = captures(line, "^Unknown option ('[^']+')(\\. Did you mean ('[^']+')\\?)?$") {
            return m.unknownOption.text(language, ["name": values[0]])
                + (values.count > 2 && !values[2].isEmpty ? m.didYouMeanOption.text(language, ["name": values[2]]) : "")
        }
        return line
    }

    /// The capture groups of `pattern` in `line` (empty for a group that did not take part).
    private static func captures(_ line: String, _ pattern: String) -> [String]? {
        guard let regex = try? Regex(pattern), let match = try? regex.wholeMatch(in: line) else { return nil }
        return (1..<match.output.count).map { match.output[$0].substring.map(String.init) ?? "" }
    }
}

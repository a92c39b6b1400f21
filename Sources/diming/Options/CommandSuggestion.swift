import DimingCore

/// "Did you mean …" for a mistyped command: the subcommand names nearest to what was typed.
enum CommandSuggestion {
    /// The message for an unknown first word, or nil when it is a command, an option or a
    /// value (`help`, `--version`, a number).
    static func unknownCommand(in arguments: [String], commands: [String]) -> String? {
        guard let typed = arguments.first, !typed.hasPrefix("-"), typed != "help", !commands.contains(typed),
              typed.first?.isLetter == true else { return nil }
        let ranked = commands.map { (name: $0, distance: distance(typed.lowercased(), $0)) }.sorted { $0.distance < $1.distance }
        if let best = ranked.first, best.distance <= max(1, min(2, typed.count / 3)) || best.name.hasPrefix(typed.lowercased()) {
            return CommandMessages.unknownCommandSuggestion.localized(["command": typed, "suggestion": best.name])
        }
        return CommandMessages.unknownCommand.localized(["command": typed, "commands": commands.joined(separator: ", ")])
    }

    /// The optimal-string-alignment distance: insertions, deletions, substitutions, and swaps of
    /// two neighbours (`lcoate` is one swap from `locate`), each costing one.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}

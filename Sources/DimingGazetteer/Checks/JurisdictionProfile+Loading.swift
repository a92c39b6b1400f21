import DimingCore
import Foundation

extension JurisdictionProfile {
    /// The `gazetteer/` folder holding `profiles/` and `wordlists/`: `DIMING_GAZETTEER`,
    /// `./gazetteer`, or beside the diming build.
    public static func gazetteerFolder() -> URL? {
        BundledFolder.locate("gazetteer", environmentVariable: "DIMING_GAZETTEER", marker: "profiles/national.json")
    }

    /// The names of the profiles in `gazetteer/profiles/`.
    public static func knownNames() -> [String] {
        guard let folder = gazetteerFolder()?.appendingPathComponent("profiles"),
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// The profile `gazetteer/profiles/<name>.json`.
    public static func named(_ name: String) throws -> JurisdictionProfile {
        guard let folder = gazetteerFolder() else {
            throw NamingCheckError.badProfile(path: "gazetteer/profiles/national.json", reason: "not found (set DIMING_GAZETTEER)")
        }
        let file = folder.appendingPathComponent("profiles").appendingPathComponent(name + ".json")
        guard !name.contains("/"), FileManager.default.fileExists(atPath: file.path) else {
            throw NamingCheckError.unknownProfile(name, known: knownNames())
        }
        return try load(path: file.path)
    }

    /// A profile from a JSON file anywhere; `extends` in it names a profile or a file beside it.
    public static func load(path: String) throws -> JurisdictionProfile {
        try ProfileFile.load(path: path, visited: [])
    }

    /// `--profile`: a path when it looks like one (a `/` or `.json`), else a name.
    public static func resolve(_ nameOrPath: String) throws -> JurisdictionProfile {
        try (nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") ? load(path: nameOrPath) : named(nameOrPath))
    }
}

/// A profile file as written: every field optional; `extends` takes the rest from another.
struct ProfileFile: Decodable {
    var name: String?
    var title: LocalizedText?
    var extends: String?
    var scopes: [String: CheckScope.Level]?
    var affixes: [String]?
    var severities: [String: NamingFinding.Severity]?
    var wordlists: [String: [String]]?
    var words: [String: [String]]?
    var generics: [String: [String]]?
    var stackable: [String: [String]]?

    static let fields: Set<String> = ["name", "title", "extends", "scopes", "affixes", "severities", "wordlists", "words", "generics",
                                      "stackable", "description", "source"]

    static func load(path: String, visited: Set<String>) throws -> JurisdictionProfile {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let bad = { (reason: String) in NamingCheckError.badProfile(path: path, reason: reason) }
        guard !visited.contains(url.path) else { throw bad("extends itself") }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw bad("cannot be read") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { throw bad("not a JSON object") }
        if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
            throw bad("unknown field \(unknown) (fields: \(fields.sorted().joined(separator: ", ")))")
        }
        let file: ProfileFile
        do { file = try JSONDecoder().decode(ProfileFile.self, from: data) } catch let error as DecodingError {
            throw bad(Self.describe(error))
        }
        try file.validate(bad)
        let folder = url.deletingLastPathComponent()
        var words = file.words ?? [:]
        for (rule, lists) in file.wordlists ?? [:] {
            for list in lists { words[rule, default: []] += try WordList.load(list, beside: folder, profile: path) }
        }
        let own = JurisdictionProfile(
            name: file.name ?? url.deletingPathExtension().lastPathComponent, title: file.title, scopes: file.scopes ?? [:],
            affixes: file.affixes ?? [], severities: file.severities ?? [:], words: words,
            generics: file.generics ?? [:], stackable: file.stackable ?? [:])
        guard let extends = file.extends else { return own }
        let beside = folder.appendingPathComponent(extends.hasSuffix(".json") ? extends : extends + ".json")
        let base = try FileManager.default.fileExists(atPath: beside.path)
            ? load(path: beside.path, visited: visited.union([url.path]))
            : JurisdictionProfile.named(extends)
        return try base.tightened(by: own, title: file.title, path: path)
    }

    /// Keys a profile may use: rule keys for severities and words, classes or categories for
    /// scopes (optionally `:generic`) and generics.
    func validate(_ bad: (String) -> NamingCheckError) throws {
        let rules = Set(NamingRule.allCases.map(\.rawValue))
        let kinds = Set(PlaceClass.allCases.map(\.rawValue) + PlaceCategory.allCases.map(\.rawValue))
        for key in Array((severities ?? [:]).keys) + Array((wordlists ?? [:]).keys) + Array((words ?? [:]).keys) where !rules.contains(key) {
            throw bad("unknown rule \(key) (rules: \(NamingRule.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        for key in (scopes ?? [:]).keys {
            let kind = String(key.split(separator: ":", maxSplits: 1).first ?? "")
            if kind != "default" && !kinds.contains(kind) { throw bad("unknown class or category \(kind) in scopes") }
        }
        for key in Array((generics ?? [:]).keys) + Array((stackable ?? [:]).keys) where !kinds.contains(key) {
            throw bad("unknown class or category \(key) in generics")
        }
        for word in Array((words ?? [:]).values.joined()) + (affixes ?? []) where word.trimmingCharacters(in: .whitespaces).isEmpty {
            throw bad("an empty word or affix")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        var context: DecodingError.Context?
        if case let .typeMismatch(_, found) = error { context = found }
        if case let .valueNotFound(_, found) = error { context = found }
        if case let .keyNotFound(_, found) = error { context = found }
        if case let .dataCorrupted(found) = error { context = found }
        guard let context else { return "\(error)" }
        let at = context.codingPath.map(\.stringValue).joined(separator: ".")
        return at.isEmpty ? context.debugDescription : "\(at): \(context.debugDescription)"
    }
}

extension JurisdictionProfile {
    /// This profile with `local`'s rules on top, refusing any that would loosen it: a
    /// severity may only rise, a scope only widen; affixes and words are added; generics
    /// (a vocabulary, not a strictness) are replaced class by class.
    func tightened(by local: JurisdictionProfile, title: LocalizedText?, path: String) throws -> JurisdictionProfile {
        var merged = self
        merged.name = local.name
        merged.title = title ?? LocalizedText(local.name, local.name)
        for (key, level) in local.scopes {
            let base = effectiveScope(key)
            if level < base { throw NamingCheckError.profileLoosens(path: path, rule: "scopes.\(key)", base: base.rawValue, value: level.rawValue) }
            merged.scopes[key] = level
        }
        for (rule, severity) in local.severities {
            if let base = severities[rule], severity < base {
                throw NamingCheckError.profileLoosens(path: path, rule: rule, base: base.rawValue, value: severity.rawValue)
            }
            merged.severities[rule] = severity
        }
        merged.affixes += local.affixes.filter { !affixes.contains($0) }
        for (rule, list) in local.words { merged.words[rule, default: []] += list }
        merged.generics.merge(local.generics) { $1 }
        merged.stackable.merge(local.stackable) { $1 }
        return merged
    }

    /// The level this profile gives a scope key, following the lookup order of ``scopeLevel(for:generic:)``.
    private func effectiveScope(_ key: String) -> CheckScope.Level {
        let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
        var keys = [key]
        if parts.count == 2, let category = PlaceCategory(rawValue: parts[0]) { keys.append("\(category.placeClass.rawValue):\(parts[1])") }
        keys.append(parts[0])
        if let category = PlaceCategory(rawValue: parts[0]) { keys.append(category.placeClass.rawValue) }
        keys.append("default")
        return keys.lazy.compactMap { scopes[$0] }.first ?? .township
    }
}

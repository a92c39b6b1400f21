import DimingCore
import Foundation
import GRDB

/// Checks a proposed name against the naming rules of a jurisdiction profile (gazetteer.md
/// §2.3) and the names already in the gazetteer. Reads only; the store calls it inside its
/// propose and rename transactions and refuses on any `.reject`.
public struct NamingChecker: Sendable {
    public let profile: JurisdictionProfile
    public let speller: PinyinSpeller

    public init(profile: JurisdictionProfile = .national, speller: PinyinSpeller = PinyinSpeller()) {
        self.profile = profile
        self.speller = speller
    }

    /// The findings for `proposal`, most severe first, inside the caller's transaction.
    public func findings(for proposal: NameProposal, in db: Database) throws -> [NamingFinding] {
        if let problem = profile.problem { throw problem }
        var proposal = proposal
        proposal.name = proposal.name.trimmingCharacters(in: .whitespacesAndNewlines)
        // An officer's reading must fit the name (one syllable a character): the speller would
        // otherwise ignore it, and the homophone check would read the name some other way.
        if let reading = proposal.reading, !reading.trimmingCharacters(in: .whitespaces).isEmpty {
            _ = try PinyinSpeller.validateReading(reading, for: proposal.name)
        }
        if let division = proposal.division, !division.isEmpty,
           try !Bool.fetchOne(db, sql: #"SELECT EXISTS (SELECT 1 FROM "divisions" WHERE "code" = ?)"#, arguments: [division])! {
            throw NamingCheckError.unknownDivision(division)
        }
        let compared = try comparisonFindings(proposal, db: db)
        let findings = shapeFindings(proposal) + wordFindings(proposal.name) + compared
        let order = NamingRule.allCases.map(\.code)
        return findings.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            let (ra, rb) = (order.firstIndex(of: a.element.code) ?? 0, order.firstIndex(of: b.element.code) ?? 0)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }

    // MARK: The name's own form

    func shapeFindings(_ proposal: NameProposal) -> [NamingFinding] {
        var findings = [NamingFinding]()
        guard let generics = profile.generics(for: proposal.category) else {
            // No generics for the class: only the bare ordinal, on the pinyin split.
            let parts = NameParts.split(proposal.name, category: proposal.category)
            if !parts.generic.isEmpty, NameShape.isBareOrdinal(parts.specific) {
                findings += finding(.ordinal, CheckMessages.bareOrdinal, ["specific": parts.specific])
            }
            return findings
        }
        let shape = NameShape(name: proposal.name, generics: generics, stackable: profile.stackable(for: proposal.category))
        for flaw in shape.flaws {
            switch flaw {
            case .noGeneric:
                let examples = generics.prefix(4).joined(separator: "/")
                findings += finding(.structure, CheckMessages.noGeneric, ["examples": examples], perLanguage: { language in
                    ["class": CheckMessages.placeClass(proposal.category.placeClass).text(language)]
                })
            case let .noSpecific(generic):
                findings += finding(.structure, CheckMessages.noSpecific, ["generic": generic])
            case let .stacked(first, second):
                findings += finding(.stack, CheckMessages.stacked, ["first": first, "second": second])
            case let .bareOrdinal(specific):
                findings += finding(.ordinal, CheckMessages.bareOrdinal, ["specific": specific])
            }
        }
        return findings
    }

    /// Person, foreign and brand names anywhere in the name; a leader's name is reported once,
    /// as a leader's.
    func wordFindings(_ name: String) -> [NamingFinding] {
        var findings = [NamingFinding](), matched = Set<String>()
        for rule in NamingRule.wordRules {
            let message: Message = switch rule {
            case .personLeader: CheckMessages.personLeader
            case .person: CheckMessages.person
            case .foreign: CheckMessages.foreign
            default: CheckMessages.brand
            }
            for word in profile.words[rule.rawValue] ?? [] where name.contains(word) && matched.insert(word).inserted {
                findings += finding(rule, message, ["word": word])
            }
        }
        return findings
    }

    // MARK: Names already in scope

    func comparisonFindings(_ proposal: NameProposal, db: Database) throws -> [NamingFinding] {
        let generic = NameShape(name: proposal.name, generics: profile.generics(for: proposal.category) ?? [], stackable: []).generic
            ?? NameParts.split(proposal.name, category: proposal.category).generic
        let scope = CheckScope.resolve(profile.scopeLevel(for: proposal.category, generic: generic), division: proposal.division)
        var findings = [NamingFinding]()
        let scopeName = try describe(scope, db: db)
        if let wanted = scope.wanted {
            if proposal.division?.isEmpty ?? true {
                findings += finding(.scope, CheckMessages.scopeMissing, [:])
            } else {
                findings += finding(.scope, CheckMessages.scopeWidened, [:]) { language in
                    ["wanted": CheckMessages.level(wanted).text(language), "given": scopeName(language)]
                }
            }
        }
        let categories = PlaceCategory.allCases.filter { $0.placeClass == proposal.category.placeClass }
        let existing = try ExistingName.fetch(in: scope, categories: categories, excluding: proposal.place, db: db)
        guard !existing.isEmpty else { return findings }
        let key = SoundKey.of(proposal.name, category: proposal.category, reading: proposal.reading, speller: speller)
        let affixes = try AffixVariants(affixes: profile.affixes, division: proposal.division, db: db)
        let parts = NameParts.split(proposal.name, category: proposal.category)
        let checksNear = profile.severities[NamingRule.nearHomophone.rawValue] != nil
        let syllables = checksNear ? SoundKey.syllables(proposal.name, category: proposal.category, reading: proposal.reading, speller: speller) : []
        for other in existing {
            let place = NamingFinding.ConflictingPlace(id: other.place, name: other.name, division: other.division, status: other.status)
            let about = { (language: Language) in
                ["other": other.name, "status": CheckMessages.status(other.status).text(language), "scope": scopeName(language)]
            }
            if other.name == proposal.name {
                findings += finding(.duplicate, CheckMessages.duplicate, [:], conflicting: place, perLanguage: about)
                continue
            }
            if let affix = affixes.sameName(proposal.name, other.name) {
                findings += finding(.affixDuplicate, CheckMessages.affixDuplicate, ["affix": affix], conflicting: place, perLanguage: about)
            }
            // The stored key was spelled with the name's own reading; a name without one is spelled now.
            let otherKey = other.pinyinKey.map(SoundKey.normalized)
                ?? SoundKey.of(other.name, category: proposal.category, reading: other.reading, speller: speller)
            if !key.isEmpty, otherKey == key {
                findings += finding(.homophone, CheckMessages.homophone, ["key": key], conflicting: place, perLanguage: about)
            } else if checksNear {
                let otherSyllables = SoundKey.syllables(other.name, category: proposal.category, reading: other.reading, speller: speller)
                if SoundKey.isNear(syllables, otherSyllables) {
                    findings += finding(.nearHomophone, CheckMessages.nearHomophone, ["key": syllables.joined(separator: " "),
                                                                                      "otherKey": otherSyllables.joined(separator: " ")],
                                        conflicting: place, perLanguage: about)
                }
            }
            let otherParts = NameParts.split(other.name, category: proposal.category)
            let otherSpecific = other.specific ?? otherParts.specific, otherGeneric = other.generic ?? otherParts.generic
            if !parts.specific.isEmpty, !parts.generic.isEmpty, !otherGeneric.isEmpty,
               parts.specific == otherSpecific, parts.generic != otherGeneric {
                findings += finding(.suffixOnly, CheckMessages.suffixOnly, ["specific": parts.specific], conflicting: place, perLanguage: about)
            }
        }
        return findings
    }

    /// "城关镇（420581100）", or the whole database, in each language.
    func describe(_ scope: CheckScope, db: Database) throws -> @Sendable (Language) -> String {
        guard let code = scope.divisionCode else { return { CheckMessages.wholeDatabase.text($0) } }
        let name = try String.fetchOne(db, sql: #"SELECT "name" FROM "divisions" WHERE "code" = ?"#, arguments: [code]) ?? code
        return { CheckMessages.scopeDivision.text($0, ["name": name, "code": code]) }
    }

    /// A finding of `rule` at the profile's severity, or none when the profile does not check the rule.
    func finding(_ rule: NamingRule, _ message: Message, _ arguments: [String: String], conflicting: NamingFinding.ConflictingPlace? = nil,
                 perLanguage: (Language) -> [String: String] = { _ in [:] }) -> [NamingFinding] {
        guard let severity = profile.severities[rule.rawValue] else { return [] }
        let zh = message.text(.zh, arguments.merging(perLanguage(.zh)) { $1 })
        let en = message.text(.en, arguments.merging(perLanguage(.en)) { $1 })
        return [NamingFinding(code: rule.code, severity: severity, zh: zh, en: en, conflicting: conflicting)]
    }
}

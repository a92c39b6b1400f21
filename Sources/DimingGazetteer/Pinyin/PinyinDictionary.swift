import DimingCore
import Foundation

/// The place-name reading dictionary of `gazetteer/pinyin/`, loaded once on first use:
/// `place-readings.tsv` (kept by hand, wins), `phrases.tsv` and `characters.tsv` (seeded from
/// pypinyin by `tools/gazetteer/build_pinyin.py`). A character missing from all three is read by
/// ICU's Han-Latin transform.
final class PinyinDictionary: Sendable {
    /// Readings of texts of two or more characters, and how long the longest one starting with
    /// each character is (so most positions of a name try no lookup at all).
    struct Phrases: Sendable {
        var readings: [ScalarKey: [PinyinSyllable]] = [:]
        var longest: [UInt32: Int] = [:]

        mutating func add(_ text: String, _ syllables: [PinyinSyllable]) {
            guard let first = text.unicodeScalars.first, let key = ScalarKey(text) else { return }
            readings[key] = syllables
            longest[first.value] = max(longest[first.value] ?? 0, syllables.count)
        }
    }

    let characters: [UInt32: PinyinSyllable]
    let placeNames: Phrases
    let phrases: Phrases
    let terms: PlaceNameTerms
    /// Every plain syllable the dictionary knows, to refuse an override that is not pinyin.
    let knownSyllables: Set<String>
    /// Where the data came from (nil: built-in terms and ICU only).
    let folder: URL?

    init(folder: URL?) {
        self.folder = folder
        var interned = [String: PinyinSyllable]()
        func syllable(_ toned: String) -> PinyinSyllable {
            if let known = interned[toned] { return known }
            let made = PinyinSyllable(toned: toned)
            interned[toned] = made
            return made
        }
        func rows(_ file: String) -> [[Substring]] {
            guard let folder, let text = try? String(contentsOf: folder.appendingPathComponent("pinyin/" + file), encoding: .utf8) else { return [] }
            return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        }
        var characters = [UInt32: PinyinSyllable]()
        for row in rows("characters.tsv") where row.count >= 2 {
            guard let scalar = row[0].unicodeScalars.first, row[0].unicodeScalars.count == 1 else { continue }
            characters[scalar.value] = syllable(String(row[1]))
        }
        var placeNames = Phrases(), phrases = Phrases()
        for (file, isHandKept) in [("place-readings.tsv", true), ("phrases.tsv", false)] {
            for row in rows(file) where row.count >= 2 {
                let text = String(row[0])
                let readings = row[1].split(separator: " ").map { syllable(String($0)) }
                guard readings.count == text.unicodeScalars.count else { continue }
                if readings.count == 1, let scalar = text.unicodeScalars.first {
                    characters[scalar.value] = readings[0]
                } else if isHandKept {
                    placeNames.add(text, readings)
                } else {
                    phrases.add(text, readings)
                }
            }
        }
        self.characters = characters
        self.placeNames = placeNames
        self.phrases = phrases
        self.terms = PlaceNameTerms(rows: rows("terms.tsv"))
        self.knownSyllables = Set(interned.values.map(\.plain))
    }

    /// The dictionary of the `gazetteer/` folder found beside the program, loaded on first use.
    static let shared = PinyinDictionary(folder: locateFolder())

    /// `$DIMING_GAZETTEER`, `./gazetteer`, beside the executable, or `$DIMING_DATA` (the demo's).
    static func locateFolder() -> URL? {
        let marker = "pinyin/characters.tsv"
        return BundledFolder.locate("gazetteer", environmentVariable: "DIMING_GAZETTEER", marker: marker)
            ?? BundledFolder.locate("gazetteer", environmentVariable: "DIMING_DATA", marker: marker)
    }

    /// Whether `scalar` is a Han character (CJK unified ideographs, extensions, compatibility, 〇).
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// The reading of each scalar of a name (nil for what is not Han). The hand-kept place
    /// names are matched first, over the whole name, so that a pypinyin phrase cannot take a
    /// character they read; pypinyin's phrases fill the gaps; single characters the rest.
    func read(_ scalars: [Unicode.Scalar]) -> [PinyinSyllable?] {
        var readings = [PinyinSyllable?](repeating: nil, count: scalars.count)
        var taken = [Bool](repeating: false, count: scalars.count)
        Self.match(placeNames, in: scalars, into: &readings, taken: &taken)
        Self.match(phrases, in: scalars, into: &readings, taken: &taken)
        for index in scalars.indices where !taken[index] {
            let scalar = scalars[index]
            guard Self.isHan(scalar) else { continue }
            if scalar == "儿", index > 0, Self.isHan(scalars[index - 1]) {
                readings[index] = .erhua   // 儿 not inside a phrase that reads it ér: erhua
            } else {
                readings[index] = characters[scalar.value] ?? Self.icuReading(scalar)
            }
        }
        return readings
    }

    /// Fills `readings` with the longest phrases of `phrases` found left to right in the
    /// characters not `taken` yet.
    private static func match(_ phrases: Phrases, in scalars: [Unicode.Scalar], into readings: inout [PinyinSyllable?], taken: inout [Bool]) {
        var start = 0
        matching: while start < scalars.count {
            if !taken[start], let longest = phrases.longest[scalars[start].value] {
                var length = min(longest, scalars.count - start)
                while length >= 2 {
                    let end = start + length
                    if !taken[start..<end].contains(true) {
                        if let key = ScalarKey(scalars[start..<end]), let found = phrases.readings[key] {
                            for offset in 0..<length {
                                readings[start + offset] = found[offset]
                                taken[start + offset] = true
                            }
                            start = end
                            continue matching
                        }
                    }
                    length -= 1
                }
            }
            start += 1
        }
    }

    /// ICU's reading of one character, for what the dictionary lacks.
    static func icuReading(_ scalar: Unicode.Scalar) -> PinyinSyllable? {
        guard let latin = String(scalar).applyingTransform(.mandarinToLatin, reverse: false),
              latin.unicodeScalars.first.map({ !isHan($0) }) ?? false else { return nil }
        return PinyinSyllable(toned: latin.trimmingCharacters(in: .whitespaces))
    }
}

import Foundation
import GRDB

/// N-DUP-AFFIX: two names are the same name when one is the other with an affix of the
/// profile added in front (新长江路 = 长江路; Tongling: 铜陵 + a name), or both are one name
/// with different affixes (新长江路 = 大长江路).
struct AffixVariants {
    var affixes: [String]

    /// The profile's affixes with `{county}` and `{city}` replaced by the names of the
    /// proposal's county and city, with and without their generic (宜都市, 宜都).
    init(affixes: [String], division: String?, db: Database) throws {
        var resolved = [String]()
        for affix in affixes {
            let digits = affix == "{county}" ? 6 : affix == "{city}" ? 4 : nil
            guard let digits else { resolved.append(affix); continue }
            guard let division, division.count >= 6, CheckScope.Level.of(code: division).digits >= digits else { continue }
            let code = String(division.prefix(digits)).padding(toLength: 6, withPad: "0", startingAt: 0)
            guard let name = try String.fetchOne(db, sql: #"SELECT "name" FROM "divisions" WHERE "code" = ?"#, arguments: [code]) else { continue }
            resolved.append(name)
            if let generic = Self.divisionGenerics.first(where: { name.hasSuffix($0) && name.count - $0.count >= 2 }) {
                resolved.append(String(name.dropLast(generic.count)))
            }
        }
        self.affixes = resolved
    }

    static let divisionGenerics = ["自治州", "自治县", "自治旗", "林区", "地区", "盟", "市", "县", "区", "旗"]

    /// The name without one affix in front, for each affix it begins with; what is left must
    /// still be a name (two characters or more).
    func cores(_ name: String) -> [(core: String, affix: String?)] {
        [(name, nil)] + affixes.filter { name.hasPrefix($0) && name.count - $0.count >= 2 }.map { (String(name.dropFirst($0.count)), $0) }
    }

    /// The affix(es) that make `a` and `b` the same name, or nil.
    func sameName(_ a: String, _ b: String) -> String? {
        guard a != b else { return nil }
        for x in cores(a) {
            for y in cores(b) where x.core == y.core && (x.affix != nil || y.affix != nil) {
                return [x.affix, y.affix].compactMap { $0 }.joined(separator: "/")
            }
        }
        return nil
    }
}

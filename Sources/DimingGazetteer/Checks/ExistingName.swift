import GRDB

/// A name a proposal is compared with: a name in force, pending or reserved, of a place of the
/// same class in the scope.
///
/// Which names count (gazetteer.md §2.4):
/// - standard and alternative names that are approved or announced (in force);
/// - proposed and under-review names: a pending application also blocks a duplicate (first
///   come, first filed);
/// - reserved names of the 地名方案: planned names are kept free for their road;
/// - and `places.name` of every such place, so that a place another writer (import, QGIS)
///   added before the gazetteer made its name records still counts.
/// Former, colloquial and erroneous names, names whose validity ended, and places that are
/// historical, rejected or erroneous do not count.
struct ExistingName: Hashable {
    var place: String
    var name: String
    var status: String
    var division: String?
    var reading: String?
    var pinyinKey: String?
    var specific: String?
    var generic: String?

    static let countingStatuses = ["approved", "announced", "proposed", "under_review", "reserved"]

    /// The names in `scope` of places of `categories`, leaving out the place `excluding` (a rename).
    static func fetch(in scope: CheckScope, categories: [PlaceCategory], excluding place: String?, db: Database) throws -> [ExistingName] {
        let statuses = countingStatuses.map { "'\($0)'" }.joined(separator: ", ")
        let kinds = categories.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let placeFilter = """
            p."status" IN (\(statuses)) AND p."category" IN (\(kinds))
            AND substr(coalesce(p."division", ''), 1, length(:prefix)) = :prefix AND p."uid" IS NOT :excluded
            """
        let rows = try Row.fetchAll(db, sql: """
            SELECT p."uid" AS place, n."name", n."status", p."division", n."reading", n."pinyin_key", n."specific", n."generic", 0 AS "source"
            FROM "place_names" n JOIN "places" p ON p."uid" = n."place"
            WHERE n."kind" IN ('standard', 'alternative') AND n."status" IN (\(statuses))
              AND (n."valid_to" IS NULL OR n."valid_to" > date('now')) AND \(placeFilter)
            UNION ALL
            SELECT p."uid", p."name", p."status", p."division", NULL, NULL, p."specific", p."generic", 1
            FROM "places" p WHERE \(placeFilter)
            ORDER BY "source"
            """, arguments: ["prefix": scope.prefix, "excluded": place])
        var seen = Set<[String]>()
        return rows.compactMap { row in
            let name = ExistingName(place: row["place"], name: row["name"], status: row["status"], division: row["division"],
                                    reading: row["reading"], pinyinKey: row["pinyin_key"], specific: row["specific"], generic: row["generic"])
            // A name record first: it carries the reading and key the places row lacks.
            return seen.insert([name.place, name.name]).inserted ? name : nil
        }
    }
}

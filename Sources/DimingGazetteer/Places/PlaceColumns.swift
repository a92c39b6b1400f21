import GRDB

/// The gazetteer's columns of the `places` table (the core's layer, extended by the
/// gazetteer's migrations) and of `place_names`, so that their names are spelled once.
enum PlaceColumns {
    static let table = "places"
    /// The record a reader gets: the place's columns, its point as lon/lat.
    static let selection = """
        p."uid", p."name", p."category", p."status", p."division", p."specific", p."generic", p."meaning",
        p."history", p."sources", p."parent", p."ceased_on", p."deprecated_on", p."road_id",
        ST_X(p."geom") AS "lon", ST_Y(p."geom") AS "lat"
        """
}

enum NameColumns {
    static let table = "place_names"
    static let selection = """
        "id", "name", "kind", "status", "valid_from", "valid_to", "document", "approved_on", "authority", "reason",
        "pinyin", "pinyin_toneless", "pinyin_sign", "pinyin_key", "reading"
        """
}

extension PinyinSpelling {
    /// The spelling as stored on a name record; the syllables read back from the toneless form
    /// (words stay joined: they are for display, the homophone key is stored on its own).
    init?(row: Row) {
        guard let toned: String = row["pinyin"] else { return nil }
        let toneless: String = row["pinyin_toneless"] ?? toned
        let syllables = toneless.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        self.init(toned: toned, toneless: toneless, sign: row["pinyin_sign"] ?? toneless.uppercased(), syllables: syllables)
    }
}

extension PlaceRecord {
    init(row: Row, pinyin: PinyinSpelling?) {
        self.init(id: row["uid"], name: row["name"], category: row["category"],
                  status: PlaceStatus(rawValue: row["status"] ?? "") ?? .approved, division: row["division"],
                  specific: row["specific"], generic: row["generic"], meaning: row["meaning"], history: row["history"],
                  sources: row["sources"], parent: row["parent"], ceasedOn: row["ceased_on"], deprecatedOn: row["deprecated_on"],
                  pinyin: pinyin, lon: row["lon"], lat: row["lat"])
    }
}

extension PlaceNameRecord {
    init(row: Row) {
        self.init(id: row["id"], name: row["name"], kind: NameKind(rawValue: row["kind"]) ?? .standard,
                  status: PlaceStatus(rawValue: row["status"]) ?? .approved, validFrom: row["valid_from"], validTo: row["valid_to"],
                  document: row["document"], approvedOn: row["approved_on"], authority: row["authority"], reason: row["reason"],
                  pinyin: PinyinSpelling(row: row), reading: row["reading"])
    }
}

extension PlaceEvent {
    init(row: Row) {
        self.init(id: row["id"], at: row["at"], account: row["account"], role: row["role"], action: row["action"],
                  fromStatus: row["from_status"], toStatus: row["to_status"], name: row["name"], document: row["document"],
                  effective: row["effective"], authority: row["authority"], reason: row["reason"])
    }
}

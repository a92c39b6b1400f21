/// The rules migration `core-033-file-guards` gave the core layers' tables, as they were then:
/// literal, never read from today's ``Layer`` definitions (a test compares the two).
extension CoreMigrations {
    static let guardedLayers: [FileGuards.Guarded] = [divisions, roads, addresses, places, shelters]

    private typealias G = FileGuards

    private static let divisionUsers = ["roads", "addresses", "places", "shelters"]

    static let divisions: FileGuards.Guarded = {
        let code = #"NEW."code""#, parent = #"NEW."parent""#
        let provinces = ["11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                         "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
                         "71", "81", "82"]
        let implied = "(CASE \(G.significantDigits(code)) WHEN 2 THEN 'province' WHEN 4 THEN 'city' WHEN 6 THEN 'county' "
            + "WHEN 9 THEN 'township' ELSE 'village' END)"
        let parentDigits = G.significantDigits(parent)
        let impliedParent = "(CASE \(G.significantDigits(code)) WHEN 4 THEN substr(\(code), 1, 2) || '0000' "
            + "WHEN 6 THEN substr(\(code), 1, 4) || '00' WHEN 9 THEN substr(\(code), 1, 6) WHEN 12 THEN substr(\(code), 1, 9) END)"
        return FileGuards.Guarded(table: "divisions", key: "code", columns: ["code", "name", "level", "parent"], rules: [
            ("NOT \(G.divisionCodeShape(code, provinces: provinces))",
             "divisions.code: 不是区划代码：应为 6 位 GB/T 2260 代码或 9、12 位乡级、村级代码，以省级代码开头 not a division code: 6 digits (GB/T 2260), or 9 or 12 for townships and villages, starting with a province code"),
            G.requiredText("divisions", "name"),
            (#"NEW."level" IS NOT NULL AND NEW."level" IS NOT \#(implied) AND NOT (\#(implied) = 'city' AND NEW."level" = 'county')"#,
             "divisions.level: 级别与区划代码不符（省、地、县级 6 位，乡级 9 位，村级 12 位） the level does not match the code (province, city, county: 6 digits; township: 9; village: 12)"),
            ("\(parent) IS NOT NULL AND NOT (\(G.divisionCodeShape(parent, provinces: provinces)) AND \(parentDigits) < \(G.significantDigits(code)) "
                + "AND substr(\(code), 1, \(parentDigits)) = substr(\(parent), 1, \(parentDigits)))",
             "divisions.parent: 上级区划代码须是本区划代码的开头部分 the parent code must begin the code of this division"),
            // The parent the code implies need not exist (the core infers it for the top of an
            // import); another one, which only a writer can give, must.
            ("\(parent) IS NOT NULL AND \(parent) IS NOT \(impliedParent) "
                + #"AND NOT EXISTS (SELECT 1 FROM "divisions" WHERE "code" = NEW."parent")"#,
             "divisions.parent: 上级区划不存在（不在 divisions 中） unknown parent division (not in divisions)"),
        ] + G.geometryRules("divisions"), deleteRules: [
            (divisionUsers.map { #"EXISTS (SELECT 1 FROM "\#($0)" WHERE "division" = OLD."code")"# }.joined(separator: " OR "),
             "divisions: 仍有道路、门牌、地名或避难场所位于该区划，不能删除 still referenced: roads, addresses, places or shelters lie in this division"),
        ])
    }()

    static let roads = FileGuards.Guarded(table: "roads", key: "uid", columns: ["name", "class", "division"], rules: [
        G.requiredText("roads", "name"),
        G.vocabulary("roads", "class", ["expressway", "arterial", "secondary", "branch", "rural"], label: "道路等级"),
        G.divisionReference("roads"),
    ] + G.geometryRules("roads"), deleteRules: [
        (#"EXISTS (SELECT 1 FROM "addresses" WHERE "road_id" = OLD."uid")"#,
         "roads: 仍有门牌引用该道路，不能删除 still referenced by addresses (road_id)"),
    ])

    static let addresses = FileGuards.Guarded(table: "addresses", key: "uid", columns: ["road", "number", "suffix", "division", "road_id"], rules: [
        G.number("addresses", "number", integer: true, minimum: 1, message: "门牌号须为正整数 must be a positive integer"),
        G.divisionReference("addresses"),
        (#"NEW."road_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "roads" WHERE "uid" = NEW."road_id")"#,
         "addresses.road_id: 未知的道路（不在 roads 中） unknown road (not a uid in roads)"),
        (#"NEW."road_id" IS NOT NULL AND NEW."road" IS NOT (SELECT "name" FROM "roads" WHERE "uid" = NEW."road_id")"#,
         "addresses.road: 路名须与 road_id 所指道路的名称相同 must equal the name of the road that road_id names"),
    ] + G.geometryRules("addresses"))

    static let places = FileGuards.Guarded(table: "places", key: "uid", columns: ["name", "category", "division"], rules: [
        G.requiredText("places", "name"),
        G.divisionReference("places"),
    ] + G.geometryRules("places"))

    static let shelters = FileGuards.Guarded(table: "shelters", key: "uid",
                                             columns: ["name", "kind", "grade", "area_m2", "capacity", "division", "address"], rules: [
        G.requiredText("shelters", "name"),
        G.vocabulary("shelters", "kind", ["outdoor", "indoor"], label: "避难场所类型"),
        G.vocabulary("shelters", "grade", ["I", "II", "III"], label: "避难场所类别"),
        G.number("shelters", "area_m2", integer: false, minimum: 0, message: "有效面积须为非负数 must be a non-negative number"),
        G.number("shelters", "capacity", integer: true, minimum: 0, message: "容纳人数须为非负整数 must be a non-negative integer"),
        G.divisionReference("shelters"),
    ] + G.geometryRules("shelters"))
}

/// The access tables in core-033-file-guards: no account may be named `file` (how the audit
/// log names other programs), and the audit log itself can only grow.
extension CoreMigrations {
    static let accessGuards = """
        CREATE TRIGGER "diming_accounts_guard_insert" BEFORE INSERT ON "diming_accounts" WHEN \(FileGuards.notOwnWrite)
        BEGIN SELECT RAISE(ABORT, 'diming_accounts.name: file 是审计日志中其他程序的名称，不能用作账户名 file names other programs in the audit log; choose another name')
            WHERE NEW."name" = 'file'; END;
        CREATE TRIGGER "diming_accounts_guard_update" BEFORE UPDATE OF "name" ON "diming_accounts" WHEN \(FileGuards.notOwnWrite)
        BEGIN SELECT RAISE(ABORT, 'diming_accounts.name: file 是审计日志中其他程序的名称，不能用作账户名 file names other programs in the audit log; choose another name')
            WHERE NEW."name" = 'file'; END;
        CREATE TRIGGER "diming_audit_guard_update" BEFORE UPDATE ON "diming_audit" WHEN \(FileGuards.notOwnWrite)
        BEGIN SELECT RAISE(ABORT, 'diming_audit: 审计记录不能修改或删除 audit entries cannot be changed or deleted'); END;
        CREATE TRIGGER "diming_audit_guard_delete" BEFORE DELETE ON "diming_audit" WHEN \(FileGuards.notOwnWrite)
        BEGIN SELECT RAISE(ABORT, 'diming_audit: 审计记录不能修改或删除 audit entries cannot be changed or deleted'); END;
        """
}

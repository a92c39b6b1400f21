import Foundation
import GRDB

/// The SQL of migration `core-033-file-guards`: triggers with which the file refuses what the
/// core refuses and audits what other programs (QGIS, ogr2ogr, the spatialite shell) change.
///
/// - Checks: `BEFORE INSERT` / `BEFORE UPDATE` triggers `RAISE(ABORT, …)` with a Chinese and
///   English message naming the table and column, the text QGIS shows in its error dialog.
///   SQLite before 3.47 takes only a literal there, so the message names the rule, not the value.
/// - Audit: `AFTER` triggers write a `diming_audit` row as the core's editor does (`feature.create`,
///   `feature.update`, `feature.delete`; before and after as GeoJSON features), account `file`.
/// - Both skip Diming's own writes, which mark their transaction (``OwnWrite``): Diming has
///   checked them and audits them itself, and its imports do not pay for the checks twice.
///
/// Triggers may use SQLite's and SpatiaLite's functions only (never one Diming registers):
/// the geometry tables need SpatiaLite loaded in any program that writes them anyway.
///
/// Frozen with the migration: its inputs are the literal ``Guarded`` tables of
/// ``CoreMigrations``, not today's ``Layer`` definitions; change nothing here, add a parameter.
enum FileGuards {
    /// The account and role of an outside program's audit entries. Whoever can write the file
    /// holds every right it gives, as for `local:<user>`.
    static let account = "file"
    static let role = "admin"

    /// One table: its columns in the order a feature's properties take, the key of its features,
    /// and the rules a row must keep (`broken`: SQL over `NEW` true when a row breaks the rule).
    struct Guarded {
        var table: String
        var key: String
        var columns: [String]
        var rules: [(broken: String, message: String)]
        /// Rules checked on `DELETE` (over `OLD`).
        var deleteRules: [(broken: String, message: String)] = []
    }

    static let notOwnWrite = #"NOT EXISTS (SELECT 1 FROM "diming_writing")"#

    /// The marker table (see ``OwnWrite``).
    static let markerTable = #"CREATE TABLE "diming_writing" (id INTEGER PRIMARY KEY CHECK (id = 1))"#

    static func install(_ guarded: Guarded, in db: Database) throws {
        let t = guarded.table
        func raises(_ rules: [(broken: String, message: String)]) -> String {
            rules.map { "SELECT RAISE(ABORT, '\($0.message)') WHERE \($0.broken);" }.joined(separator: "\n")
        }
        var sql = """
            CREATE TRIGGER "\(t)_guard_insert" BEFORE INSERT ON "\(t)" WHEN \(notOwnWrite)
            BEGIN \(raises(guarded.rules)) END;
            CREATE TRIGGER "\(t)_guard_update" BEFORE UPDATE ON "\(t)" WHEN \(notOwnWrite)
            BEGIN \(raises(keyKept(guarded) + guarded.rules)) END;

            """
        if !guarded.deleteRules.isEmpty {
            sql += """
                CREATE TRIGGER "\(t)_guard_delete" BEFORE DELETE ON "\(t)" WHEN \(notOwnWrite)
                BEGIN \(raises(guarded.deleteRules)) END;

                """
        }
        // The created row is read back from the table: a trigger that fills the key (a
        // `uid` made for a row inserted without one) has run by then, see below.
        sql += """
            CREATE TRIGGER "\(t)_audit_insert" AFTER INSERT ON "\(t)" WHEN \(notOwnWrite)
            BEGIN \(auditEntry(guarded, action: "feature.create", key: "x.\(quoted(guarded.key))", before: nil, after: "x"))
                FROM "\(t)" x WHERE x.id = NEW.id; END;
            CREATE TRIGGER "\(t)_audit_update" AFTER UPDATE ON "\(t)" WHEN \(notOwnWrite) AND OLD.\(quoted(guarded.key)) IS NOT NULL
            BEGIN \(auditEntry(guarded, action: "feature.update", key: "NEW.\(quoted(guarded.key))", before: "OLD", after: "NEW")); END;
            CREATE TRIGGER "\(t)_audit_delete" AFTER DELETE ON "\(t)" WHEN \(notOwnWrite)
            BEGIN \(auditEntry(guarded, action: "feature.delete", key: "OLD.\(quoted(guarded.key))", before: "OLD", after: nil)); END;
            """
        try db.execute(sql: sql)
        if guarded.key == "uid" {
            // SQLite fires the triggers of an event newest first: made again after the audit
            // trigger, the `uid` default of core-030 fills the key before the audit reads it.
            try db.execute(sql: """
                DROP TRIGGER "\(t)_uid_default";
                CREATE TRIGGER "\(t)_uid_default" AFTER INSERT ON "\(t)" WHEN NEW."uid" IS NULL
                BEGIN UPDATE "\(t)" SET "uid" = \(SpatialTable.newUUID) WHERE id = NEW.id; END;
                """)
        }
    }

    /// The key of a feature never changes (the editor refuses it too); a row inserted without
    /// a `uid` gets one once, by trigger.
    private static func keyKept(_ guarded: Guarded) -> [(broken: String, message: String)] {
        let k = quoted(guarded.key)
        return [("OLD.\(k) IS NOT NULL AND NEW.\(k) IS NOT OLD.\(k)",
                 "\(guarded.table).\(guarded.key): 要素标识不能修改，请新增要素后删除原要素 the feature id cannot change; add a new feature and delete this one")]
    }

    /// `INSERT INTO diming_audit … SELECT …` (the insert trigger adds its `FROM`), or `… VALUES (…)`.
    private static func auditEntry(_ guarded: Guarded, action: String, key: String, before: String?, after: String?) -> String {
        let values = [
            "strftime('%Y-%m-%d %H:%M:%f', 'now')", "'\(account)'", "'\(role)'", "'\(action)'", "'\(guarded.table)'", key,
            before.map { feature(guarded, row: $0, key: key.replacingOccurrences(of: "NEW.", with: "\($0).")) } ?? "NULL",
            after.map { feature(guarded, row: $0, key: key) } ?? "NULL",
        ].joined(separator: ", ")
        let insert = "INSERT INTO diming_audit (at, account, role, action, layer, feature_id, before, after)"
        return before == nil ? "\(insert) SELECT \(values)" : "\(insert) VALUES (\(values))"
    }

    /// A row as the GeoJSON feature the core's audit entries carry: id, geometry (9 decimals),
    /// properties in the layer's column order.
    private static func feature(_ guarded: Guarded, row: String, key: String) -> String {
        let properties = guarded.columns.map { "'\($0)', \(row).\(quoted($0))" }.joined(separator: ", ")
        return "json_object('type', 'Feature', 'id', \(key), 'geometry', json(AsGeoJSON(\(row).\"geom\", 9)), "
            + "'properties', json_object(\(properties)))"
    }

    private static func quoted(_ name: String) -> String { "\"\(name)\"" }
}

/// The rules of the guarded tables, as SQL over `NEW`, and their messages.
extension FileGuards {
    /// Present, valid by GEOS, inside longitude/latitude (type and SRID are SpatiaLite's own
    /// triggers' business).
    static func geometryRules(_ table: String) -> [(broken: String, message: String)] {
        [(#"NEW."geom" IS NULL"#, "\(table).geom: 缺少几何图形 the geometry is missing"),
         (#"NEW."geom" IS NOT NULL AND ST_IsValid(NEW."geom") IS NOT 1"#,
          "\(table).geom: 几何图形无效（自相交、环未闭合等） invalid geometry (self-intersection, unclosed ring …)"),
         (#"NEW."geom" IS NOT NULL AND (MbrMinX(NEW."geom") < -180 OR MbrMaxX(NEW."geom") > 180 OR MbrMinY(NEW."geom") < -90 OR MbrMaxY(NEW."geom") > 90)"#,
          "\(table).geom: 坐标超出经纬度范围 coordinates outside longitude −180…180, latitude −90…90")]
    }

    static func requiredText(_ table: String, _ column: String) -> (broken: String, message: String) {
        ("trim(NEW.\(quoted(column))) = ''", "\(table).\(column): 不能为空 must not be empty")
    }

    /// A closed vocabulary: NULL or one of `values`.
    static func vocabulary(_ table: String, _ column: String, _ values: [String], label: String) -> (broken: String, message: String) {
        let list = values.map { "'\($0)'" }.joined(separator: ", ")
        return ("NEW.\(quoted(column)) NOT IN (\(list))",
                "\(table).\(column): 不是\(label)之一 must be one of \(values.joined(separator: ", "))")
    }

    /// A division code that must be in `divisions` (the foreign key QGIS and ogr2ogr do not enforce).
    static func divisionReference(_ table: String) -> (broken: String, message: String) {
        (#"NEW."division" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "divisions" WHERE "code" = NEW."division")"#,
         "\(table).division: 未知的区划代码（不在 divisions 中） unknown division code (not in divisions)")
    }

    /// A number column: NULL or a number (an integer when `integer`) not below `minimum`.
    static func number(_ table: String, _ column: String, integer: Bool, minimum: Int, message: String) -> (broken: String, message: String) {
        let c = "NEW.\(quoted(column))"
        let types = integer ? "('integer')" : "('integer', 'real')"
        return ("\(c) IS NOT NULL AND (typeof(\(c)) NOT IN \(types) OR \(c) < \(minimum))", "\(table).\(column): \(message)")
    }

    /// The digits of a division code that everything inside it shares (2 province … 12 village), as SQL.
    static func significantDigits(_ code: String) -> String {
        "(CASE length(\(code)) WHEN 9 THEN 9 WHEN 12 THEN 12 ELSE CASE WHEN substr(\(code), 3) = '0000' THEN 2 "
            + "WHEN substr(\(code), 5) = '00' THEN 4 ELSE 6 END END)"
    }

    /// ``DivisionCode``'s shape: 6, 9 or 12 digits, a province code first, no level skipped.
    static func divisionCodeShape(_ code: String, provinces: [String]) -> String {
        let list = provinces.map { "'\($0)'" }.joined(separator: ",")
        return "(length(\(code)) IN (6, 9, 12) AND \(code) NOT GLOB '*[^0-9]*' AND substr(\(code), 1, 2) IN (\(list)) "
            + "AND NOT (substr(\(code), 3, 2) = '00' AND substr(\(code), 5, 2) <> '00' AND substr(\(code), 1, 2) NOT IN ('81', '82')) "
            + "AND NOT (length(\(code)) > 6 AND (substr(\(code), 3, 4) = '0000' OR substr(\(code), 7, 3) = '000')) "
            + "AND NOT (length(\(code)) = 12 AND substr(\(code), 10, 3) = '000'))"
    }
}

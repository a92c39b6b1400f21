import DimingCore
import Foundation
import Testing

/// `diming config` and `diming user add|token|revoke` write through the core's audited calls:
/// each change is in the audit log as local:<user>, a refusal is one line and changes nothing.
@Suite struct AuditedCommandsTests {
    let db: String
    let user = ["USER": "clerk"]

    init() throws {
        db = try CommandRunner.temporaryDirectory().appendingPathComponent("a.sqlite").path
        let setUp = try CommandRunner.diming("init", "--db", db)
        try #require(setUp.status == 0, "\(setUp.stderr)")
        let county = #"{"type":"Feature","properties":{"code":"420581","name":"宜都市"},"geometry":{"type":"Polygon","coordinates":[[[111.3,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.35],[111.3,30.3]]]}}"#
        let imported = try CommandRunner.diming("import", "divisions", "-", "--db", db, stdin: county, environment: user)
        try #require(imported.status == 0, "\(imported.stderr)")
    }

    /// The audit log, oldest first, without the import made by `init()`.
    func entries() throws -> [AuditEntry] {
        let store = try DimingDatabase(path: db)
        return try store.pool.read { try AuditLog.entries(AuditLog.Query(), in: $0).entries }
            .reversed().filter { $0.action != "layer.import" }
    }

    func expectOneLineError(_ result: CommandResult, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains(text), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func configChangesAreAuditedLikeTheHTTPRoute() throws {
        #expect(try CommandRunner.diming("config", "metric_srid", "4546", "--db", db, environment: user).status == 0)
        var log = try entries()
        #expect(log.count == 1)
        #expect(log.last?.account == "local:clerk" && log.last?.role == .admin && log.last?.action == "setting.change")
        #expect(log.last?.featureID == "metric_srid")
        #expect(log.last?.before == #"{"key":"metric_srid","value":null}"# && log.last?.after == #"{"key":"metric_srid","value":"4546"}"#)

        #expect(try CommandRunner.diming("config", "metric_srid", "--unset", "--db", db, environment: user).status == 0)
        log = try entries()
        #expect(log.count == 2 && log.last?.after == #"{"key":"metric_srid","value":null}"#)
        // Reading changes nothing and records nothing.
        #expect(try CommandRunner.diming("config", "--db", db, environment: user).status == 0)
        #expect(try entries().count == 2)
    }

    @Test func aNonCanonicalSRIDIsRefusedAndNotAudited() throws {
        for value in ["04546", "+4546", "4555"] {
            expectOneLineError(try CommandRunner.diming("config", "metric_srid", value, "--db", db, environment: user),
                               "metric_srid \"\(value)\" must be an EPSG code from 4534 to 4554")
        }
        #expect(try CommandRunner.diming("config", "metric_srid", "--db", db).stdout == "metric_srid = (default)\n")
        #expect(try entries().isEmpty)
    }

    @Test func userAddTokenAndRevokeAreAuditedWithoutTheSecret() throws {
        #expect(try CommandRunner.diming("user", "add", "zhao", "--role", "disaster_reporter", "--division", "420581", "--db", db,
                                         environment: user).status == 0)
        #expect(try entries().map(\.action) == ["user.add"])
        let token = try CommandRunner.diming("user", "token", "zhao", "--label", "phone", "--db", db, environment: user)
        let secret = token.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.status == 0 && secret.hasPrefix("dmt_"))
        #expect(try entries().map(\.action) == ["user.add", "token.issue"])
        #expect(try CommandRunner.diming("user", "revoke", "1", "--db", db, environment: user).status == 0)
        #expect(try CommandRunner.diming("user", "token", "zhao", "--db", db, environment: user).status == 0)
        #expect(try CommandRunner.diming("user", "revoke", "--all", "zhao", "--db", db, environment: user).status == 0)

        let log = try entries()
        #expect(log.map(\.action) == ["user.add", "token.issue", "token.revoke", "token.issue", "token.revoke"])
        #expect(log.map(\.featureID) == ["zhao", "1", "1", "2", "2"])
        #expect(log.allSatisfy { $0.account == "local:clerk" })
        #expect(log.allSatisfy { !($0.after ?? "").contains(secret) && !($0.before ?? "").contains(secret) })
        // `user list` only reads.
        #expect(try CommandRunner.diming("user", "list", "--db", db, environment: user).status == 0)
        #expect(try entries().count == 5)
    }

    @Test func aScopeOutsideTheDatabaseAndAScopedAdminAreRefused() throws {
        expectOneLineError(try CommandRunner.diming("user", "add", "ghost", "--role", "viewer", "--division", "999999999", "--db", db),
                           "division \"999999999\" must be")
        expectOneLineError(try CommandRunner.diming("user", "add", "ghost", "--role", "viewer", "--division", "420581999", "--db", db),
                           "division \"420581999\" is not in divisions")
        expectOneLineError(try CommandRunner.diming("user", "add", "boss", "--role", "admin", "--division", "420581", "--db", db),
                           "an admin works on the whole database")
        let list = try CommandRunner.diming("user", "list", "--db", db)
        #expect(!list.stdout.contains("ghost") && !list.stdout.contains("boss"))
        #expect(try entries().isEmpty)
    }
}

import Testing
@testable import DimingCore

/// A division's `parent`: given, it must contain the code and exist (in the database or
/// anywhere in the same file); inferred from the code, it need not exist.
@Suite struct ParentCheckTests {
    static func division(_ code: String, parent: String? = nil) -> String {
        let parentMember = parent.map { #","parent":"\#($0)""# } ?? ""
        return #"{"type":"Feature","properties":{"code":"\#(code)","name":"区划\#(code)"\#(parentMember)},"geometry":{"type":"Polygon","coordinates":\#(ImportRejectionTests.square)}}"#
    }

    @Test func aParentThatContradictsTheCodeIsRefusedAndNothingWritten() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let text = collection(Self.division("420581001", parent: "420581"), Self.division("420581998", parent: "110000"))
        #expect(throws: ImportError.invalidFeature(feature: 2, field: "parent",
                                                   reason: "\"110000\" does not contain code 420581998: a parent's code begins the codes of what lies in it")) {
            try importText(text, into: .divisions, db)
        }
        #expect(try count(.divisions, in: db) == 13)
    }

    @Test func aParentInNeitherTheDatabaseNorTheFileIsRefusedAndNothingWritten() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let text = collection(Self.division("420581001", parent: "420581"), Self.division("420599001", parent: "420599"),
                              Self.division("420599002", parent: "420599"))
        #expect(throws: ImportError.invalidFeature(feature: 2, field: "parent", reason: "\"420599\" is not in divisions, nor in this file")) {
            try importText(text, into: .divisions, db, options: ImportOptions(auditUser: "x"))
        }
        #expect(try count(.divisions, in: db) == 13)
        #expect(try db.pool.read { try AuditLog.entries(AuditLog.Query(), in: $0).entries }.isEmpty)
    }

    @Test func aParentLaterInTheSameFileIsAccepted() throws {
        let db = try makeTestDatabase()
        let text = collection(Self.division("420581001", parent: "420581"), Self.division("420581100", parent: "420581"),
                              Self.division("420581"))
        #expect(try importText(text, into: .divisions, db).inserted == 3)
        let parents = try db.pool.read { try String.fetchAll($0, sql: "SELECT parent FROM divisions ORDER BY code") }
        #expect(parents == ["420500", "420581", "420581"])
    }

    /// The top of a file (a county imported alone, the demo's city, the benchmark's counties)
    /// names no parent: the inferred one is stored but need not be in the database.
    @Test func anInferredParentNeedNotExist() throws {
        let db = try makeTestDatabase()
        #expect(try importText(collection(Self.division("420581")), into: .divisions, db).inserted == 1)
        #expect(try importText(collection(Self.division("420582001")), into: .divisions, db).inserted == 1)
    }

    @Test func aParentAlreadyInTheDatabaseAndOneAboveTheImpliedAreAccepted() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        #expect(try importText(collection(Self.division("420581001", parent: "420581")), into: .divisions, db).inserted == 1)
        // 枝城镇 filed directly under the city: its code lies inside 420500, imported first.
        #expect(try importText(collection(Self.division("420500")), into: .divisions, db).inserted == 1)
        #expect(try importText(collection(Self.division("420581104", parent: "420500")), into: .divisions, db).inserted == 1)
    }

    /// `--replace` empties the layer first: a parent only in the removed rows no longer counts.
    @Test func aReplaceThatRemovesTheParentIsRefusedAndKeepsTheOldRows() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        #expect(throws: ImportError.invalidFeature(feature: 1, field: "parent", reason: "\"420581\" is not in divisions, nor in this file")) {
            try importText(collection(Self.division("420581001", parent: "420581")), into: .divisions, db,
                           options: ImportOptions(replace: true))
        }
        #expect(try count(.divisions, in: db) == 13)
    }
}

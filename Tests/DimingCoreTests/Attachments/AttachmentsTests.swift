import Foundation
import GRDB
import Testing
@testable import DimingCore

/// The façade on a real SpatiaLite file and its real folder: authorize, record, audit and
/// move the file in one transaction, and nothing left behind when any of it fails.
@Suite struct AttachmentsTests {
    /// SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    static let abcSHA256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    /// A database with Yichang's counties and accounts: an admin, a viewer, and a boundary
    /// inspector limited to Yidu (420581).
    static func database() throws -> (DimingDatabase, [String: Account]) {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let accounts = try db.pool.write { conn in
            [
                "ada": try AccessStore.addAccount(name: "ada", role: .admin, in: conn),
                "wang": try AccessStore.addAccount(name: "wang", role: .viewer, in: conn),
                "boss": try AccessStore.addAccount(name: "boss", role: .boundaryInspector, division: "420581", in: conn),
            ]
        }
        return (db, accounts)
    }

    /// "abc" written to a new staging file of the database's store.
    static func stage(_ db: DimingDatabase, _ text: String = "abc", sha256: String = abcSHA256) throws -> StagedAttachment {
        let url = try db.attachmentStore.newStagingURL()
        try Data(text.utf8).write(to: url)
        return StagedAttachment(url: url, sha256: sha256, sizeBytes: Int64(text.utf8.count))
    }

    /// Every regular file under the store's folder, relative to it.
    static func files(of db: DimingDatabase) -> [String] {
        let root = db.attachmentStore.root
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        return walker.compactMap { item -> String? in
            guard let url = item as? URL, (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { return nil }
            return String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
        }.sorted()
    }

    static func rows(_ db: DimingDatabase) throws -> [DimingCore.Attachment] {
        try db.pool.read { try DimingCore.Attachment.fetchAll($0) }
    }

    static func audit(_ db: DimingDatabase) throws -> [AuditEntry] {
        try db.pool.read { try AuditLog.entries(AuditLog.Query(), in: $0).entries }
    }

    @Test func addingMovesTheStagedFileToItsContentNameAndAuditsIt() async throws {
        let (db, accounts) = try Self.database()
        let staged = try Self.stage(db)
        let outcome = try await Attachments.add(staged, mediaType: .jpeg, fileName: "宜都.jpg", layer: .divisions,
                                                featureID: "420581", by: accounts["ada"], requestID: "r1", to: db)
        #expect(outcome.created)
        #expect(outcome.attachment.sha256 == Self.abcSHA256)
        #expect(Self.files(of: db) == ["sha256/ba/\(Self.abcSHA256)"])
        #expect(try String(contentsOf: #require(db.attachmentStore.contentURL(sha256: Self.abcSHA256)), encoding: .utf8) == "abc")
        let rows = try Self.rows(db)
        #expect(rows.count == 1)
        #expect(rows.first?.layer == "divisions" && rows.first?.featureID == "420581" && rows.first?.sizeBytes == 3)
        #expect(rows.first?.mediaType == .jpeg && rows.first?.fileName == "宜都.jpg" && rows.first?.account == "ada")
        let entry = try #require(try Self.audit(db).first)
        #expect(entry.action == "attachment.add" && entry.layer == "divisions" && entry.featureID == "420581")
        #expect(entry.requestID == "r1")
        let after = try jsonObject(try #require(entry.after))
        #expect(after["sha256"] as? String == Self.abcSHA256 && after["size"] as? Int == 3)
        #expect(after["mediaType"] as? String == "image/jpeg" && after["name"] as? String == "宜都.jpg")
    }

    @Test func theSameContentTwiceOnOneFeatureIsOneFileOneRowOneEntry() async throws {
        let (db, accounts) = try Self.database()
        let first = try await Attachments.add(try Self.stage(db), mediaType: .png, fileName: nil, layer: .divisions,
                                              featureID: "420581", by: accounts["ada"], to: db)
        let second = try await Attachments.add(try Self.stage(db), mediaType: .png, fileName: "again.png", layer: .divisions,
                                               featureID: "420581", by: accounts["ada"], to: db)
        #expect(first.created && !second.created)
        #expect(second.attachment.id == first.attachment.id && second.attachment.fileName == nil)
        // On another feature the content is a second row, still one file.
        let other = try await Attachments.add(try Self.stage(db), mediaType: .png, fileName: nil, layer: .divisions,
                                              featureID: "420582", by: accounts["ada"], to: db)
        #expect(other.created)
        #expect(Self.files(of: db) == ["sha256/ba/\(Self.abcSHA256)"])
        #expect(try Self.rows(db).count == 2)
        #expect(try Self.audit(db).count == 2)
    }

    @Test func refusedAddsLeaveNoFileRowOrEntry() async throws {
        let (db, accounts) = try Self.database()
        let cases: [(Account?, String, Int)] = [
            (nil, "420581", 401), (accounts["wang"], "420581", 403),
            (accounts["boss"], "420582", 404),   // outside Yidu: unknown to the account, as when reading
            (accounts["ada"], "999999", 404),
        ]
        for (account, featureID, status) in cases {
            do {
                _ = try await Attachments.add(try Self.stage(db), mediaType: .pdf, fileName: nil, layer: .divisions,
                                              featureID: featureID, by: account, to: db)
                Issue.record("\(featureID) as \(account?.name ?? "anonymous") was accepted")
            } catch let problem as any Problem {
                #expect(problem.status == status, "\(featureID) as \(account?.name ?? "anonymous")")
            }
        }
        #expect(Self.files(of: db).isEmpty)
        #expect(try Self.rows(db).isEmpty)
        #expect(try Self.audit(db).isEmpty)
        // The inspector may attach inside Yidu.
        let inside = try await Attachments.add(try Self.stage(db), mediaType: .pdf, fileName: nil, layer: .divisions,
                                               featureID: "420581", by: accounts["boss"], to: db)
        #expect(inside.created)
    }

    @Test func anEmptyFileIsRefused() async throws {
        let (db, accounts) = try Self.database()
        let empty = try Self.stage(db, "", sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        await #expect(throws: AttachmentError.emptyFile) {
            try await Attachments.add(empty, mediaType: .png, fileName: nil, layer: .divisions, featureID: "420581",
                                      by: accounts["ada"], to: db)
        }
        #expect(Self.files(of: db).isEmpty)
        #expect(try Self.rows(db).isEmpty)
    }

    /// A commit that fails (a deferred foreign key the test adds) takes the file the add placed
    /// with it, and the staged file too.
    @Test func aFailedCommitRemovesTheFileItPlaced() async throws {
        let (db, accounts) = try Self.database()
        try await db.pool.write { conn in
            try conn.execute(sql: """
                CREATE TABLE broken (x INTEGER REFERENCES nowhere(id) DEFERRABLE INITIALLY DEFERRED);
                CREATE TABLE nowhere (id INTEGER PRIMARY KEY);
                CREATE TRIGGER break_commit AFTER INSERT ON diming_attachments BEGIN INSERT INTO broken VALUES (42); END;
                """)
        }
        let staged = try Self.stage(db)
        await #expect(throws: DatabaseError.self) {
            try await Attachments.add(staged, mediaType: .webp, fileName: nil, layer: .divisions, featureID: "420581",
                                      by: accounts["ada"], to: db)
        }
        #expect(Self.files(of: db).isEmpty)
        #expect(try Self.rows(db).isEmpty)
        #expect(try Self.audit(db).isEmpty)
    }

    @Test func namesAndMediaTypesAreChecked() throws {
        #expect(try AttachmentMediaType(contentType: "Image/JPEG; charset=binary") == .jpeg)
        #expect(try AttachmentMediaType(contentType: "application/pdf") == .pdf)
        #expect(throws: AttachmentError.unsupportedMediaType("text/html")) { try AttachmentMediaType(contentType: "text/html") }
        #expect(throws: AttachmentError.unsupportedMediaType(nil)) { try AttachmentMediaType(contentType: nil) }
        #expect(try AttachmentName.validated("受损房屋 1.jpg") == "受损房屋 1.jpg")
        #expect(try AttachmentName.validated(nil) == nil)
        for bad in ["", "a/b.jpg", "..\\x", "line\nbreak", String(repeating: "长", count: 100)] {
            #expect(throws: AttachmentError.invalidFileName(bad)) { try AttachmentName.validated(bad) }
        }
    }

    @Test func contentNamesAreOnlyHexDigests() throws {
        let store = AttachmentStore(databasePath: "/tmp/x.sqlite")
        #expect(store.root.path == "/tmp/x.sqlite.files")
        #expect(store.contentURL(sha256: Self.abcSHA256)?.path == "/tmp/x.sqlite.files/sha256/ba/\(Self.abcSHA256)")
        for bad in ["../../etc/passwd", String(repeating: "A", count: 64), String(Self.abcSHA256.dropLast()), ""] {
            #expect(store.contentURL(sha256: bad) == nil)
        }
    }
}

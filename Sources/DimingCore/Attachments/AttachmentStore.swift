import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of attachments, in a folder beside the database (`diming.sqlite.files/`), named
/// by content: `sha256/ab/ab12…` (the first two hex digits spread them over 256 folders). An
/// upload is written to `staging/` inside the same folder, so that moving it to its content
/// name is one atomic `rename(2)`: a content file is always complete.
///
/// Every method blocks on the file system: call them off Swift's cooperative pool (the
/// server's `OffPool`, or inside a GRDB write, which runs on the database's own queue).
public struct AttachmentStore: Sendable, Hashable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The store of the database file at `databasePath`.
    public init(databasePath: String) {
        self.init(root: URL(fileURLWithPath: databasePath + ".files", isDirectory: true))
    }

    public var stagingFolder: URL { root.appendingPathComponent("staging", isDirectory: true) }

    /// A new, unused path in the staging folder (created if needed) for an upload to be written to.
    public func newStagingURL() throws -> URL {
        try FileManager.default.createDirectory(at: stagingFolder, withIntermediateDirectories: true)
        return stagingFolder.appendingPathComponent(UUID().uuidString.lowercased() + ".part")
    }

    /// Where the content with this SHA-256 lies; nil when `sha256` is not 64 lowercase hex digits.
    public func contentURL(sha256: String) -> URL? {
        guard Attachment.isSHA256(sha256) else { return nil }
        return root.appendingPathComponent("sha256", isDirectory: true)
            .appendingPathComponent(String(sha256.prefix(2)), isDirectory: true)
            .appendingPathComponent(sha256)
    }

    /// Moves a staged file to its content name. True when this call created the content; false
    /// when it was there already, and the staged copy is removed.
    func place(_ staged: StagedAttachment) throws -> Bool {
        guard let target = contentURL(sha256: staged.sha256) else { throw POSIXError(.EINVAL) }
        if FileManager.default.fileExists(atPath: target.path) {
            discard(staged.url)
            return false
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        // On disk before the row that names it commits: the content first, then its name.
        try Self.sync(staged.url.path)
        guard rename(staged.url.path, target.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        try Self.sync(target.deletingLastPathComponent().path)
        return true
    }

    /// `fsync(2)` of a file or a folder (a folder's entries: a renamed file's new name).
    static func sync(_ path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Removes a content file (after the transaction that placed it failed).
    func removeContent(sha256: String) {
        guard let url = contentURL(sha256: sha256) else { return }
        try? FileManager.default.removeItem(at: url)
    }

    /// Removes a staged file if it is still there.
    public func discard(_ staged: URL) {
        try? FileManager.default.removeItem(at: staged)
    }
}

import Foundation

/// The database file made by an earlier release (see `Tests/DimingCoreTests/Fixtures/README.md`),
/// copied out of its gzip into a new temporary folder for one test: the core's and the modules'
/// migrations are proven on it.
public enum ReleaseFixture {
    public static let compressed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("DimingCoreTests/Fixtures/release-2026-11-30.sqlite.gz")

    /// The path of a fresh copy.
    public static func copy() throws -> String {
        let directory = ScratchFolder.url("diming-release")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("release.sqlite").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gunzip.arguments = ["-dc", compressed.path]
        gunzip.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try gunzip.run()
        gunzip.waitUntilExit()
        guard gunzip.terminationStatus == 0 else { throw CocoaError(.fileReadCorruptFile) }
        return path
    }
}

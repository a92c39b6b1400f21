import Foundation

/// The one temporary folder of a test run: every database, upload and export a test makes goes
/// below it, and it is removed when the run ends. Without it each run left some 2,000 folders
/// (gigabytes of demo databases) in /tmp.
public enum ScratchFolder {
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("diming-test-run-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return url
    }()

    /// A new path below ``root`` (not created), e.g. `ScratchFolder.path("diming-cli")`.
    public static func url(_ prefix: String, suffix: String = "") -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString)\(suffix)")
    }
}

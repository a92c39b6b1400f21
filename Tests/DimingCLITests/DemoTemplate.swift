import Foundation

/// One demo database made once per test run (`diming demo` takes seconds), copied into each
/// test's folder so that tests never share a file they write.
enum DemoTemplate {
    private static let made: Result<URL, Error> = Result {
        let directory = try CommandRunner.temporaryDirectory()
        let db = directory.appendingPathComponent("demo.sqlite")
        let demo = try CommandRunner.diming("demo", "--db", db.path, in: CommandRunner.packageRoot)
        guard demo.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "diming demo failed: \(demo.stderr)"]) }
        return db
    }

    /// A fresh copy of the demo database in `directory`, named `name`; its path.
    static func copy(into directory: URL, name: String = "demo.sqlite") throws -> String {
        let target = directory.appendingPathComponent(name)
        try FileManager.default.copyItem(at: made.get(), to: target)
        return target.path
    }
}

import Foundation

/// Programs from Debian packages that some tests need; `tools/setup.sh` installs them. A test
/// that needs one is `@Test(.enabled(if: TestTools.runs(needing: TestTools.ogrinfo), "<what to install>"))`
/// and begins with `try #require(TestTools.isInstalled(…))`: where the tool is missing the test
/// is skipped, saying what to install; in CI (`CI=true`) it runs all the same and fails, so a
/// missing tool never passes there as a skip (`tools/test.sh` also fails on any skip in CI).
enum TestTools {
    /// GDAL's reader (Debian `gdal-bin`).
    static let ogrinfo = "/usr/bin/ogrinfo"
    /// GDAL's converter (Debian `gdal-bin`).
    static let ogr2ogr = "/usr/bin/ogr2ogr"

    static let inCI = ["true", "1"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")

    static func isInstalled(_ path: String) -> Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// Whether a test needing `path` runs: where it is installed, and always in CI.
    static func runs(needing path: String) -> Bool { isInstalled(path) || inCI }
}

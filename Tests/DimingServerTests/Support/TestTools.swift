import Foundation

/// Files from Debian packages that some tests need; `tools/setup.sh` installs them. A test
/// that needs one is `@Test(.enabled(if: TestTools.runs(needing: TestTools.leaflet), "<what to install>"))`
/// and begins with `try #require(TestTools.isInstalled(…))`: where the file is missing the test
/// is skipped, saying what to install; in CI (`CI=true`) it runs all the same and fails, so a
/// missing package never passes there as a skip (`tools/test.sh` also fails on any skip in CI).
enum TestTools {
    /// Leaflet (Debian `libjs-leaflet`), which `diming serve` serves at `/static/leaflet/`.
    static let leaflet = "/usr/share/javascript/leaflet/leaflet.js"
    /// Leaflet.markercluster (Debian `libjs-leaflet.markercluster`), beside Leaflet.
    static let markerCluster = "/usr/share/javascript/leaflet/leaflet.markercluster.js"

    static let inCI = ["true", "1"].contains(ProcessInfo.processInfo.environment["CI"]?.lowercased() ?? "")

    static func isInstalled(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Whether a test needing `path` runs: where it is installed, and always in CI.
    static func runs(needing path: String) -> Bool { isInstalled(path) || inCI }
}

import DimingCore
import Synchronization

/// The data a report's place is taken from (divisions for its township and county; house
/// numbers, roads and shelters for its neighbours) and how current the copy in memory is.
///
/// A report is placed before it joins the group commit, against the newest ``DataVersion``
/// this process has seen, so a submission reads nothing on its way in. The writer then reads the
/// version inside its own transaction, once per batch, and sends a report placed against older
/// data back to be placed again (``Stale``): a report is never stored with the township or
/// shelter of divisions or shelters that changed before it was written, whoever changed them.
final class PlacementVersion: Sendable {
    static let layers = [Layer.divisions.name] + NearestFeatures.Layers.names

    /// Attempts at most for one report: the last is written as placed even if the data changed
    /// again meanwhile, so a file edited without pause cannot starve a submitter.
    static let attempts = 3

    private let newest = Mutex<DataVersion?>(nil)

    /// The newest version seen, nil before the first read.
    var latest: DataVersion? { newest.withLock { $0 } }

    func record(_ version: DataVersion) {
        newest.withLock { $0 = version }
    }

    static func tag(of version: DataVersion) -> String {
        version.tag(of: layers)
    }

    /// A version with its tag, worked out once (for a batch, not for each of its reports).
    struct Placed {
        let version: DataVersion
        let tag: String

        init(version: DataVersion) {
            self.version = version
            tag = PlacementVersion.tag(of: version)
        }
    }

    /// A report placed against data older than the writer's: to be placed again as of `version`.
    struct Stale: Error {
        let version: DataVersion
    }

    private static let registry = PerDatabase { _ in PlacementVersion() }

    static func shared(for database: DimingDatabase) -> PlacementVersion {
        registry.value(for: database)
    }
}

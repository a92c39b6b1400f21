import DimingCore
import DimingGazetteer
import DimingBoundaries
import DimingDisaster

extension DimingModule {
    /// What `diming` and its server open a file with: the core's modules and the domains'.
    public static let application: [DimingModule] = standard + [.gazetteer, .boundaries, .disaster]
}

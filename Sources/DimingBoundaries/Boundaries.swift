import DimingCore
import GRDB

/// 界线管理: the boundaries module's façade. The lines between neighbouring divisions, their
/// markers (界桩), the joint inspections (联合检查) and the topology checks. Each write
/// authorizes the account (a boundary inspector — scoped to either side of a line for that
/// line — or an admin), writes, and records the audit entry, in one transaction.
/// `diming boundary …` and the `/boundaries` routes are a few lines around these calls.
///
/// The calls live in one extension per area: `Lines/Boundaries+Lines.swift`,
/// `Topology/Boundaries+Check.swift`, `Markers/Boundaries+Markers.swift`,
/// `Inspections/Boundaries+Inspections.swift`, `Simplify/Boundaries+Simplify.swift`.
public struct Boundaries: Sendable {
    public let database: DimingDatabase

    public init(_ database: DimingDatabase) {
        self.database = database
    }

    /// The default snapping tolerance in metres: sub-millimetre noise between neighbours'
    /// vertices is not a gap (boundary.md §4.2, case T3).
    public static let defaultTolerance = 0.001
}

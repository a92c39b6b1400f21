import DimingCore
import GRDB

/// 灾情管理: the disaster module's façade. Events (灾害过程), the rapid field reports filed for
/// them (灾情速报), their review, the official summaries and the reporting deadlines. Each write
/// authorizes the account (a `disaster_reporter` — limited to its township — files reports; a
/// `disaster_reviewer` or an admin opens events; reviewers and `disaster_approver`s review, and
/// approvers approve the county's filings), writes, and records the audit
/// entry, in one transaction. `diming event …`, `diming report …` and the `/events`,
/// `/reports` routes are a few lines around these calls.
///
/// The calls live in one extension per area: `Events/Disaster+Events.swift`,
/// `Reports/Disaster+Reports.swift`, `Review/Disaster+Review.swift`, `Review/Disaster+Locks.swift`,
/// `Filings/Disaster+Filings.swift`, `Summary/Disaster+Summary.swift`, `Deadlines/Disaster+Deadlines.swift`,
/// `Photos/Disaster+Photos.swift`, `Export/Disaster+Export.swift`.
public struct Disaster: Sendable {
    public let database: DimingDatabase

    public init(_ database: DimingDatabase) {
        self.database = database
    }
}

import DimingCore
import GRDB

/// 地名库: the gazetteer's façade. Each write authorizes the account (a place-name officer
/// within its division, or an admin), checks, writes the place, its name records and its event,
/// and records the audit entry, in one transaction. `diming place …` and the `/gazetteer`
/// routes are a few lines around these calls.
///
/// CONTRACT (skeleton): the bodies marked `notImplemented` are filled in by the store work;
/// the signatures are what the CLI and the server call.
public struct Gazetteer: Sendable {
    public let database: DimingDatabase
    public let speller: PinyinSpeller
    /// The naming rules every proposal and rename is checked against.
    public let profile: JurisdictionProfile

    public init(_ database: DimingDatabase, speller: PinyinSpeller = PinyinSpeller(), profile: JurisdictionProfile = .national) {
        self.database = database
        self.speller = speller
        self.profile = profile
    }

    // MARK: Reading

    /// A place with its names (those valid on `asOf`, `YYYY-MM-DD`, when given) and links.
    public func place(_ id: String, asOf: String? = nil) async throws -> PlaceDetail { throw GazetteerError.notImplemented }

    /// A place's event log, oldest first.
    public func history(_ id: String) async throws -> [PlaceEvent] { throw GazetteerError.notImplemented }

    public func list(_ filter: PlaceFilter) async throws -> [PlaceRecord] { throw GazetteerError.notImplemented }

    /// The 地名公告 record of an approved place; refused for a reserved or unapproved name.
    public func announcement(_ id: String) async throws -> Announcement { throw GazetteerError.notImplemented }

    // MARK: The naming workflow

    /// Proposes a new place (or reserves a planned name); the naming checks run first and a
    /// REJECT finding refuses it.
    public func propose(_ draft: PlaceDraft, by actor: Account?, requestID: String? = nil) async throws -> Proposal {
        throw GazetteerError.notImplemented
    }

    /// proposed → under_review.
    public func startReview(_ id: String, reason: String? = nil, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// proposed / under_review / reserved → approved: the name becomes the standard name.
    public func approve(_ id: String, _ approval: Approval, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// approved → announced (公告), on `date` by `authority`.
    public func announce(_ id: String, on date: String, authority: String?, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// proposed / under_review → rejected, with the reason.
    public func reject(_ id: String, reason: String, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// 更名: the id stays; the old standard name becomes a former name ending on the approval's
    /// date, the new one is standard from it. References to the place keep working.
    public func rename(_ id: String, to name: String, _ approval: Approval, reason: String?, reading: String? = nil,
                       by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// 销名: the place ended on `date` (historical); its names stay searchable as former names.
    public func retire(_ id: String, on date: String, reason: String, document: String? = nil,
                       by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// The record was never right (a data error): erroneous, deprecated, still visible.
    public func markErroneous(_ id: String, reason: String, by actor: Account?, requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// 拆分: the old place ends, superseded by new ones; places inside it move to the new one
    /// containing them, and nothing is left pointing at the retired record.
    public func split(_ id: String, into drafts: [PlaceDraft], _ approval: Approval, by actor: Account?,
                      requestID: String? = nil) async throws -> [PlaceDetail] {
        throw GazetteerError.notImplemented
    }

    /// 合并: the old places end, superseded by one new place.
    public func merge(_ ids: [String], into draft: PlaceDraft, _ approval: Approval, by actor: Account?,
                      requestID: String? = nil) async throws -> PlaceDetail {
        throw GazetteerError.notImplemented
    }

    /// Brings the places other writers changed (import, OGC API, QGIS) up to date: name records,
    /// pinyin, derived division, search entries. Every gazetteer call runs it first.
    public func sync() async throws { throw GazetteerError.notImplemented }
}

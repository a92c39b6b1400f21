import DimingCore
import GRDB

/// The two sides of a line, and who may write its markers and inspections: a boundary
/// inspector scoped to either side (a line between two counties belongs to both), or an admin.
struct LineSides: Sendable, Equatable {
    var code: String
    var leftCode: String
    var rightCode: String
    var version: Int

    static func fetch(_ code: String, in db: Database) throws -> LineSides {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT "code", "left_code", "right_code", "version" FROM "boundary_lines" WHERE "code" = ?
            """, arguments: [code]) else { throw MarkersError.unknownLine(code) }
        return LineSides(code: row["code"], leftCode: row["left_code"], rightCode: row["right_code"], version: row["version"])
    }

    /// The account when it may write `layer` on this line; 401 without one, 403 for another
    /// role or a scope that covers neither side.
    func authorize(_ actor: Account?, layer: Layer) throws -> Account {
        let action = Reason(AccessMessages.actionEditIn, ["layer": layer.name, "code": code])
        guard let account = actor else {
            throw AccessError.unauthenticated(reason: Reason(AccessMessages.actionNeedsToken, reasons: ["action": action]))
        }
        guard account.role == .admin || account.role == .boundaryInspector else {
            throw AccessError.forbidden(account: account.name, action: action,
                                        reason: Reason(AccessMessages.roleDoesNotEdit, ["role": account.role.rawValue, "layer": layer.name]))
        }
        guard account.scope.allows(divisionCode: leftCode) || account.scope.allows(divisionCode: rightCode) else {
            throw AccessError.forbidden(account: account.name, action: action,
                                        reason: Reason(AccessMessages.limitedTo, ["scope": account.scope.division?.digits ?? "-"]))
        }
        return account
    }
}

extension Boundaries {
    /// The role check of a marker or inspection write, made before a request's body is read:
    /// 401 without an account, 403 for a role other than boundary inspector or admin. The
    /// line's sides are checked by the write itself once the line is known.
    @discardableResult
    public static func authorizeWriter(_ actor: Account?) throws -> Account {
        let action = Reason(AccessMessages.actionEdit, ["layer": Layer.boundaryMarkers.name])
        guard let account = actor else {
            throw AccessError.unauthenticated(reason: Reason(AccessMessages.actionNeedsToken, reasons: ["action": action]))
        }
        guard account.role == .admin || account.role == .boundaryInspector else {
            throw AccessError.forbidden(account: account.name, action: action,
                                        reason: Reason(AccessMessages.roleDoesNotEdit, ["role": account.role.rawValue, "layer": Layer.boundaryMarkers.name]))
        }
        return account
    }
}

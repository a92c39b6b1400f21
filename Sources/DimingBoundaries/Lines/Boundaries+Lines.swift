import DimingCore
import Foundation
import GRDB

extension Boundaries {
    /// Derives the line of every pair of neighbouring divisions of `level` (all levels when nil)
    /// and brings `boundary_lines` up to date in one audited transaction: new pairs are added,
    /// an unchanged line is not rewritten, a changed one keeps its code and agreement (its
    /// version goes up and the previous row is kept in `boundary_line_versions`), and a pair
    /// that no longer touches is moved to the versions and removed.
    public func deriveLines(tolerance: Double = Boundaries.defaultTolerance, level: String? = nil,
                            reason: String? = nil, by actor: Account?) async throws -> LineDerivation {
        let tolerance = try LinesError.checked(tolerance: tolerance)
        let account = try Self.authorizeInspector(actor)
        return try await database.write { db in
            try Self.derive(tolerance: tolerance, level: level, reason: reason, account: account, in: db)
        }
    }

    /// The lines touching `division` (every line when nil) that `scope` may read: a line belongs
    /// to both its sides.
    public func lines(division: String? = nil, scope: AccessScope = .everywhere) async throws -> [BoundaryLine] {
        try await database.pool.read { db in try LineStore.lines(division: division, scope: scope, in: db) }
    }

    public func line(_ code: String, scope: AccessScope = .everywhere) async throws -> BoundaryLine {
        try await database.pool.read { db in try LineStore.line(code, scope: scope, in: db) }
    }

    /// The earlier versions of a line, oldest first (the current one is ``line(_:scope:)``).
    public func lineVersions(_ code: String, scope: AccessScope = .everywhere) async throws -> [BoundaryLineVersion] {
        try await database.pool.read { db in
            _ = try LineStore.line(code, scope: scope, in: db)
            return try LineStore.versions(code, in: db)
        }
    }

    /// Records the agreement (协议书) reference of a line; nil clears it. Audited.
    @discardableResult
    public func setAgreement(_ code: String, _ agreement: String?, by actor: Account?) async throws -> BoundaryLine {
        let account = try Self.authorizeInspector(actor)
        return try await database.write { db in
            let line = try LineStore.line(code, scope: .everywhere, in: db)
            guard account.scope.allows(divisionCode: line.leftCode) || account.scope.allows(divisionCode: line.rightCode) else {
                throw LinesError.unknownLine(code)
            }
            let change = try LineStore.setAgreement(code, agreement, in: db)
            try AuditLog.record(AuditEntry(account: account, action: "boundary_line.agreement", layer: Layer.boundaryLines.name,
                                           featureID: code, before: Self.json(["agreement": change.before]),
                                           after: Self.json(["agreement": change.after])), in: db)
            return try LineStore.line(code, scope: .everywhere, in: db)
        }
    }

    /// A boundary inspector or an admin (401 without an account).
    static func authorizeInspector(_ actor: Account?) throws -> Account {
        let account = try AccessPolicy.authorize(actor, for: .read)
        guard account.role == .admin || account.role == .boundaryInspector else {
            throw LinesError.notInspector(account: account.name, role: account.role.rawValue)
        }
        return account
    }

    static func derive(tolerance: Double, level: String?, reason: String?, account: Account, in db: Database) throws -> LineDerivation {
        let derived = try SharedLineFinder.lines(tolerance: tolerance, level: level, in: db)
        var stored = try LineStore.stored(level: level, in: db)
        let now = LineStore.now
        var result = LineDerivation()
        for line in derived {
            let code = BoundaryLine.code(line.pair.leftCode, line.pair.rightCode)
            if let old = stored.removeValue(forKey: code) {
                if old.blob == line.blob {
                    result.unchanged.append(code)
                } else {
                    try LineStore.keepVersion(code, reason: reason ?? "derived again", now: now, in: db)
                    try LineStore.replace(line, tolerance: tolerance, now: now, in: db)
                    result.changed.append(code)
                }
            } else {
                try LineStore.insert(line, tolerance: tolerance, now: now, in: db)
                result.added.append(code)
            }
        }
        for code in stored.keys.sorted() {
            try LineStore.keepVersion(code, reason: reason ?? "the divisions no longer touch", now: now, in: db)
            try LineStore.remove(code, in: db)
            result.removed.append(code)
        }
        if !(result.added.isEmpty && result.changed.isEmpty && result.removed.isEmpty) {
            try AuditLog.record(AuditEntry(account: account, action: "boundary_lines.derive", layer: Layer.boundaryLines.name,
                                           after: json(["tolerance_m": "\(tolerance)", "level": level,
                                                        "added": result.added.joined(separator: ","),
                                                        "changed": result.changed.joined(separator: ","),
                                                        "removed": result.removed.joined(separator: ",")])), in: db)
        }
        return result
    }

    static func json(_ object: [String: String?]) -> String? {
        let data = try? JSONSerialization.data(withJSONObject: object.mapValues { $0 ?? NSNull() as Any }, options: [.sortedKeys])
        return data.flatMap { String(data: $0, encoding: .utf8) }
    }
}

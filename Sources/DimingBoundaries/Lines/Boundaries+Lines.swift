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
        // The geometry work runs over read connections in parallel; the write is short.
        let pairs = try await database.pool.read { db in try SharedLineFinder.pairs(level: level, tolerance: tolerance, in: db) }
        let derived = try await derivedInParallel(pairs, tolerance: tolerance)
        return try await database.write { db in
            let result = try Self.store(derived, tolerance: tolerance, level: level, divisions: nil, reason: reason, account: account, in: db)
            try StaleLines.forget(level: level, in: db)
            return result
        }
    }

    /// Derives again the lines of the divisions whose geometry changed since (see
    /// ``StaleLines``), keeping the previous versions; every read of the lines does it first,
    /// but on a file opened read-only (`diming boundary check`, `export`), which it leaves as is.
    @discardableResult
    public func refreshStaleLines() async throws -> LineDerivation {
        guard !database.pool.configuration.readonly, try await database.pool.read({ db in try StaleLines.any(in: db) }) else {
            return LineDerivation()
        }
        return try await database.write { db in try StaleLines.rederive(in: db) }
    }

    func derivedInParallel(_ pairs: [NeighbourPair], tolerance: Double) async throws -> [DerivedLine] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        return try await withThrowingTaskGroup(of: [DerivedLine].self) { group in
            for worker in 0..<workers {
                let share = stride(from: worker, to: pairs.count, by: workers).map { pairs[$0] }
                group.addTask { try await database.pool.read { db in try SharedLineFinder.lines(share, tolerance: tolerance, in: db) } }
            }
            var lines: [DerivedLine] = []
            for try await share in group { lines += share }
            return lines.sorted { ($0.pair.leftCode, $0.pair.rightCode) < ($1.pair.leftCode, $1.pair.rightCode) }
        }
    }

    /// The lines touching `division` (every line when nil) that `scope` may read: a line belongs
    /// to both its sides.
    public func lines(division: String? = nil, scope: AccessScope = .everywhere) async throws -> [BoundaryLine] {
        try await refreshStaleLines()
        return try await database.pool.read { db in try LineStore.lines(division: division, scope: scope, in: db) }
    }

    public func line(_ code: String, scope: AccessScope = .everywhere) async throws -> BoundaryLine {
        try await refreshStaleLines()
        return try await database.pool.read { db in try LineStore.line(code, scope: scope, in: db) }
    }

    /// The earlier versions of a line, oldest first (the current one is ``line(_:scope:)``).
    public func lineVersions(_ code: String, scope: AccessScope = .everywhere) async throws -> [BoundaryLineVersion] {
        try await refreshStaleLines()
        return try await database.pool.read { db in
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

    /// Derives the lines of `level`, only those with a side in `divisions` when given, in `db`.
    static func derive(tolerance: Double, level: String?, divisions: Set<String>?, reason: String?, account: Account,
                       in db: Database) throws -> LineDerivation {
        let pairs = try SharedLineFinder.pairs(level: level, codes: divisions, tolerance: tolerance, in: db)
        let derived = try SharedLineFinder.lines(pairs, tolerance: tolerance, in: db)
        return try store(derived, tolerance: tolerance, level: level, divisions: divisions, reason: reason, account: account, in: db)
    }

    /// Brings the stored lines of `level` (with a side in `divisions` when given) to `derived`.
    static func store(_ derived: [DerivedLine], tolerance: Double, level: String?, divisions: Set<String>?, reason: String?,
                      account: Account, in db: Database) throws -> LineDerivation {
        var stored = try LineStore.stored(level: level, divisions: divisions, in: db)
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
            try AuditLog.record(AuditEntry(account: account, action: divisions == nil ? "boundary_lines.derive" : "boundary_lines.rederive", layer: Layer.boundaryLines.name,
                                           after: json(["tolerance_m": "\(tolerance)", "level": level,
                                                        "divisions": divisions?.sorted().joined(separator: ","),
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

import Foundation

/// One object per open database file for a process-wide service (the reports' group-commit
/// queue, their in-memory nearest search), made on first use. The database is held weakly, so
/// a closed file's object goes with it and a new file at the same address gets a new one.
public final class PerDatabase<Value: AnyObject & Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [ObjectIdentifier: (database: Weak, value: Value)] = [:]
    private let make: @Sendable (DimingDatabase) -> Value

    private struct Weak { weak var database: DimingDatabase? }

    public init(_ make: @escaping @Sendable (DimingDatabase) -> Value) {
        self.make = make
    }

    public func value(for database: DimingDatabase) -> Value {
        lock.lock()
        defer { lock.unlock() }
        let key = ObjectIdentifier(database)
        if let entry = values[key], entry.database.database === database { return entry.value }
        values = values.filter { $0.value.database.database != nil }
        let value = make(database)
        values[key] = (Weak(database: database), value)
        return value
    }
}

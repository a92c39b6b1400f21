/// A part of Diming with tables of its own: the core's layers, settings, and later the
/// gazetteer, boundaries and disaster modules. A module registers its migrations (run in
/// dependency order: a module's after those of the modules it depends on) and its layers
/// (which join the ``LayerCatalog`` the server, the CLI and the map read).
public struct DimingModule: Sendable {
    /// The prefix of its migration ids: `core`, `settings`, `gazetteer`.
    public let name: String
    public let dependencies: [String]
    public let migrations: [SchemaMigration]
    public let layers: [Layer]

    public init(name: String, dependencies: [String] = [], migrations: [SchemaMigration], layers: [Layer] = []) {
        self.name = name
        self.dependencies = dependencies
        self.migrations = migrations
        self.layers = layers
    }

    /// What every Diming database holds.
    public static let standard: [DimingModule] = [.core, .settings, .attachments]

    /// `modules` with each one after those it depends on, otherwise in the given order.
    public static func ordered(_ modules: [DimingModule]) throws(StoreError) -> [DimingModule] {
        var done: [DimingModule] = []
        var pending = modules
        while !pending.isEmpty {
            let names = Set(done.map(\.name))
            guard let next = pending.firstIndex(where: { $0.dependencies.allSatisfy(names.contains) }) else {
                let missing = pending.map { "\($0.name) needs \($0.dependencies.filter { !names.contains($0) }.joined(separator: ", "))" }
                throw .migrationFailed("modules with unmet dependencies: \(missing.joined(separator: "; "))")
            }
            done.append(pending.remove(at: next))
        }
        return done
    }
}

import Foundation
import GRDB

/// The steps a ``FeatureEditor`` operation takes inside its transaction.
struct EditTransaction {
    let layer: Layer
    let actor: FeatureEditor.Actor
    let account: Account
    let db: Database
    let writer: LayerRowWriter
    private var builder: LayerRowBuilder

    /// Throws 401 before anything is read when there is no account.
    init(layer: Layer, actor: FeatureEditor.Actor, db: Database) throws {
        guard let account = actor.account else {
            throw AccessError.unauthenticated(reason: Reason(AccessMessages.editNeedsToken, ["layer": layer.name]))
        }
        self.layer = layer
        self.actor = actor
        self.account = account
        self.db = db
        writer = try LayerRowWriter(layer: layer, db: db, checkValidity: true)
        builder = LayerRowBuilder(layer: layer, options: ImportOptions(), textual: false)
    }

    /// The feature as the account may see it: one outside its division is unknown.
    func current(id: String) throws -> LayerFeature? {
        try FeatureProvider(layer: layer).existingFeature(id: id, scope: account.scope, in: db)
    }

    /// The feature a change or delete applies to: known to the account (404), at the version
    /// the client holds (428, 412), in a division the account may edit (403).
    func changeable(id: String, precondition: EditPrecondition) throws -> LayerFeature {
        guard let current = try current(id: id) else { throw QueryError.unknownFeature(layer: layer.name, id: id) }
        try precondition.check(current: current.entityTag)
        try authorize(current)
        return current
    }

    mutating func row(for feature: Feature, id: String?) throws -> LayerRowBuilder.Row {
        var row = try builder.row(for: feature, number: 1)
        if let id, layer.key == .uuid { row.key = id }
        return row
    }

    /// The role may write the layer and the feature lies in the account's division.
    func authorize(_ row: LayerRowBuilder.Row) throws {
        let properties = zip(layer.columns, row.values).map { (name: $0.name, value: $1) }
        try AccessPolicy.authorize(account, for: .edit(layer: layer, divisionCode: layer.divisionCode(of: properties)))
    }

    func authorize(_ feature: LayerFeature) throws {
        try AccessPolicy.authorize(account, for: .edit(layer: layer, divisionCode: layer.divisionCode(of: feature.properties)))
    }

    /// The feature a row would be once stored with `id`, to compare a retried create.
    func candidate(_ row: LayerRowBuilder.Row, id: String) -> LayerFeature {
        LayerFeature(rowID: 0, id: .string(id), properties: zip(layer.columns, row.values).map { ($0.name, $1) },
                     geometry: row.geometry)
    }

    /// The feature as written, read back (names copied by the writer included).
    func stored(_ row: LayerRowBuilder.Row) throws -> LayerFeature {
        guard let key = row.key, let feature = try FeatureProvider(layer: layer).existingFeature(id: key, in: db) else {
            throw StoreError.migrationFailed("the feature written to \(layer.name) cannot be read back")
        }
        return feature
    }

    func audit(_ action: String, id: String, before: LayerFeature?, after: LayerFeature?) throws -> AuditEntry {
        let entry = AuditEntry(account: account, action: action, layer: layer.name, featureID: id,
                               before: before.map(Self.json), after: after.map(Self.json), requestID: actor.requestID)
        return try AuditLog.record(entry, in: db)
    }

    /// The feature as GeoJSON at full stored precision, for the audit log.
    static func json(_ feature: LayerFeature) -> String {
        var out = JSONOutput(capacity: 1024)
        GeoJSONEncoder(decimals: 9).appendFeature(id: feature.id, properties: feature.properties, geometry: feature.geometry, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }
}

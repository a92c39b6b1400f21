import DimingCore

/// LC-04: 门牌 that outlive their buildings. A retired address stays, historical, with its id
/// (never given again) and a site text; its number comes back only by an officer's decision.
extension Gazetteer {
    public func address(_ id: String) async throws -> AddressRecord {
        try await database.pool.read { db in try AddressRecord.fetch(id, in: db) }
    }

    /// 销号: the building is gone; the address becomes historical on `date`, keeping its id,
    /// labelled `siteText` (default `原解放路12号地块`). Refused when unknown or already historical.
    public func retireAddress(_ id: String, on date: String, reason: String, siteText: String? = nil, by actor: Account?,
                              requestID: String? = nil) async throws {
        let date = try PlaceDate.check(date, field: "date")
        let reason = try PlaceDate.required(reason, field: "reason", action: "retireAddress")
        try await database.write { db in
            try AddressLifecycle.retire(id, on: date, reason: reason, siteText: siteText, by: actor, requestID: requestID, in: db)
        }
    }

    /// The officer's decision to give a historical address's number to a new building: a new
    /// address (new id) with the same road, number and suffix at `point`, recording which one
    /// it reuses. Returns the new id.
    public func reuseAddressNumber(of historicalID: String, at point: Position, reason: String, by actor: Account?,
                                   requestID: String? = nil) async throws -> String {
        let reason = try PlaceDate.required(reason, field: "reason", action: "reuseAddress")
        return try await database.write { db in
            try AddressLifecycle.reuse(historicalID, at: point, reason: reason, by: actor, requestID: requestID, in: db)
        }
    }
}

import Testing
@testable import DimingCore

@Suite struct MetricMeasureTests {
    /// The real Yidu–Xiaoting border is about 14.8 km long (shared/data/README.md).
    @Test func yiduXiaotingSharedBorderInMetres() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let length = try db.pool.read { conn in
            try MetricMeasure.sharedBorderLengthMetres("420581", "420505", projection: try SettingsStore.metricProjection(in: conn), in: conn)
        }
        #expect(length > 14_000 && length < 15_600, "\(length) m")
        let reverse = try db.pool.read { try MetricMeasure.sharedBorderLengthMetres("420505", "420581", projection: .yidu, in: $0) }
        #expect(abs(reverse - length) / length < 0.01)
    }

    @Test func yiduAreaInSquareKilometres() throws {
        let db = try makeTestDatabase()
        try importYichang(into: db)
        let area = try db.pool.read { try MetricMeasure.areaSquareMetres(code: "420581", projection: .yidu, in: $0) }
        // 1,348.36 km² from these boundaries, converted from GCJ-02 (the official figure is 1,357 km²).
        #expect(abs(area / 1e6 - 1348.36) < 1)
    }
}

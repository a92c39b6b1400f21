import DimingCore
import Foundation
import Testing

/// Many clients at once must never stall the server: the landed `/locate` called a blocking
/// database read on the cooperative pool, and about 16 concurrent calls froze every route.
@Suite struct ConcurrencyTests {
    /// Read access comes from the database setting (no override), as in the report.
    @Test func hundredsOfConcurrentLocateCallsAllAnswerAndHealthStaysUp() async throws {
        let server = try await TestServer.start()
        defer { Task { await server.stop() } }
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<256 {
                let path = i % 4 == 0 ? "/collections/divisions/items?limit=5" : "/locate?lon=111.45&lat=30.39"
                group.addTask { try await server.request(path, client: TestServer.manyConnections).status }
            }
            group.addTask { try await server.request("/health", client: TestServer.manyConnections).status }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.count == 257)
        #expect(statuses.allSatisfy { $0 == 200 })
        #expect(try await server.get("/health").status == 200)
    }
}

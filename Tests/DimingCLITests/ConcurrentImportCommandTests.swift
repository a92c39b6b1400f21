import DimingCore
import Foundation
import Testing

/// Six `diming import` processes started together on one new, empty file: each sets the file
/// up or finds it set up, and every import is in it.
@Suite struct ConcurrentImportCommandTests {
    static let square = "[[[111.3,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.35],[111.3,30.3]]]"

    /// One small file per process: two into divisions and into places, one into roads and
    /// shelters (a house number needs its road first, so none runs alongside).
    static let imports: [(layer: String, text: String)] = [
        ("divisions", #"{"type":"Feature","properties":{"code":"420581","name":"宜都市"},"geometry":{"type":"Polygon","coordinates":\#(square)}}"#),
        ("divisions", #"{"type":"Feature","properties":{"code":"420582","name":"当阳市"},"geometry":{"type":"Polygon","coordinates":\#(square)}}"#),
        ("roads", #"{"type":"Feature","properties":{"name":"清江大道","class":"arterial"},"geometry":{"type":"LineString","coordinates":[[111.44,30.38],[111.45,30.39]]}}"#),
        ("places", #"{"type":"Feature","properties":{"name":"松木坪","category":"village"},"geometry":{"type":"Point","coordinates":[111.4,30.3]}}"#),
        ("places", #"{"type":"Feature","properties":{"name":"清江","category":"river"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#),
        ("shelters", #"{"type":"Feature","properties":{"name":"某广场"},"geometry":{"type":"Point","coordinates":[111.45,30.39]}}"#),
    ]

    @Test(arguments: 1...4)
    func sixImportsOnOneNewFileAllSucceed(round: Int) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let db = directory.appendingPathComponent("new.sqlite").path
        #expect(FileManager.default.createFile(atPath: db, contents: nil))   // new and empty, as mktemp leaves it
        let files = try Self.imports.enumerated().map { index, item in
            let file = directory.appendingPathComponent("\(index).geojson").path
            try item.text.write(toFile: file, atomically: true, encoding: .utf8)
            return file
        }
        let results = UnsafeMutableBufferPointer<CommandResult?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        nonisolated(unsafe) let shared = results
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            shared[index] = try? CommandRunner.diming("import", Self.imports[index].layer, files[index], "--db", db)
        }
        for (index, result) in results.enumerated() {
            #expect(result?.status == 0, "import \(index) (\(Self.imports[index].layer)): \(result?.stderr ?? "did not run")")
            #expect(result?.stdout == "\(Self.imports[index].layer): 1 features imported\n")
        }
        let store = try DimingDatabase(path: db)
        let counts = try store.pool.read { db in
            try store.catalog.layers.map { try LayerStatistics.read($0, in: db).featureCount }
        }
        #expect(counts == [2, 1, 0, 2, 1])
        let entries = try store.pool.read { try AuditLog.entries(AuditLog.Query(), in: $0).entries }
        #expect(entries.filter { $0.action == "layer.import" }.count == 6)
    }
}

import Foundation
import Testing
@testable import DimingCore

/// Two writers on one file — two pools, as two `diming` processes would have — and a reader:
/// writes are serialised by SQLite's lock (the busy timeout waits), each import is all or
/// nothing, and a reader only ever sees whole imports.
@Suite struct ConcurrentImportTests {
    static func township(_ code: String) -> String {
        #"{"type":"Feature","properties":{"code":"\#(code)","name":"镇\#(code.suffix(3))"},"geometry":{"type":"Polygon","coordinates":[[[111.3,30.3],[111.35,30.3],[111.35,30.35],[111.3,30.35],[111.3,30.3]]]}}"#
    }

    @Test func theSameCodeFromTwoWritersHasOneWinner() throws {
        let first = try makeTestDatabase()
        try importYichang(into: first)
        let second = try DimingDatabase(path: first.path)
        let batches = [
            (first, collection(Self.township("420581001"), Self.township("420581002"))),
            (second, collection(Self.township("420581001"), Self.township("420581003"))),
        ]
        let outcomes = UnsafeMutableBufferPointer<Result<ImportSummary, Error>?>.allocate(capacity: 2)
        outcomes.initialize(repeating: nil)
        defer { outcomes.deallocate() }
        nonisolated(unsafe) let shared = outcomes
        let stop = ManagedAtomicFlag()
        nonisolated(unsafe) var seen = Set<Int>()
        let reader = Thread {
            while !stop.isSet { if let n = try? count(.divisions, in: second) { seen.insert(n) } }
        }
        reader.start()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            shared[i] = Result { try importText(batches[i].1, into: .divisions, batches[i].0) }
        }
        stop.set()
        while !reader.isFinished { usleep(1000) }

        let successes = outcomes.compactMap { try? $0?.get() }
        #expect(successes.count == 1 && successes.first?.inserted == 2)
        let failure = outcomes.compactMap { outcome -> ImportError? in
            if case let .failure(error as ImportError)? = outcome { return error }
            return nil
        }
        #expect(failure.count == 1)
        #expect(failure.first?.detail == "feature 1, code: \"420581001\" already exists in divisions")
        #expect(try count(.divisions, in: first) == 15)
        #expect(seen.isSubset(of: [13, 15]), "a reader saw \(seen.sorted())")
    }
}

/// A flag one thread sets and another polls.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

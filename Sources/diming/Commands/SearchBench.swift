import DimingGazetteer
import Foundation

/// Times ``Gazetteer/search(_:)`` (the call `diming search` and `GET /search` make) over a file
/// of `kind<TAB>query` lines, and prints p50/p99 per kind and overall as JSON.
struct SearchBench {
    let gazetteer: Gazetteer
    let repeats: Int
    let limit: Int

    func run(file: String) async throws {
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(whereSeparator: \.isNewline)
        let queries = lines.compactMap { line -> (kind: String, text: String)? in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
        // One pass to warm the page cache and the statement caches, untimed.
        for query in queries { _ = try await gazetteer.search(PlaceSearchQuery(query.text, limit: limit)) }
        let clock = ContinuousClock()
        var times: [String: [Double]] = [:]
        var found = 0
        for _ in 0..<max(repeats, 1) {
            for query in queries {
                let start = clock.now
                let results = try await gazetteer.search(PlaceSearchQuery(query.text, limit: limit))
                let elapsed = clock.now - start
                let ms = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
                times[query.kind, default: []].append(ms)
                times["overall", default: []].append(ms)
                if !results.isEmpty { found += 1 }
            }
        }
        var report: [String: [String: Double]] = [:]
        for (kind, values) in times {
            let sorted = values.sorted()
            report[kind] = ["count": Double(sorted.count), "p50_ms": Self.percentile(sorted, 0.5), "p99_ms": Self.percentile(sorted, 0.99),
                            "max_ms": sorted.last ?? 0]
        }
        report["overall", default: [:]]["with_results"] = Double(found)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }

    /// The nearest-rank percentile of sorted values.
    static func percentile(_ sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
